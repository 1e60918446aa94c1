"""Stage ``accord.define_parties.v1``: parties a text defines for itself, and the author's code.

Reads ``text``, ``parties``, ``meta``; writes ``parties``, ``party_kinds`` and ``meta.author``.

A gazetteer cannot list every armed group, front and coalition. Texts introduce the ones they
speak of with a long name and an acronym: "the Libyan National Army (LNA)", "the Chechen
Republic of Ichkeria (CRI)". The acronym becomes the group's code (or the code the gazetteer
already has for the acronym or the long name), and every later mention of the long name, of the
bare acronym ("the LNA said") and of the person the definition ties to it ("(LNA) commanded by
Khalifa Haftar" → "Haftar") is a mention of that party. Gazetteer mentions inside a defined
long name ("Libyan" in "Libyan National Army") are dropped.

The front matter's ``author:`` is a party only when it names one: a code (``RUS``, ``JOINT``)
or an alias ("Government of Georgia" → ``GEO``); a byline ("regional desk", "blind coder 2")
is no holder and is dropped.

The names themselves are found by :mod:`accord.extract.party_names` (acronyms, long and short
names, wings, factions) and :mod:`accord.extract.party_people` (people tied to a party); this
module puts them together and resolves the author.

>>> from accord.extract.analysis import Analysis
>>> from accord.extract.lexicon import default_lexicon
>>> from accord.extract.stages.mentions import find_mentions
>>> from accord.model import DocumentMeta
>>> lex = default_lexicon()
>>> text = "The Sahel Liberation Front (SLF) rejects the deal. The SLF said it will fight."
>>> a = Analysis(text, DocumentMeta(author="desk"))
>>> a.parties, _ = find_mentions(lex, text)
>>> a = define_parties(lex, a)
>>> [(m.text, m.code) for m in a.parties], a.party_kinds["SLF"], a.meta.author
([('Sahel Liberation Front', 'SLF'), ('SLF', 'SLF'), ('SLF', 'SLF')], 'group', None)
"""

from __future__ import annotations

import re

from accord.extract.analysis import Analysis, Mention
from accord.extract.countries import names_a_country
from accord.extract.lexicon import Lexicon
from accord.extract.party_names import (
    NOT_ACTOR,
    RUN,
    TIED_PERSON,
    acronyms_first,
    appositive_acronyms,
    bare_party_acronyms,
    body_short_names,
    faction_acronyms,
    fits,
    head_nouns,
    kind_of_name,
    long_name,
    named_groups,
    short_names,
    short_state_names,
    wings,
)
from accord.extract.party_people import (
    DEMONYM,
    group_leaders,
    mediator_titles,
    tied_people,
)
from accord.extract.registry import stages
from accord.model import JOINT

# an acronym in brackets: "(GNA)", "(the LNA)"
_ACRONYM = re.compile(r"\((?:the\s+)?([A-Z][A-Za-z]{0,2}[A-Z0-9][A-Z0-9-]{0,8})\)")

_GOVERNMENT_NAME = re.compile(r"(?:Government|Administration|Authority|Council|Cabinet)\b")

_GOVERNMENT_WORD = re.compile(r"\bGovernment\b")


def _state_of(lex: Lexicon, phrase: str) -> str | None:
    """The one state ``phrase`` names ("Somalia's Transitional Federal Government"), or None."""
    codes = []
    for pm in lex.party_re.finditer(phrase):
        name = re.sub(r"['’]s?$", "", pm.group())
        hit = lex.party_alias.get(name)
        if hit and lex.party_kind.get(hit[0]) == "state":
            codes.append(hit[0])
    codes = list(dict.fromkeys(codes))
    return codes[0] if len(codes) == 1 else None


def _is_country(name: str, lex: Lexicon) -> bool:
    """Whether ``name`` names a whole country, not one of its governments."""
    if _GOVERNMENT_NAME.match(name):
        return False
    if name in lex.party_alias:
        return True
    return names_a_country(name)


def _resolve_author(lex: Lexicon, author: str | None) -> str | None:
    """The party code an ``author:`` names, or None for a byline."""
    if not author:
        return None
    code = author.strip()
    if code.upper() == JOINT:
        return JOINT
    if code.upper() in lex.party_kind:
        return code.upper()
    for name, (c, _) in lex.party_alias.items():
        if name.lower() == code.lower():
            return c
    low = code.lower()
    for name, (c, form) in lex.party_alias.items():
        if form == "name" and len(name) > 3 and re.search(rf"\b{re.escape(name.lower())}\b", low):
            return c
    # "Movimiento Popular (MP-7), national leadership": the acronym the author gives itself
    am = _AUTHOR_ACRONYM.search(code)
    if am and len(am.group(1)) >= 2:
        acr = am.group(1)
        known = lex.party_alias.get(acr)
        return known[0] if known else acr
    return None


