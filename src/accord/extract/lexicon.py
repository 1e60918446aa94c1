"""The extractor's package data, loaded and compiled once: parties, places, issue cues, cue words.

>>> lex = default_lexicon()
>>> lex.party_alias["Kiev"], lex.party_alias["the Kremlin"]
(('UKR', 'name'), ('RUS', 'name'))
>>> lex.place_alias["Zaporozhye"], lex.place_alias["Donbas"]
(('UA-23',), ('UA-14', 'UA-09'))
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import pycountry
import yaml

from accord.codebook import load_codebook
from accord.errors import ConfigError

#: A gap of up to four (``<g>``) or eight (``<G>``) words inside one sentence.
GAP = r"[^\w.;:!?\n]+(?:(?!(?:if|unless|provided|until|but|whereas)\b)[\w'’-]+[^\w.;:!?\n]+){0,4}?"
BIG_GAP = (
    r"[^\w.;:!?\n]+(?:(?!(?:if|unless|provided|until|but|whereas)\b)[\w'’-]+[^\w.;:!?\n]+){0,8}?"
)

PLACE_SUFFIX = r"(?:\s+(?:oblasts?|Oblasts?|regions?|Regions?|provinces?|Provinces?|"
PLACE_SUFFIX += r"governorates?|Governorates?|"
PLACE_SUFFIX += r"states?|State|districts?|District|territory|Territory|city|City))?"


#: Optional determiners and up to two modifiers before a noun (``<d>``): "the whole process",
#: "its own", "all remaining" between a verb and its object.
DETS = (
    r"(?:(?:the|a|an|its|their|his|her|our|your|all|any|both|each|every|this|these|those|"
    r"that|some|such)\s+)?(?:(?!(?:and|or|if|unless|but|until)\b)[\w'’-]+\s+){0,2}?"
)

_FAMILY_REF = re.compile(r"<@([a-z_]+)>")


@functools.lru_cache(maxsize=1)
def word_families() -> dict[str, str]:
    """The word families of ``issue_families.yaml``, each one regex of all its forms.

    A family lists the verb, noun and phrase forms of one meaning once ("withdraw", "withdrawal",
    "pull out", "pull back"); a pattern names it as ``<@withdraw>``.

    >>> bool(re.fullmatch(word_families()["release"], "set free"))
    True
    """
    data = _read("issue_families.yaml") or {}
    return {
        name: alternation([_gaps(f) for f in forms])
        for name, forms in (data.get("families") or {}).items()
    }


def _gaps(pattern: str) -> str:
    return pattern.replace("<g>", GAP).replace("<G>", BIG_GAP).replace("<d>", DETS)


def expand(pattern: str) -> str:
    """Expand the shorthands of a data-file pattern: ``<g>`` / ``<G>`` gaps of up to four or
    eight words, ``<d>`` optional determiners and modifiers, ``<@name>`` a word family.

    >>> expand("recognise<g>annexation").startswith("recognise[^")
    True
    >>> rx = re.compile(expand("<@release> <d>prisoners"))
    >>> bool(rx.fullmatch("freed all remaining prisoners"))
    True
    >>> bool(rx.fullmatch("set free the prisoners"))
    True
    """
    if "<@" in pattern:
        fams = word_families()

        def ref(m: re.Match[str]) -> str:
            if m.group(1) not in fams:
                raise ConfigError("issue_families.yaml", f"unknown word family {m.group(1)!r}")
            return fams[m.group(1)]

        pattern = _FAMILY_REF.sub(ref, pattern)
    return _gaps(pattern)


def lower_pattern(pattern: str) -> str:
    r"""``pattern`` with its literal letters lower-cased, escapes (``\W``) and group names kept.

    Matching a lower-cased pattern against lower-cased text is several times faster than
    ``re.IGNORECASE``.

    >>> lower_pattern(r"NATO\W+(?P<p0>Accession)")
    'nato\\W+(?P<p0>accession)'
    """
    out = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if pattern.startswith("(?P<", i):
            j = pattern.index(">", i)
            out.append(pattern[i : j + 1])
            i = j + 1
            continue
        out.append(c.lower())
        i += 1
    return "".join(out)


def alternation(words: list[str]) -> str:
    """One non-capturing alternation of regex ``words``, longest first."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


