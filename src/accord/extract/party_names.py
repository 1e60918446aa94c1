"""Names a text gives its parties: acronyms and the long names they abbreviate, short names, wings
and factions, self-given names, head nouns used alone.

"the Libyan National Army (LNA)" (:func:`long_name`, :func:`fits`), "the CNDP (National Congress
for the Defence of the People)", "the NSCN-IM" in apposition, "the wing known as ULIMO-K", "a
faction calling itself the RENAMO Military Junta", "the coalition" for "the Syrian National
Coalition". Used by :mod:`accord.extract.stages.parties`.
"""

from __future__ import annotations

import re
from collections import Counter

from accord.extract.analysis import Analysis, Mention
from accord.extract.lexicon import Lexicon
from accord.extract.party_people import PERSON_RE, name_before_full_stop

# A run of capitalised words (with the small words of names between them) right before an
# acronym in brackets: "Government of National Accord (GNA)".
RUN = re.compile(
    r"((?:[A-Z][\w'’.-]*|of|the|for|and|de|del|la|le|du|des|in|on|al|el|y|et)"
    r"(?:\s+(?:[A-Z][\w'’.-]*|of|the|for|and|de|del|la|le|du|des|in|on|al|el|y|et|"
    r"i|e|a|da|do|dos|das|para|pour|[-–](?=\s+[A-Z]))){0,9})\s*$"
)

SMALL = {"of", "the", "for", "and", "de", "del", "la", "le", "du", "des", "in", "on", "al", "el"}
SMALL |= {"y", "et", "i", "e", "a", "da", "do", "dos", "das", "para", "pour"}

TIED_PERSON = re.compile(
    r"\s*,?\s*(?:which is |that is |who are )?(?:led|commanded|headed)\s+by\s+"
    r"(?:(?:its|the)\s+)?(?:[a-z][\w-]*\s+){0,3}"
    r"((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)"
)

ORGANISATION = re.compile(
    r"\b(?:Mission|Commission|Committee|Council|Authority|Organi[sz]ation of|Office|Agency|"
    r"Programme|Program|Secretariat|Conference|Court|Tribunal|(?<!National )Union|Community|"
    r"Bank|Fund|"
    r"Observers?|Monitors?|Monitoring|Assistance|Operations?|Directors?|Forum)\b"
)

ARMED_NAME = re.compile(
    r"\b(?:Armed|Resistance|Liberation|Rebels?|Revolutionary|Insurgents?|Guerrillas?|Militias?)\b"
)


def kind_of_name(name: str) -> str:
    """The kind of a party the text names itself: a body such as a commission or a union is an
    ``organisation``, unless its name is an armed one ("the Organisation of Armed Resistance");
    anything else is a ``group``."""
    return "organisation" if ORGANISATION.search(name) and not ARMED_NAME.search(name) else "group"

