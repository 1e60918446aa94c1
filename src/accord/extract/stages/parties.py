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
from collections import Counter

from accord.extract.analysis import Analysis, Mention
from accord.extract.countries import names_a_country
from accord.extract.lexicon import Lexicon
from accord.extract.party_people import (
    DEMONYM,
    PERSON_RE,
    TITLE_ABBR,
    group_leaders,
    mediator_titles,
    name_before_full_stop,
    tied_people,
)
from accord.extract.registry import stages
from accord.model import JOINT

# A run of capitalised words (with the small words of names between them) right before an
# acronym in brackets: "Government of National Accord (GNA)".
_ACRONYM = re.compile(r"\((?:the\s+)?([A-Z][A-Za-z]{0,2}[A-Z0-9][A-Z0-9-]{0,8})\)")
_RUN = re.compile(
    r"((?:[A-Z][\w'’.-]*|of|the|for|and|de|del|la|le|du|des|in|on|al|el|y|et)"
    r"(?:\s+(?:[A-Z][\w'’.-]*|of|the|for|and|de|del|la|le|du|des|in|on|al|el|y|et|"
    r"i|e|a|da|do|dos|das|para|pour|[-–](?=\s+[A-Z]))){0,9})\s*$"
)
_SMALL = {"of", "the", "for", "and", "de", "del", "la", "le", "du", "des", "in", "on", "al", "el"}
_SMALL |= {"y", "et", "i", "e", "a", "da", "do", "dos", "das", "para", "pour"}
_TIED_PERSON = re.compile(
    r"\s*,?\s*(?:which is |that is |who are )?(?:led|commanded|headed)\s+by\s+"
    r"(?:(?:its|the)\s+)?(?:[a-z][\w-]*\s+){0,3}"
    r"((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)"
)
_ORGANISATION = re.compile(
    r"\b(?:Mission|Commission|Committee|Council|Authority|Organi[sz]ation of|Office|Agency|"
    r"Programme|Program|Secretariat|Conference|Court|Tribunal|(?<!National )Union|Community|"
    r"Bank|Fund|"
    r"Observers?|Monitors?|Monitoring|Assistance|Operations?|Directors?|Forum)\b"
)
_ARMED_NAME = re.compile(
    r"\b(?:Armed|Resistance|Liberation|Rebels?|Revolutionary|Insurgents?|Guerrillas?|Militias?)\b"
)
_NOT_ACTOR = {
    "UTC",
    "GMT",
    "GDP",
    "PDF",
    "HTML",
    "CET",
    "EST",
    "AM",
    "PM",
    "DDR",
    "SSR",
    "IDP",
    "IDPs",
    "COVID-19",
    "ID",
    "TV",
    "DGMO",
    "DGMOs",
    "NGO",
    "NGOs",
    "MP",
    "MPs",
    "CEO",
    "CFA",
    "CPA",
}


def _initials(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words if w.lower() not in _SMALL)