def literal_alternation(words: list[str]) -> str:
    """A regex matching any of the literal ``words``, longest first, factored as a trie.

    A trie-shaped pattern shares common prefixes ("Kyiv", "Kyrgyzstan"), which Python's regex
    engine matches many times faster than a flat alternation of a thousand names.

    >>> import re
    >>> rx = re.compile(literal_alternation(["Russia", "Russian Federation", "Rwanda"]))
    >>> [m.group() for m in rx.finditer("Russian Federation, Russia, Rwanda")]
    ['Russian Federation', 'Russia', 'Rwanda']
    """
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # longest first: try the longer continuations, then stop here if a word ends here
        return f"(?:{body})?" if end else body

    return "(?:" + build(trie) + ")"


def strip_accents(text: str) -> str:
    """``"Sud-Kivu"`` for ``"Sud-Kivu"``, ``"Chisinau"`` for ``"Chișinău"``."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass
class IssuePatterns:
    """The compiled cue patterns of one issue; group ``p<i>`` is pattern ``sources[i]``."""

    code: str
    regex: re.Pattern[str]
    sources: list[str]
    stances: list[str]
    lower: re.Pattern[str] | None = None


@dataclass
class Lexicon:
    """Everything the stages look up, compiled."""

    party_alias: dict[str, tuple[str, str]]
    party_kind: dict[str, str]
    party_re: re.Pattern[str]
    group_re: re.Pattern[str]
    place_alias: dict[str, tuple[str, ...]]
    place_re: re.Pattern[str]
    issues: list[IssuePatterns]
    cues: dict[str, Any]
    issue_starts: re.Pattern[str] | None = None
    res: dict[str, re.Pattern[str]] = field(default_factory=dict)

    def cue(self, name: str) -> re.Pattern[str]:
        """The compiled cue regex ``name`` (see :func:`_compile_cues`)."""
        return self.res[name]


def _read(name: str) -> Any:
    try:
        text = resources.files("accord.extract").joinpath("data", name).read_text("utf-8")
        return yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(name, f"cannot load: {exc.__class__.__name__}") from None


def _capitals_and_demonyms() -> list[tuple[str, str, str]]:
    """``(name, ISO alpha-3, form)`` for every state's capital ("Dushanbe", a ``name``) and
    demonym ("Mozambican", an ``adjective``), from the countryinfo package's data.

    A capital or demonym that several states share ("Congolese", "Kingston") is left out, and
    so are short or multi-word oddities; ``parties.yaml`` entries win over these.

    >>> ("Dushanbe", "TJK", "name") in _capitals_and_demonyms()
    True
    """
    import countryinfo

    seen: dict[tuple[str, str], set[str]] = {}
    for c in countryinfo.all_countries():
        try:
            info = c.info()
        except Exception:  # a malformed record of the package: skip it
            continue
        code = (info.get("ISO") or {}).get("alpha3")
        if not code or pycountry.countries.get(alpha_3=code) is None:
            continue
        capitals = info.get("capital") or []
        for cap in [capitals] if isinstance(capitals, str) else capitals:
            if isinstance(cap, str) and len(cap) >= 4 and cap[:1].isupper() and " " not in cap:
                seen.setdefault((cap, "name"), set()).add(code)
        dem = info.get("demonym")
        if (
            isinstance(dem, str)
            and len(dem) >= 4
            and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", dem)
        ):
            seen.setdefault((dem, "adjective"), set()).add(code)
    return [(name, codes.pop(), form) for (name, form), codes in seen.items() if len(codes) == 1]


def _parties(data: dict[str, Any]) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    alias: dict[str, tuple[str, str]] = {}
    kind: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name and "," not in name:
                alias.setdefault(name, (country.alpha_3, "name"))
                kind.setdefault(country.alpha_3, "state")
    for name, code, form in _capitals_and_demonyms():
        alias.setdefault(name, (code, form))
    for entry in data["parties"]:
        code = entry["code"]
        kind[code] = entry.get("kind", "state")
        for form, key in (("name", "names"), ("adjective", "adjectives"), ("person", "people")):
            for name in entry.get(key, []):
                alias[name] = (code, form)
    # datelines write places in capitals: "KYIV —", "MOSCOW —"
    for name, (code, form) in list(alias.items()):
        if form == "name" and " " not in name and len(name) >= 4 and name.upper() not in alias:
            alias[name.upper()] = (code, form)
    return alias, kind


#: words that alone never name a subdivision in running text ("Northern", "Coast", "Lakes")
_GENERIC_PLACE_WORD = re.compile(
    r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Capital|Coast|Lakes?|"
    r"Islands?|Centre|Center|Upper|Lower|Middle|Highlands?|Plateau|Mountains?|Littoral|Valley|"
    r"River|Greater|Federal|Territory|Special|Sea|Gulf|Bay|Border|Interior|Metropolitan|"
    r"Municipality|Borough|County|Saint|San|Santa|New|Port|Great|Little|Grand|and|of|the|"
    r"-|\s)+"
)


def _places(
    data: dict[str, Any], party_names: frozenset[str] = frozenset()
) -> dict[str, tuple[str, ...]]:
    alias: dict[str, tuple[str, ...]] = {}
    for name, code in data["places"].items():
        alias[name] = tuple(code) if isinstance(code, list) else (code,)
    # a capital or party name ("Dushanbe", "Kabul") is a party, not a place
    skip = set(data.get("skip_names", [])) | set(party_names)
    drop = re.compile(
        r"\b(?:oblast|Oblast|Province|province|Region|region|Governorate|State|City|"
        r"Department|District|Autonomous|Republic|\[.*?\]|\(.*?\))\b"
    )
    auto = data.get("auto_countries", [])
    listed = set(auto)
    if data.get("auto_all_countries"):
        # every other state's subdivisions too, after the listed ones (which win a shared name)
        auto = list(auto) + sorted(
            c.alpha_2 for c in pycountry.countries if c.alpha_2 not in listed
        )
    for cc in auto:
        # pycountry gives a set: sorted by code, so that of two subdivisions with one name
        # (Indonesia's two "Papua") the same one wins in every run
        subs = sorted(pycountry.subdivisions.get(country_code=cc) or [], key=lambda s: s.code)
        for sub in subs:
            for name in {sub.name, strip_accents(sub.name)}:
                short = drop.sub("", name).strip(" ,-")
                for n in {name, short}:
                    if (
                        len(n) >= 5
                        and n not in skip
                        and "," not in n
                        and not _GENERIC_PLACE_WORD.fullmatch(n)
                        and (cc in listed or n[:1].isupper())
                    ):
                        alias.setdefault(n, (sub.code,))
    return alias


def merge_issue_data(*datas: dict[str, Any]) -> dict[str, Any]:
    """The issue patterns of several data files, one list per issue, in file order.

    >>> merge_issue_data({"issues": {"a.b": ["x"]}}, {"issues": {"a.b": ["y"], "c.d": ["z"]}})
    {'issues': {'a.b': ['x', 'y'], 'c.d': ['z']}}
    """
    out: dict[str, list[Any]] = {}
    for data in datas:
        for code, patterns in (data or {}).get("issues", {}).items():
            out.setdefault(code, []).extend(patterns or [])
    return {"issues": out}


def _issues(data: dict[str, Any]) -> list[IssuePatterns]:
    codebook = load_codebook()
    out = []
    for code, patterns in data["issues"].items():
        if code not in codebook:
            raise ConfigError("issues.yaml", f"unknown issue {code!r}")
        sources, stances, parts = [], [], []
        for i, p in enumerate(patterns):
            src, stance = (
                (p["re"], p.get("stance", "support")) if isinstance(p, dict) else (p, "support")
            )
            sources.append(src)
            stances.append(stance)
            parts.append(f"(?P<p{i}>{expand(src)})")
        body = r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])"
        try:
            regex = re.compile(body, re.I)
            lower = re.compile(lower_pattern(body))
        except re.error as exc:
            raise ConfigError("issues.yaml", f"{code}: bad pattern: {exc}") from None
        out.append(IssuePatterns(code, regex, sources, stances, lower))
    return out


def _starts(issues: list[IssuePatterns]) -> re.Pattern[str]:
    """One zero-width scan for every position where some issue pattern may match.

    Scanning once with a lookahead over all patterns and then matching each issue only at those
    few positions is many times faster than one ``finditer`` per issue.
    """
    branches = [expand(src) for ip in issues for src in ip.sources]
    return re.compile(
        lower_pattern(r"(?<![\w-])(?=" + "|".join(f"(?:{b})" for b in branches) + ")")
    )


def _compile_cues(cues: dict[str, Any], group_nouns: list[str]) -> dict[str, re.Pattern[str]]:
    def words(ws: list[str]) -> re.Pattern[str]:
        return re.compile(r"(?<![\w-])" + alternation([expand(w) for w in ws]) + r"(?![\w])", re.I)

    res = {
        "speech": words(cues["speech_verbs"]),
        "negation": words(cues["negation"]),
        "post_negation": words(cues["post_negation"]),
        "post_undo": words(cues.get("post_undo", [])),
        "conditions": words(cues["conditions"]),
        "joint": words(cues["joint_subjects"]),
        "anaphora": words(cues["anaphora"]),
        "summary": words(cues["summary"]),
        "goal_frames": re.compile(r"(?:" + "|".join(cues["goal_frames"]) + r")$", re.I),
        "agreement_title": words(cues["agreement_title"]),
        "document_nouns": words(cues["document_nouns"]),
        "group_nouns": words(group_nouns),
    }
    parts = [
        f"(?P<{m}>{alternation([expand(w) for w in ws])})" for m, ws in cues["modality"].items()
    ]
    res["modality"] = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])", re.I)
    bg = [f"(?P<{k}>{alternation(ws)})" for k, ws in cues["background"].items()]
    res["background"] = re.compile(r"(?<![\w-])(?:" + "|".join(bg) + r")(?![\w])", re.I)
    return res


@functools.lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon built from the package data (cached)."""
    pdata = _read("parties.yaml")
    party_alias, party_kind = _parties(pdata)
    place_alias = _places(_read("places.yaml"), frozenset(party_alias))
    cues = _read("cues.yaml")
    party_re = re.compile(
        r"(?<![\w-])" + literal_alternation(list(party_alias)) + r"(?:['’]s?)?(?![\w-])"
    )
    place_re = re.compile(
        r"(?<![\w-])(" + literal_alternation(list(place_alias)) + r")" + PLACE_SUFFIX + r"(?![\w-])"
    )
    group_re = re.compile(
        r"\s+(?:[A-Za-z-]+\s+){0,2}" + alternation(pdata.get("group_nouns", [])) + r"\b", re.I
    )
    issues = _issues(
        merge_issue_data(
            _read("issues.yaml"), _read("issues_broad.yaml"), _read("issue_families.yaml")
        )
    )
    return Lexicon(
        issue_starts=_starts(issues),
        party_alias=party_alias,
        party_kind=party_kind,
        party_re=party_re,
        group_re=group_re,
        place_alias=place_alias,
        place_re=place_re,
        issues=issues,
        cues=cues,
        res=_compile_cues(cues, pdata.get("group_nouns", [])),
    )


__all__ = ["Lexicon", "default_lexicon", "expand"]