_AUTHOR_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)?)\)")

_OWN_TITLE = re.compile(
    r"^[#*_\s]*(?:(?:official|joint|public|formal|opening|closing)\s+)?"
    r"(?:statement|declaration|communiqu[eé]|letter|address|speech|note|press release|"
    r"message|appeal|open letter|position paper|memorandum|response|reply|answer)"
    r"(?:\s+(?:of|by|from)\s+|\s*[—–:]\s*|\s+-\s+)(?:the\s+)?(.{3,120}?)(?:\s+(?:on|to|regarding|concerning|about|at|"
    r"in|after|following|for)\b|[,:.(]|$)",
    re.I,
)


def title_author(lex: Lexicon, title: str) -> str | None:
    """The party a title says wrote the document: "Statement of the Government of Georgia on
    ..." → ``GEO``; any other title → None.

    >>> from accord.extract.lexicon import default_lexicon
    >>> title_author(default_lexicon(), "STATEMENT OF THE GOVERNMENT OF KENYA ON THE TALKS")
    'KEN'
    >>> title_author(default_lexicon(), "Kenya and Somalia sign a truce") is None
    True
    """
    m = _OWN_TITLE.match(title)
    if not m or re.match(r"understanding\b", m.group(1), re.I):
        return None
    phrase = m.group(1)
    if phrase.isupper():
        phrase = phrase.title().replace(" Of ", " of ").replace(" The ", " the ")
    codes = []
    for pm in lex.party_re.finditer(phrase):
        name = re.sub(r"['’]s?$", "", pm.group())
        if name in lex.party_alias:
            codes.append(lex.party_alias[name][0])
    codes = list(dict.fromkeys(codes))
    return codes[0] if len(codes) == 1 else None


def define_parties(lex: Lexicon, a: Analysis) -> Analysis:
    """Add the parties ``a.text`` defines; resolve ``a.meta.author`` to a party code."""
    raw_author = a.meta.author
    resolved = _resolve_author(lex, a.meta.author)
    if resolved != a.meta.author:
        a.meta = a.meta.model_copy(update={"author": resolved})
    text = a.text
    defined: dict[str, tuple[str, str]] = {}  # alias → (code, form)
    title = a.meta.title or (a.sentences[0].text if a.sentences else "")
    for m in _ACRONYM.finditer(text):
        acronym = m.group(1)
        if acronym in NOT_ACTOR:
            continue
        run = RUN.search(text, max(0, m.start() - 160), m.start())
        name = long_name(run.group(1), acronym) if run else None
        if name is None:
            continue
        known = lex.party_alias.get(acronym) or lex.party_alias.get(name)
        divided = False
        if known and lex.party_kind.get(known[0]) == "state" and not _is_country(name, lex):
            # "the Government of National Accord (GNA)": one actor of a divided state
            known, divided = None, True
        if not known and not divided and _GOVERNMENT_WORD.search(name):
            # "Somalia's Transitional Federal Government (TFG)", "the Government of the Republic
            # of the Philippines (GRP)": a state's government is the state
            state = _state_of(lex, text[max(0, run.start() - 30) : m.start()])
            known = (state, "name") if state else None
        code = known[0] if known else acronym.upper()
        defined.setdefault(name, (code, "name"))
        defined.setdefault(acronym, (code, "name"))
        if not known:
            a.party_kinds.setdefault(code, kind_of_name(name))
            # "the Chechen Republic of Ichkeria (CRI)": "the Chechen side" is the CRI's
            first = name.split()[0]
            if DEMONYM.fullmatch(first) and first not in lex.party_alias:
                defined.setdefault(first, (code, "adjective"))
        tied = TIED_PERSON.match(text, m.end())
        if tied:
            person = tied.group(1)
            defined.setdefault(person, (code, "person"))
            last = person.split()[-1]
            if len(last) > 3 and last not in lex.party_alias:
                defined.setdefault(last, (code, "person"))
    appositive_acronyms(lex, a, defined)
    bare_party_acronyms(lex, a, defined)
    wings(lex, a, defined)
    acronyms_first(lex, a, defined)
    faction_acronyms(lex, a, defined)
    short_state_names(lex, a, defined)
    short_names(lex, a, defined)
    named_groups(lex, a, defined)
    body_short_names(lex, a, defined)
    mediator_titles(lex, a, defined)
    if a.meta.author is None and raw_author and raw_author.strip().upper() != JOINT:
        # "author: Parbatya Chattagram Jana Samhati Samiti (PCJSS)": a group the text (or the
        # author line itself) defines by name and acronym
        am = re.search(r"\(([A-Z][A-Za-z0-9-]{1,9})\)\s*$", raw_author)
        name = raw_author[: am.start()].strip() if am else raw_author.strip()
        hit = defined.get(am.group(1)) if am else None
        hit = hit or defined.get(name)
        if hit:
            a.meta = a.meta.model_copy(update={"author": hit[0]})
        elif am and fits(am.group(1), name.split()):
            code = am.group(1).upper()
            defined.setdefault(name, (code, "name"))
            defined.setdefault(am.group(1), (code, "name"))
            a.party_kinds.setdefault(code, "group")
            a.meta = a.meta.model_copy(update={"author": code})
    if a.meta.author is None and raw_author:
        a.meta = a.meta.model_copy(update={"author": _defined_author(raw_author, defined)})
    if a.meta.author is None and title:
        own = title_author(lex, title)
        if own is None:
            # "Statement of the General Command of the FMLN": a group the text defines
            m = _OWN_TITLE.match(title)
            acr = re.findall(r"\b[A-Z][A-Z0-9-]{1,9}\b", m.group(1)) if m else []
            own = defined[acr[-1]][0] if acr and acr[-1] in defined else None
            joint = m and re.match(r"understanding\b|.*\bbetween\b", m.group(1), re.I)
            if own is None and m and not joint:
                # "COMMUNIQUÉ OF THE ZAPATISTA ARMY OF NATIONAL LIBERATION (EZLN)", or "STATEMENT
                # BY THE COMMAND OF THE FREE HILLS MOVEMENT" when the body defines the acronym:
                # the one group whose long name the title contains, in any case
                phrase = m.group(1).strip().lower()
                named = {
                    code
                    for alias, (code, form) in defined.items()
                    if form == "name" and len(alias) > 5 and alias.lower() in phrase
                }
                own = named.pop() if len(named) == 1 else None
        if own is not None:
            a.meta = a.meta.model_copy(update={"author": own})
    if defined:
        _add_mentions(lex, a, defined)
    # a name the text defines as a party stays a party, whatever title follows it ("Eelam
    # Congress, the LTTE's political wing")
    people = {
        name: v
        for name, v in tied_people(lex, a).items()
        if not any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", d) for d in defined)
    }
    if people:
        _add_mentions(lex, a, people)
    leaders = group_leaders(lex, a)
    if leaders:
        _add_mentions(lex, a, leaders)
    head_nouns(lex, a)
    return a