def _fits(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` plausibly abbreviates ``words`` (letters in the initials, first first).

    Translated names ("Mutual Support Group (GAM)") keep most of their letters.
    """
    letters = [c for c in acronym.upper() if c.isalpha()]
    initials = _initials(words) + "".join(w[0].upper() for w in words if w.lower() in _SMALL)
    if not letters or not initials:
        return False
    have = sum(1 for c in letters if c in initials)
    if len(letters) > 2 and _syllabic("".join(letters), words):
        return True
    return have >= max(2, round(0.6 * len(letters))) if len(letters) > 2 else have == len(letters)


def _extend_left(before: list[str], name: list[str], acronym: str) -> list[str]:
    """``name`` with the capitalised words just before it whose initials the acronym also has:
    a translated name puts its words in another order ("the Popular Front for the Renaissance
    of Central Africa (FPRC)" is the whole name, not "Front for ... Central Africa").

    >>> _extend_left(["the", "Popular"], ["Front", "for", "the", "Renaissance"], "FPRC")
    ['Popular', 'Front', 'for', 'the', 'Renaissance']
    >>> _extend_left(["Kenyan"], ["National", "Liberation", "Front"], "NLF")
    ['National', 'Liberation', 'Front']
    """
    letters = [c for c in acronym.upper() if c.isalpha()]
    used = Counter(_initials(name))
    while before:
        w = before[-1]
        c = w[:1].upper()
        if not w[:1].isupper() or w.lower() in _SMALL or used[c] >= letters.count(c):
            break
        used[c] += 1
        name = [w, *name]
        before = before[:-1]
    return name


def _syllabic(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` are the leading letters of the words in order, one or more from each
    main word ("BAMOSD": BAkassi MOvement for Self-Determination); small words may be skipped."""
    parts = [p.upper() for w in words for p in re.split(r"[-‐]", w) if p]
    small = {w.upper() for w in _SMALL}

    def go(i: int, k: int) -> bool:
        if i == len(letters):
            return all(p in small for p in parts[k:])
        if k == len(parts):
            return False
        p = parts[k]
        if p in small and go(i, k + 1):
            return True
        n = 0
        while n < len(p) and i + n < len(letters) and p[n] == letters[i + n]:
            n += 1
            if go(i + n, k + 1):
                return True
        return False

    return go(0, 0)


def _long_name(run: str, acronym: str) -> str | None:
    """The part of a capitalised ``run`` that ``acronym`` abbreviates, or None."""
    words = run.split()
    first = acronym[0].upper()
    letters = len([c for c in acronym if c.isalpha()])
    found: list[list[str]] = []
    for i, w in enumerate(words):
        if w.lower() in _SMALL or w[0].upper() != first:
            continue
        rest = words[i:]
        while rest and rest[-1].lower() in _SMALL:
            rest = rest[:-1]
        if len(rest) >= 2 and _fits(acronym, rest):
            found.append(_extend_left(words[:i], rest, acronym))
        parts = [x for r in rest for x in r.split("-") if x]
        if len(rest) == 1 and len(parts) >= 2 and _fits(acronym, parts):
            return rest[0]  # one hyphenated name: "Nagorno-Karabakh (NKR)"
    if found:
        # "Sri Lanka and the Liberation Tigers of Tamil Eelam (LTTE)": the name whose initials
        # are as many as the acronym's letters, not the longest run that starts with its letter
        best = min(found, key=lambda n: abs(len(_initials(n)) - letters))
        return " ".join(best)
    # a translated name: "the Mutual Support Group (GAM)" for "Grupo de Apoyo Mutuo"
    rest = [w for w in words if w[:1].isupper()]
    while rest and rest[0].lower() in _SMALL | {"the"}:
        rest = rest[1:]
    if 2 <= len(rest) <= 6 and _fits(acronym, rest) and rest == words[len(words) - len(rest) :]:
        return " ".join(rest)
    # "the United Self-Defence Forces of Colombia (AUC)" for "Autodefensas Unidas de Colombia":
    # a translated name with small words inside it
    if 2 <= len(rest) <= 6 and rest[0] in words and _fits(acronym, rest):
        inner = words[words.index(rest[0]) :]
        if len(inner) <= 8 and [w for w in inner if w.lower() not in _SMALL] == rest:
            return " ".join(inner)
    # a translated name after other words: "COMMUNIQUÉ OF THE ZAPATISTA ARMY OF NATIONAL
    # LIBERATION (EZLN)" names the "ZAPATISTA ARMY OF NATIONAL LIBERATION"
    if len(rest) > 6 and rest == words[len(words) - len(rest) :]:
        for k in range(6, 1, -1):
            tail = rest[-k:]
            if tail[0].lower() not in _SMALL | {"the"} and _fits(acronym, tail):
                return " ".join(tail)
    return None


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


# "whose AREMA party has followed him into exile": an acronym the text calls a party
_BARE_PARTY = re.compile(
    r"\b(?:the|whose|its|his|her|their)\s+([A-Z][A-Z-]{2,8})\s+(?:party|movement|faction|coalition)\b"
)


def _bare_party_acronyms(
    lex: Lexicon, a: Analysis, defined: dict[str, tuple[str, str]]
) -> None:
    """Acronyms the text names as a party without spelling them out: "whose AREMA party"."""
    for m in _BARE_PARTY.finditer(a.text):
        acr = m.group(1)
        if acr in _NOT_ACTOR or acr in lex.party_alias or acr in defined:
            continue
        defined[acr] = (acr, "name")
        a.party_kinds.setdefault(acr, "group")


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
        if acronym in _NOT_ACTOR:
            continue
        run = _RUN.search(text, max(0, m.start() - 160), m.start())
        name = _long_name(run.group(1), acronym) if run else None
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
            # "the Organisation of Armed Resistance (ORA)" is an armed group, not a body of states
            armed = _ARMED_NAME.search(name)
            kind = "organisation" if _ORGANISATION.search(name) and not armed else "group"
            a.party_kinds.setdefault(code, kind)
            # "the Chechen Republic of Ichkeria (CRI)": "the Chechen side" is the CRI's
            first = name.split()[0]
            if DEMONYM.fullmatch(first) and first not in lex.party_alias:
                defined.setdefault(first, (code, "adjective"))
        tied = _TIED_PERSON.match(text, m.end())
        if tied:
            person = tied.group(1)
            defined.setdefault(person, (code, "person"))
            last = person.split()[-1]
            if len(last) > 3 and last not in lex.party_alias:
                defined.setdefault(last, (code, "person"))
    _appositive_acronyms(lex, a, defined)
    _bare_party_acronyms(lex, a, defined)
    _wings(lex, a, defined)
    _acronyms_first(lex, a, defined)
    _faction_acronyms(lex, a, defined)
    _short_state_names(lex, a, defined)
    _short_names(lex, a, defined)
    _named_groups(lex, a, defined)
    _body_short_names(lex, a, defined)
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
        elif am and _fits(am.group(1), name.split()):
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
    _head_nouns(lex, a)
    return a


_WING = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),\s+(?:the\s+)?"
    r"(?P<owner>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})['’]s?\s+(?:[a-z-]+\s+){0,2}"
    r"(?:political|armed|military|youth|parliamentary)\s+(?:wing|arm|front|party|ally)\b"
)


def _wings(lex: Lexicon, a: Analysis, defined: dict[str, tuple[str, str]]) -> None:
    """ "Batasuna, ETA's banned political wing": a party of its own, named in upper case."""
    for m in _WING.finditer(a.text):
        name, owner = m.group("name"), m.group("owner")
        if name in lex.party_alias or name in defined:
            continue
        if owner not in lex.party_alias and owner not in defined:
            continue
        words = name.split()
        code = name.upper() if len(words) == 1 else _initials(words)
        if len(code) < 2 or code in lex.party_kind:
            continue
        defined[name] = (code, "name")
        a.party_kinds.setdefault(code, "group")


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


#: the head word of a group's long name that the text later uses alone ("the Syrian National
#: Coalition (SNC) ... The coalition demanded", "the Liberation Front ... the front expected")
_HEAD_NOUNS = ("Coalition", "Front", "Alliance", "Congress", "Movement")
_HEAD_AFTER = re.compile(r"[\w-]|\s+lines?\b|\s+of\b")
_HEAD_BEFORE = re.compile(r"\b(?:on|at|along|across|near|to|from)\s+$", re.I)


def _head_nouns(lex: Lexicon, a: Analysis) -> None:
    """Mentions for "the coalition", "the front" ...: the one armed group or movement named in
    the text whose long name has that word."""
    kinds = a.kinds(lex.party_kind)
    codes = {m.code for m in a.parties if kinds.get(m.code) == "group"}
    if not codes:
        return
    owners: dict[str, set[str]] = {}
    names = [(alias, code) for alias, (code, form) in lex.party_alias.items() if form == "name"]
    names += [(m.text, m.code) for m in a.parties if m.form == "name"]
    for alias, code in names:
        if code in codes and " " in alias:
            for word in set(alias.split()) & set(_HEAD_NOUNS):
                owners.setdefault(word, set()).add(code)
    found: list[Mention] = []
    for head, own in owners.items():
        if len(own) != 1:
            continue
        code = next(iter(own))
        for m in re.finditer(r"\b[Tt]he " + head + "|\\b[Tt]he " + head.lower(), a.text):
            if _HEAD_AFTER.match(a.text, m.end()) or _HEAD_BEFORE.search(a.text, 0, m.start()):
                continue
            if any(p.start < m.end() and m.start() < p.end for p in a.parties):
                continue
            found.append(Mention(m.start(), m.end(), m.group(), code, "name"))
    if found:
        a.parties = sorted(a.parties + found, key=lambda p: p.start)


_SELF_NAMED = re.compile(
    r"\b(?:call(?:ing|s)? (?:itself|themselves)|known as|styling itself|styled)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+){1,5})"
)
_GROUP_NAME = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'’-]+\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){2,5}"
    r"(?:Front|Movement|Army|Party|Alliance|Organi[sz]ation|Brigades?|League|Coalition|Militia|"
    r"Resistance))\b(?!\s*\()"
    # one qualifying word is enough for a front or a movement: "the Patriotic Front"
    r"|\b(?P<short>(?!(?:The|A|An|This|That|Our|Its|Their)\b)[A-Z][a-z]{3,}\s+"
    r"(?:Front|Movement))\b(?!\s*\()"
)


# an acronym in apposition, not in brackets: "the National Socialist Council of Nagaland
# (Isak-Muivah), the NSCN-IM, announced ..."
_APPOSITIVE_ACRONYM = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,\s+(?:the\s+)?([A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,4})?)(?=[,.;)\s])"
)


def _appositive_acronyms(lex: Lexicon, a: Analysis, defined: dict[str, tuple[str, str]]) -> None:
    """Groups whose acronym follows their long name after a comma: the acronym (its part before
    a hyphen must fit the name's initials) becomes the code.

    >>> from accord.extract.lexicon import default_lexicon
    >>> from accord.model import DocumentMeta
    >>> a = Analysis("the Free Hills Council (Dako wing), the FHC-D, said no.", DocumentMeta())
    >>> d = {}
    >>> _appositive_acronyms(default_lexicon(), a, d)
    >>> d["Free Hills Council"], d["FHC-D"]
    (('FHC-D', 'name'), ('FHC-D', 'name'))
    """
    taken = set(lex.party_kind) | {c for c, _ in defined.values()}
    for m in _APPOSITIVE_ACRONYM.finditer(a.text):
        acronym = m.group(1)
        if acronym in _NOT_ACTOR or acronym in defined or acronym in lex.party_alias:
            continue
        run = _RUN.search(a.text, max(0, m.start() - 160), m.start())
        base = acronym.split("-")[0]
        name = _long_name(run.group(1), base) if run else None
        if name is None or len(base) < 3 or name in defined or name in lex.party_alias:
            continue
        code = acronym.upper()
        if code in taken:
            continue
        defined.setdefault(name, (code, "name"))
        defined.setdefault(acronym, (code, "name"))
        # a body of states says so ("Community of West African States"); a "Council of
        # Nagaland" is an armed movement
        kind = "organisation" if _OF_STATES.search(name) else "group"
        a.party_kinds.setdefault(code, kind)
        taken.add(code)


_OF_STATES = re.compile(
    r"\b(?:States|Nations|Countries|Governments|Intergovernmental|International|Union)\b"
)


# a long name followed by the one word the text will call it by: "the Self-Proclaimed Military
# Junta of Brigadier Ansumane Mane (the Junta)", "the Revolutionary Council (the Council)"
_NOT_SHORT_NAME = frozenset(
    [
        "government",
        "parties",
        "party",
        "agreement",
        "accord",
        "treaty",
        "protocol",
        "commission",
        "committee",
        "council",
        "assembly",
        "parliament",
        "presidency",
        "president",
        "state",
        "republic",
        "region",
        "area",
        "zone",
        "authority",
        "authorities",
        "mission",
        "force",
        "forces",
        "army",
        "police",
        "conference",
        "court",
        "constitution",
    ]
)
_SHORT_NAME = re.compile(r"\(the ([A-Z][a-z]{3,})\)")


def _short_names(lex: Lexicon, a: Analysis, defined: dict[str, tuple[str, str]]) -> None:
    """Parties defined by a one-word short name in brackets: the word, in capitals, is the code
    when the capitalised run before the brackets contains it and no known party has the word.

    >>> from accord.extract.lexicon import default_lexicon
    >>> from accord.model import DocumentMeta
    >>> a = Analysis("the Military Junta of General Kaba (the Junta) said no.", DocumentMeta())
    >>> d = {}
    >>> _short_names(default_lexicon(), a, d)
    >>> d["Junta"], a.party_kinds["JUNTA"]
    (('JUNTA', 'name'), 'group')
    """
    taken = set(lex.party_kind) | {c for c, _ in defined.values()}
    for m in _SHORT_NAME.finditer(a.text):
        word = m.group(1)
        code = word.upper()
        run = _RUN.search(a.text, max(0, m.start() - 160), m.start())
        if not run or word not in run.group(1).split() or word in lex.party_alias:
            continue
        if word.lower() in _NOT_SHORT_NAME:
            continue  # "a Government of National Unity (the Government)": an office, no party
        if word in defined or code in taken:
            continue
        defined[word] = (code, "name")
        a.party_kinds.setdefault(code, "organisation" if _ORGANISATION.search(word) else "group")
        taken.add(code)


_SHORT_GROUP = re.compile(r"[A-Z][a-z]{3,}\s+(?:Front|Movement)")


# the acronym first, its long name in brackets after it: "the CNDP (National Congress for the
# Defence of the People)", "the PARECO militia (Coalition of Congolese Patriotic Resistance)"
_ACRONYM_FIRST = re.compile(
    r"(?<![\w-])(?P<acr>[A-Z][A-Z0-9]{1,9})(?:\s+(?:militia|movement|group|rebels|party|front|"
    r"coalition|alliance|faction))?\s+\((?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|for|"
    r"and|de|du|des|la|le|in|y|et)){1,9})\)"
)


def _acronyms_first(lex: Lexicon, a: Analysis, defined: dict[str, tuple[str, str]]) -> None:
    """Groups given as an acronym with their long name in brackets after it: the acronym is
    the code (the initials need not fit: the long name is often a translation).

    >>> from accord.extract.lexicon import default_lexicon
    >>> from accord.model import DocumentMeta
    >>> a = Analysis("the FRPD (Popular Front for Democracy) rejects it", DocumentMeta())
    >>> d = {}
    >>> _acronyms_first(default_lexicon(), a, d)
    >>> d["FRPD"], d["Popular Front for Democracy"]
    (('FRPD', 'name'), ('FRPD', 'name'))
    """
    for m in _ACRONYM_FIRST.finditer(a.text):
        acr, name = m.group("acr"), m.group("name")
        if acr in _NOT_ACTOR or acr in defined or len(name.split()) < 2:
            continue
        known = lex.party_alias.get(acr) or lex.party_alias.get(name)
        if known and lex.party_kind.get(known[0]) == "state":
            continue
        code = known[0] if known else acr
        defined.setdefault(acr, (code, "name"))
        defined.setdefault(name, (code, "name"))
        if not known:
            armed = _ARMED_NAME.search(name)
            kind = "organisation" if _ORGANISATION.search(name) and not armed else "group"
            a.party_kinds.setdefault(code, kind)


_SHORT_STATE = re.compile(
    r"(?<![\w-])(?P<word>[A-Z][a-z]{3,})['’]s\s+(?:government|president|prime minister|"
    r"foreign minister|parliament|leadership)\b"
)


_CONTINENTS = {"Africa", "America", "Europe", "Asia", "Arabia", "Caribbean", "Pacific", "Atlantic"}


def _short_state_names(lex: Lexicon, a: Analysis, defined: dict[str, tuple[str, str]]) -> None:
    """A state called by the last word of its name, shown to be a state by its government:
    "Macedonia's government" is North Macedonia's when no other state's name ends so.

    >>> from accord.extract.lexicon import default_lexicon
    >>> from accord.model import DocumentMeta
    >>> a = Analysis("Macedonia's government promised a vote.", DocumentMeta())
    >>> d = {}
    >>> _short_state_names(default_lexicon(), a, d)
    >>> d["Macedonia"]
    ('MKD', 'name')
    """
    for m in _SHORT_STATE.finditer(a.text):
        word = m.group("word")
        if word in lex.party_alias or word in defined or word in _CONTINENTS:
            continue
        codes = {
            code
            for name, (code, form) in lex.party_alias.items()
            if form == "name" and name.endswith(" " + word) and lex.party_kind.get(code) == "state"
        }
        if len(codes) == 1:
            defined[word] = (codes.pop(), "name")


# a faction's hyphenated acronym, given in brackets, after "known as" or between commas:
# "(known as SLA-MM)", "the wing known as ULIMO-K", "led by Roosevelt Johnson, ULIMO-J,"
_FACTION = re.compile(
    r"(?:\((?:known as\s+)?|\bknown as\s+(?:the\s+)?|,\s+)"
    r"(?P<acr>[A-Z]{2,9}-[A-Z]{1,4})(?=\)|,|\s|\.|;)"
)
_PARTY_ACRONYM = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?:main|ruling|opposition|governing|nationalist|rival)\s+)*"
    r"(?P<acr>[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,9})?)\s+(?:party|movement|militia|faction)\b"
)
_NOT_PERSON_WORD = re.compile(
    r"\b(?:Army|Movement|Front|Party|Council|Union|Alliance|Government|Republic|Forces|Liberation|"
    r"Organi[sz]ation|Coalition|Group|League|Justice|Equality)\b"
)


def _faction_acronyms(lex: Lexicon, a: Analysis, defined: dict[str, tuple[str, str]]) -> None:
    """Factions named by a hyphenated acronym ("the wing known as ULIMO-K", "(SLA-AW)") become
    parties, and the person the same sentence names before the acronym ("Alhaji Kromah, who
    leads the wing known as ULIMO-K", "the SLA wing of Abdel Wahid (SLA-AW)") speaks for it.

    >>> from accord.extract.lexicon import default_lexicon
    >>> from accord.model import DocumentMeta
    >>> a = Analysis("The rival wing led by Amos Kolleh, NPF-K, rejected it.", DocumentMeta())
    >>> d = {}
    >>> _faction_acronyms(default_lexicon(), a, d)
    >>> d["NPF-K"], d["Amos Kolleh"], d["Kolleh"]
    (('NPF-K', 'name'), ('NPF-K', 'person'), ('NPF-K', 'person'))
    """
    text = a.text
    for m in _PARTY_ACRONYM.finditer(text):
        # "The opposition VMRO-DPMNE party also rejects it": an acronym called a party
        acr = m.group("acr")
        if acr not in defined and acr not in lex.party_alias and acr not in _NOT_ACTOR:
            defined[acr] = (acr, "name")
            defined[text[m.start("acr") : m.end()]] = (acr, "name")  # "VMRO-DPMNE party said"
            a.party_kinds.setdefault(acr, "group")
    for m in _FACTION.finditer(text):
        acr = m.group("acr")
        if acr in defined or acr in lex.party_alias:
            continue
        defined[acr] = (acr, "name")
        a.party_kinds.setdefault(acr, "group")
        lo = max(text.rfind(". ", 0, m.start()) + 2, text.rfind("\n", 0, m.start()) + 1, 0)
        people = [
            p
            for p in PERSON_RE.finditer(text, lo, m.start())
            if not _NOT_PERSON_WORD.search(p.group())
            and p.group().split()[0] not in ("The", "A", "An", "His", "Her", "Its", "Their")
            and not any(w in lex.party_alias for w in p.group().split())
        ]
        if not people:
            continue
        person = name_before_full_stop(people[-1].group())
        words = person.split()
        defined.setdefault(person, (acr, "person"))
        if len(words) > 2:
            defined.setdefault(" ".join(words[:2]), (acr, "person"))
        if len(words[-1]) > 3 and words[-1] not in lex.party_alias:
            defined.setdefault(words[-1], (acr, "person"))


def _named_groups(lex: Lexicon, a: Analysis, defined: dict[str, tuple[str, str]]) -> None:
    """Groups named without an acronym ("the Islamic Action Front ... has denounced the
    treaty"): the initials of the name become their code, when no known party's name is part of
    it ("Ukrainian Armed Forces" stays Ukraine's) and the code is not another party's."""
    taken = set(lex.party_kind) | {c for c, _ in defined.values()}
    for m in _SELF_NAMED.finditer(a.text):
        # "a dissident group calling itself the RENAMO Military Junta, led by Mariano Nhongo"
        name = m.group("name").strip()
        code = _initials(name.split())
        if name in defined or name in lex.party_alias or len(code) < 2 or code in taken:
            continue
        defined[name] = (code, "name")
        a.party_kinds.setdefault(code, "group")
        taken.add(code)
        tied = _TIED_PERSON.match(a.text, m.end())
        if tied:
            person = tied.group(1)
            defined.setdefault(person, (code, "person"))
            last = person.split()[-1]
            if len(last) > 3 and last not in lex.party_alias:
                defined.setdefault(last, (code, "person"))
    for m in _GROUP_NAME.finditer(a.text):
        name = m.group("name") or m.group("short")
        if name in defined or name in lex.party_alias:
            continue
        words = name.split()
        if words[0] in ("The", "A", "An", "This", "That"):
            if not _SHORT_GROUP.fullmatch(" ".join(words[1:])):
                continue
            name, words = " ".join(words[1:]), words[1:]  # "The Patriotic Front, which ..."
            if name in defined or name in lex.party_alias:
                continue
        if any(w in lex.party_alias or re.sub(r"['’]s$", "", w) in lex.party_alias for w in words):
            continue
        code = _initials(words)
        if len(code) < 2 or code in taken:
            continue
        defined[name] = (code, "name")
        a.party_kinds.setdefault(code, "group")
        taken.add(code)


_BODY_WORD = re.compile(
    r"(?:\w[\w.-]*\s+)+(Council|Commission|Union|Assembly|Committee|Conference|Mission)"
)


def _body_short_names(lex: Lexicon, a: Analysis, defined: dict[str, tuple[str, str]]) -> None:
    """An organisation's body named in full, then by its last word: "the UN Security Council
    ... The Council demanded", "the African Union ... the Union's envoy". Only when one named
    body of the text ends with that word.

    >>> from accord.extract.lexicon import default_lexicon
    >>> from accord.model import DocumentMeta
    >>> a = Analysis("The Security Council met. The Council said no.", DocumentMeta())
    >>> a.parties = [Mention(4, 20, "Security Council", "UN", "name")]
    >>> d = {}
    >>> _body_short_names(default_lexicon(), a, d)
    >>> d["Council"]
    ('UN', 'name')
    """
    seen: dict[str, set[str]] = {}
    full: dict[str, str] = {}
    for p in a.parties:
        m = _BODY_WORD.fullmatch(p.text)
        if m and p.form == "name" and lex.party_kind.get(p.code) == "organisation":
            seen.setdefault(m.group(1), set()).add(p.code)
            full[p.text] = p.code
    for word, codes in seen.items():
        if len(codes) != 1 or word in lex.party_alias or word in defined:
            continue
        code = codes.pop()
        defined[word] = (code, "name")
        for name, c in full.items():
            if c == code:
                defined.setdefault(name, (code, "name"))


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


TITLE_ABBR |= {"Prof", "Mrs", "Hon", "Amb", "Adm", "Brig", "Cdr"}


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