NOT_ACTOR = {
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


def initials_of(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words if w.lower() not in SMALL)


def fits(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` plausibly abbreviates ``words`` (letters in the initials, first first).

    Translated names ("Mutual Support Group (GAM)") keep most of their letters.
    """
    letters = [c for c in acronym.upper() if c.isalpha()]
    initials = initials_of(words) + "".join(w[0].upper() for w in words if w.lower() in SMALL)
    if not letters or not initials:
        return False
    have = sum(1 for c in letters if c in initials)
    if len(letters) > 2 and syllabic("".join(letters), words):
        return True
    return have >= max(2, round(0.6 * len(letters))) if len(letters) > 2 else have == len(letters)


def extend_left(before: list[str], name: list[str], acronym: str) -> list[str]:
    """``name`` with the capitalised words just before it whose initials the acronym also has:
    a translated name puts its words in another order ("the Popular Front for the Renaissance
    of Central Africa (FPRC)" is the whole name, not "Front for ... Central Africa").

    >>> extend_left(["the", "Popular"], ["Front", "for", "the", "Renaissance"], "FPRC")
    ['Popular', 'Front', 'for', 'the', 'Renaissance']
    >>> extend_left(["Kenyan"], ["National", "Liberation", "Front"], "NLF")
    ['National', 'Liberation', 'Front']
    """
    letters = [c for c in acronym.upper() if c.isalpha()]
    used = Counter(initials_of(name))
    while before:
        w = before[-1]
        c = w[:1].upper()
        if not w[:1].isupper() or w.lower() in SMALL or used[c] >= letters.count(c):
            break
        used[c] += 1
        name = [w, *name]
        before = before[:-1]
    return name


def syllabic(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` are the leading letters of the words in order, one or more from each
    main word ("BAMOSD": BAkassi MOvement for Self-Determination); small words may be skipped."""
    parts = [p.upper() for w in words for p in re.split(r"[-‐]", w) if p]
    small = {w.upper() for w in SMALL}

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


def long_name(run: str, acronym: str) -> str | None:
    """The part of a capitalised ``run`` that ``acronym`` abbreviates, or None."""
    words = run.split()
    first = acronym[0].upper()
    letters = len([c for c in acronym if c.isalpha()])
    found: list[list[str]] = []
    for i, w in enumerate(words):
        if w.lower() in SMALL or w[0].upper() != first:
            continue
        rest = words[i:]
        while rest and rest[-1].lower() in SMALL:
            rest = rest[:-1]
        if len(rest) >= 2 and fits(acronym, rest):
            found.append(extend_left(words[:i], rest, acronym))
        parts = [x for r in rest for x in r.split("-") if x]
        if len(rest) == 1 and len(parts) >= 2 and fits(acronym, parts):
            return rest[0]  # one hyphenated name: "Nagorno-Karabakh (NKR)"
    if found:
        # "Sri Lanka and the Liberation Tigers of Tamil Eelam (LTTE)": the name whose initials
        # are as many as the acronym's letters, not the longest run that starts with its letter
        best = min(found, key=lambda n: abs(len(initials_of(n)) - letters))
        return " ".join(best)
    # a translated name: "the Mutual Support Group (GAM)" for "Grupo de Apoyo Mutuo"
    rest = [w for w in words if w[:1].isupper()]
    while rest and rest[0].lower() in SMALL | {"the"}:
        rest = rest[1:]
    if 2 <= len(rest) <= 6 and fits(acronym, rest) and rest == words[len(words) - len(rest) :]:
        return " ".join(rest)
    # "the United Self-Defence Forces of Colombia (AUC)" for "Autodefensas Unidas de Colombia":
    # a translated name with small words inside it
    if 2 <= len(rest) <= 6 and rest[0] in words and fits(acronym, rest):
        inner = words[words.index(rest[0]) :]
        if len(inner) <= 8 and [w for w in inner if w.lower() not in SMALL] == rest:
            return " ".join(inner)
    # a translated name after other words: "COMMUNIQUÉ OF THE ZAPATISTA ARMY OF NATIONAL
    # LIBERATION (EZLN)" names the "ZAPATISTA ARMY OF NATIONAL LIBERATION"
    if len(rest) > 6 and rest == words[len(words) - len(rest) :]:
        for k in range(6, 1, -1):
            tail = rest[-k:]
            if tail[0].lower() not in SMALL | {"the"} and fits(acronym, tail):
                return " ".join(tail)
    return None


# "whose AREMA party has followed him into exile": an acronym the text calls a party
BARE_PARTY = re.compile(
    r"\b(?:the|whose|its|his|her|their)\s+([A-Z][A-Z-]{2,8})\s+(?:party|movement|faction|coalition)\b"
)


def bare_party_acronyms(
    lex: Lexicon, a: Analysis, defined: dict[str, tuple[str, str]]
) -> None:
    """Acronyms the text names as a party without spelling them out: "whose AREMA party"."""
    for m in BARE_PARTY.finditer(a.text):
        acr = m.group(1)
        if acr in NOT_ACTOR or acr in lex.party_alias or acr in defined:
            continue
        defined[acr] = (acr, "name")
        a.party_kinds.setdefault(acr, "group")


WING = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),\s+(?:the\s+)?"
    r"(?P<owner>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})['’]s?\s+(?:[a-z-]+\s+){0,2}"
    r"(?:political|armed|military|youth|parliamentary)\s+(?:wing|arm|front|party|ally)\b"
)


def wings(lex: Lexicon, a: Analysis, defined: dict[str, tuple[str, str]]) -> None:
    """ "Batasuna, ETA's banned political wing": a party of its own, named in upper case."""
    for m in WING.finditer(a.text):
        name, owner = m.group("name"), m.group("owner")
        if name in lex.party_alias or name in defined:
            continue
        if owner not in lex.party_alias and owner not in defined:
            continue
        words = name.split()
        code = name.upper() if len(words) == 1 else initials_of(words)
        if len(code) < 2 or code in lex.party_kind:
            continue
        defined[name] = (code, "name")
        a.party_kinds.setdefault(code, "group")


#: the head word of a group's long name that the text later uses alone ("the Syrian National
#: Coalition (SNC) ... The coalition demanded", "the Liberation Front ... the front expected")
HEAD_NOUNS = ("Coalition", "Front", "Alliance", "Congress", "Movement")

HEAD_AFTER = re.compile(r"[\w-]|\s+lines?\b|\s+of\b")

HEAD_BEFORE = re.compile(r"\b(?:on|at|along|across|near|to|from)\s+$", re.I)


def head_nouns(lex: Lexicon, a: Analysis) -> None:
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
            for word in set(alias.split()) & set(HEAD_NOUNS):
                owners.setdefault(word, set()).add(code)
    found: list[Mention] = []
    for head, own in owners.items():
        if len(own) != 1:
            continue
        code = next(iter(own))
        for m in re.finditer(r"\b[Tt]he " + head + "|\\b[Tt]he " + head.lower(), a.text):
            if HEAD_AFTER.match(a.text, m.end()) or HEAD_BEFORE.search(a.text, 0, m.start()):
                continue
            if any(p.start < m.end() and m.start() < p.end for p in a.parties):
                continue
            found.append(Mention(m.start(), m.end(), m.group(), code, "name"))
    if found:
        a.parties = sorted(a.parties + found, key=lambda p: p.start)


SELF_NAMED = re.compile(
    r"\b(?:call(?:ing|s)? (?:itself|themselves)|known as|styling itself|styled)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+){1,5})"
)

GROUP_NAME = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'’-]+\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){2,5}"
    r"(?:Front|Movement|Army|Party|Alliance|Organi[sz]ation|Brigades?|League|Coalition|Militia|"
    r"Resistance))\b(?!\s*\()"
    # one qualifying word is enough for a front or a movement: "the Patriotic Front"
    r"|\b(?P<short>(?!(?:The|A|An|This|That|Our|Its|Their)\b)[A-Z][a-z]{3,}\s+"
    r"(?:Front|Movement))\b(?!\s*\()"
)

# an acronym in apposition, not in brackets: "the National Socialist Council of Nagaland
# (Isak-Muivah), the NSCN-IM, announced ..."
APPOSITIVE_ACRONYM = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,\s+(?:the\s+)?([A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,4})?)(?=[,.;)\s])"
)


def appositive_acronyms(lex: Lexicon, a: Analysis, defined: dict[str, tuple[str, str]]) -> None:
    """Groups whose acronym follows their long name after a comma: the acronym (its part before
    a hyphen must fit the name's initials) becomes the code.

    >>> from accord.extract.lexicon import default_lexicon
    >>> from accord.model import DocumentMeta
    >>> a = Analysis("the Free Hills Council (Dako wing), the FHC-D, said no.", DocumentMeta())
    >>> d = {}
    >>> appositive_acronyms(default_lexicon(), a, d)
    >>> d["Free Hills Council"], d["FHC-D"]
    (('FHC-D', 'name'), ('FHC-D', 'name'))
    """
    taken = set(lex.party_kind) | {c for c, _ in defined.values()}
    for m in APPOSITIVE_ACRONYM.finditer(a.text):
        acronym = m.group(1)
        if acronym in NOT_ACTOR or acronym in defined or acronym in lex.party_alias:
            continue
        run = RUN.search(a.text, max(0, m.start() - 160), m.start())
        base = acronym.split("-")[0]
        name = long_name(run.group(1), base) if run else None
        if name is None or len(base) < 3 or name in defined or name in lex.party_alias:
            continue
        code = acronym.upper()
        if code in taken:
            continue
        defined.setdefault(name, (code, "name"))
        defined.setdefault(acronym, (code, "name"))
        # a body of states says so ("Community of West African States"); a "Council of
        # Nagaland" is an armed movement
        kind = "organisation" if OF_STATES.search(name) else "group"
        a.party_kinds.setdefault(code, kind)
        taken.add(code)


OF_STATES = re.compile(
    r"\b(?:States|Nations|Countries|Governments|Intergovernmental|International|Union)\b"
)

# a long name followed by the one word the text will call it by: "the Self-Proclaimed Military
# Junta of Brigadier Ansumane Mane (the Junta)", "the Revolutionary Council (the Council)"
NOT_SHORT_NAME = frozenset(
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

SHORT_NAME = re.compile(r"\(the ([A-Z][a-z]{3,})\)")


def short_names(lex: Lexicon, a: Analysis, defined: dict[str, tuple[str, str]]) -> None:
    """Parties defined by a one-word short name in brackets: the word, in capitals, is the code
    when the capitalised run before the brackets contains it and no known party has the word.

    >>> from accord.extract.lexicon import default_lexicon
    >>> from accord.model import DocumentMeta
    >>> a = Analysis("the Military Junta of General Kaba (the Junta) said no.", DocumentMeta())
    >>> d = {}
    >>> short_names(default_lexicon(), a, d)
    >>> d["Junta"], a.party_kinds["JUNTA"]
    (('JUNTA', 'name'), 'group')
    """
    taken = set(lex.party_kind) | {c for c, _ in defined.values()}
    for m in SHORT_NAME.finditer(a.text):
        word = m.group(1)
        code = word.upper()
        run = RUN.search(a.text, max(0, m.start() - 160), m.start())
        if not run or word not in run.group(1).split() or word in lex.party_alias:
            continue
        if word.lower() in NOT_SHORT_NAME:
            continue  # "a Government of National Unity (the Government)": an office, no party
        if word in defined or code in taken:
            continue
        defined[word] = (code, "name")
        a.party_kinds.setdefault(code, "organisation" if ORGANISATION.search(word) else "group")
        taken.add(code)


SHORT_GROUP = re.compile(r"[A-Z][a-z]{3,}\s+(?:Front|Movement)")

# the acronym first, its long name in brackets after it: "the CNDP (National Congress for the
# Defence of the People)", "the PARECO militia (Coalition of Congolese Patriotic Resistance)"
ACRONYM_FIRST = re.compile(
    r"(?<![\w-])(?P<acr>[A-Z][A-Z0-9]{1,9})(?:\s+(?:militia|movement|group|rebels|party|front|"
    r"coalition|alliance|faction))?\s+\((?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|for|"
    r"and|de|du|des|la|le|in|y|et)){1,9})\)"
)


def acronyms_first(lex: Lexicon, a: Analysis, defined: dict[str, tuple[str, str]]) -> None:
    """Groups given as an acronym with their long name in brackets after it: the acronym is
    the code (the initials need not fit: the long name is often a translation).

    >>> from accord.extract.lexicon import default_lexicon
    >>> from accord.model import DocumentMeta
    >>> a = Analysis("the FRPD (Popular Front for Democracy) rejects it", DocumentMeta())
    >>> d = {}
    >>> acronyms_first(default_lexicon(), a, d)
    >>> d["FRPD"], d["Popular Front for Democracy"]
    (('FRPD', 'name'), ('FRPD', 'name'))
    """
    for m in ACRONYM_FIRST.finditer(a.text):
        acr, name = m.group("acr"), m.group("name")
        if acr in NOT_ACTOR or acr in defined or len(name.split()) < 2:
            continue
        known = lex.party_alias.get(acr) or lex.party_alias.get(name)
        if known and lex.party_kind.get(known[0]) == "state":
            continue
        code = known[0] if known else acr
        defined.setdefault(acr, (code, "name"))
        defined.setdefault(name, (code, "name"))
        if not known:
            a.party_kinds.setdefault(code, kind_of_name(name))


SHORT_STATE = re.compile(
    r"(?<![\w-])(?P<word>[A-Z][a-z]{3,})['’]s\s+(?:government|president|prime minister|"
    r"foreign minister|parliament|leadership)\b"
)

CONTINENTS = {"Africa", "America", "Europe", "Asia", "Arabia", "Caribbean", "Pacific", "Atlantic"}


def short_state_names(lex: Lexicon, a: Analysis, defined: dict[str, tuple[str, str]]) -> None:
    """A state called by the last word of its name, shown to be a state by its government:
    "Macedonia's government" is North Macedonia's when no other state's name ends so.

    >>> from accord.extract.lexicon import default_lexicon
    >>> from accord.model import DocumentMeta
    >>> a = Analysis("Macedonia's government promised a vote.", DocumentMeta())
    >>> d = {}
    >>> short_state_names(default_lexicon(), a, d)
    >>> d["Macedonia"]
    ('MKD', 'name')
    """
    for m in SHORT_STATE.finditer(a.text):
        word = m.group("word")
        if word in lex.party_alias or word in defined or word in CONTINENTS:
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
FACTION = re.compile(
    r"(?:\((?:known as\s+)?|\bknown as\s+(?:the\s+)?|,\s+)"
    r"(?P<acr>[A-Z]{2,9}-[A-Z]{1,4})(?=\)|,|\s|\.|;)"
)

PARTY_ACRONYM = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?:main|ruling|opposition|governing|nationalist|rival)\s+)*"
    r"(?P<acr>[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,9})?)\s+(?:party|movement|militia|faction)\b"
)

NOT_PERSON_WORD = re.compile(
    r"\b(?:Army|Movement|Front|Party|Council|Union|Alliance|Government|Republic|Forces|Liberation|"
    r"Organi[sz]ation|Coalition|Group|League|Justice|Equality)\b"
)


def faction_acronyms(lex: Lexicon, a: Analysis, defined: dict[str, tuple[str, str]]) -> None:
    """Factions named by a hyphenated acronym ("the wing known as ULIMO-K", "(SLA-AW)") become
    parties, and the person the same sentence names before the acronym ("Alhaji Kromah, who
    leads the wing known as ULIMO-K", "the SLA wing of Abdel Wahid (SLA-AW)") speaks for it.

    >>> from accord.extract.lexicon import default_lexicon
    >>> from accord.model import DocumentMeta
    >>> a = Analysis("The rival wing led by Amos Kolleh, NPF-K, rejected it.", DocumentMeta())
    >>> d = {}
    >>> faction_acronyms(default_lexicon(), a, d)
    >>> d["NPF-K"], d["Amos Kolleh"], d["Kolleh"]
    (('NPF-K', 'name'), ('NPF-K', 'person'), ('NPF-K', 'person'))
    """
    text = a.text
    for m in PARTY_ACRONYM.finditer(text):
        # "The opposition VMRO-DPMNE party also rejects it": an acronym called a party
        acr = m.group("acr")
        if acr not in defined and acr not in lex.party_alias and acr not in NOT_ACTOR:
            defined[acr] = (acr, "name")
            defined[text[m.start("acr") : m.end()]] = (acr, "name")  # "VMRO-DPMNE party said"
            a.party_kinds.setdefault(acr, "group")
    for m in FACTION.finditer(text):
        acr = m.group("acr")
        if acr in defined or acr in lex.party_alias:
            continue
        defined[acr] = (acr, "name")
        a.party_kinds.setdefault(acr, "group")
        lo = max(text.rfind(". ", 0, m.start()) + 2, text.rfind("\n", 0, m.start()) + 1, 0)
        people = [
            p
            for p in PERSON_RE.finditer(text, lo, m.start())
            if not NOT_PERSON_WORD.search(p.group())
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


def named_groups(lex: Lexicon, a: Analysis, defined: dict[str, tuple[str, str]]) -> None:
    """Groups named without an acronym ("the Islamic Action Front ... has denounced the
    treaty"): the initials of the name become their code, when no known party's name is part of
    it ("Ukrainian Armed Forces" stays Ukraine's) and the code is not another party's."""
    taken = set(lex.party_kind) | {c for c, _ in defined.values()}
    for m in SELF_NAMED.finditer(a.text):
        # "a dissident group calling itself the RENAMO Military Junta, led by Mariano Nhongo"
        name = m.group("name").strip()
        code = initials_of(name.split())
        if name in defined or name in lex.party_alias or len(code) < 2 or code in taken:
            continue
        defined[name] = (code, "name")
        a.party_kinds.setdefault(code, "group")
        taken.add(code)
        tied = TIED_PERSON.match(a.text, m.end())
        if tied:
            person = tied.group(1)
            defined.setdefault(person, (code, "person"))
            last = person.split()[-1]
            if len(last) > 3 and last not in lex.party_alias:
                defined.setdefault(last, (code, "person"))
    for m in GROUP_NAME.finditer(a.text):
        name = m.group("name") or m.group("short")
        if name in defined or name in lex.party_alias:
            continue
        words = name.split()
        if words[0] in ("The", "A", "An", "This", "That"):
            if not SHORT_GROUP.fullmatch(" ".join(words[1:])):
                continue
            name, words = " ".join(words[1:]), words[1:]  # "The Patriotic Front, which ..."
            if name in defined or name in lex.party_alias:
                continue
        if any(w in lex.party_alias or re.sub(r"['’]s$", "", w) in lex.party_alias for w in words):
            continue
        code = initials_of(words)
        if len(code) < 2 or code in taken:
            continue
        defined[name] = (code, "name")
        a.party_kinds.setdefault(code, "group")
        taken.add(code)


BODY_WORD = re.compile(
    r"(?:\w[\w.-]*\s+)+(Council|Commission|Union|Assembly|Committee|Conference|Mission)"
)


def body_short_names(lex: Lexicon, a: Analysis, defined: dict[str, tuple[str, str]]) -> None:
    """An organisation's body named in full, then by its last word: "the UN Security Council
    ... The Council demanded", "the African Union ... the Union's envoy". Only when one named
    body of the text ends with that word.

    >>> from accord.extract.lexicon import default_lexicon
    >>> from accord.model import DocumentMeta
    >>> a = Analysis("The Security Council met. The Council said no.", DocumentMeta())
    >>> a.parties = [Mention(4, 20, "Security Council", "UN", "name")]
    >>> d = {}
    >>> body_short_names(default_lexicon(), a, d)
    >>> d["Council"]
    ('UN', 'name')
    """
    seen: dict[str, set[str]] = {}
    full: dict[str, str] = {}
    for p in a.parties:
        m = BODY_WORD.fullmatch(p.text)
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