def _defined_author(author: str, defined: dict[str, tuple[str, str]]) -> str | None:
    """The party an ``author:`` names by a long name the text itself defines: "Office of the
    President of the Chechen Republic of Ichkeria" when the body says "... Ichkeria (CRI)"."""
    low = author.lower()
    named = [
        (len(alias), code)
        for alias, (code, form) in defined.items()
        if form == "name" and len(alias) > 5 and re.search(rf"\b{re.escape(alias.lower())}\b", low)
    ]
    return max(named)[1] if named else None


def _add_mentions(lex: Lexicon, a: Analysis, defined: dict[str, tuple[str, str]]) -> None:
    """Add a mention for every occurrence of the ``defined`` names; they win over the
    gazetteer's mentions they overlap."""
    text = a.text
    names = sorted(defined, key=len, reverse=True)
    alts = "|".join(re.escape(n) for n in names)
    rx = re.compile(r"(?<![\w-])(?:" + alts + r")(?:['’]s?)?(?![\w-])")
    found: list[Mention] = []
    for m in rx.finditer(text):
        raw = m.group()
        base = re.sub(r"['’]s?$", "", raw)
        entry = defined.get(base) or defined.get(raw)
        if entry is None:
            continue
        code, form = entry
        end = m.end()
        if form == "adjective":
            g = lex.group_re.match(text, end)
            if not g:
                continue  # "Chechen culture": only "the Chechen side/leaders" speak for it
            form, end = "group", g.end()
        found.append(Mention(m.start(), end, text[m.start() : end], code, form))
    if not found:
        return
    kept = [p for p in a.parties if not any(f.start < p.end and p.start < f.end for f in found)]
    a.parties = sorted(kept + found, key=lambda p: p.start)


@stages.register(
    "accord.define_parties.v1",
    requires=("text", "parties", "meta"),
    assigns=("parties", "party_kinds", "meta.author"),
)
def make_define_parties(lexicon: Lexicon):
    """Add the parties a text defines by acronym; resolve the author to a party code."""

    def define_stage(a: Analysis) -> Analysis:
        return define_parties(lexicon, a)

    return define_stage
