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
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|en|ish|ic|i)")
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
            if _DEMONYM.fullmatch(first) and first not in lex.party_alias:
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
    _mediator_titles(lex, a, defined)
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
        for name, v in _people(lex, a).items()
        if not any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", d) for d in defined)
    }
    if people:
        _add_mentions(lex, a, people)
    leaders = _group_leaders(lex, a)
    if leaders:
        _add_mentions(lex, a, leaders)
    _head_nouns(lex, a)
    return a


_WHO_LEADS = re.compile(
    r"(?P<person>[A-Z][\w'’.-]+(?:\s+(?:al-|el-|bin\s+)?[A-Z][\w'’.-]+){0,3}),\s+who\s+"
    r"(?:leads|heads|chairs|commands|founded|led|headed)\s+(?:the\s+)?$"
)
_ACTING_FOR = re.compile(
    r"(?P<person>[A-Z][\w.-]+(?:\s+(?:al-|el-|bin\s+)?[A-Z][\w.-]+){1,3})(?:,[^,.;()]{0,80},)?\s+"
    r"(?:(?:mediating|acting|speaking|negotiating|working)\s+(?:for|on behalf of)|"
    r"(?:opens|opened|chairs|chaired|leads|led)\s+the\s+(?:session|talks|meeting|mediation)\s+"
    r"(?:for|on behalf of))\s+(?:the\s+)?$"
)
_POSSESSOR = re.compile(r"(?<![\w'’-])(?P<person>[A-Z][a-z][\w-]+)['’]s\s+$")
# "Mugabe's Zimbabwe African National Union - Patriotic Front (ZANU-PF)": before the acronym
_POSSESSOR_LONG = re.compile(
    r"(?<![\w'’-])(?P<person>[A-Z][a-z][\w-]+)['’]s\s+[A-Z][\w'’-]*"
    r"(?:\s+(?:[A-Z][\w'’-]*|of|and|for|the|[-–])){0,9}\s*\($"
)


def _group_leaders(lex: Lexicon, a: Analysis) -> dict[str, tuple[str, str]]:
    """People the text makes a party's or movement's leader: "Mahmoud Abbas, who leads Fatah"
    (even a person the gazetteer gives to a state) and "Mugabe's Zimbabwe African National
    Union - Patriotic Front (ZANU-PF)" (a person the gazetteer does not know)."""
    text = a.text
    kinds = a.kinds(lex.party_kind)
    out: dict[str, tuple[str, str]] = {}
    places = [(p.start, p.end) for p in a.places]
    for m in a.parties:
        if m.form != "person" and kinds.get(m.code) == "organisation":
            # "Mediator Joaquim Chissano, Mozambique's former president, opens the session for
            # SADC": a mediator acting for a body speaks for it, not for his own state
            w = _ACTING_FOR.search(text[max(0, m.start - 160) : m.start])
            if w:
                words = w.group("person").split()
                for k in range(len(words)):
                    if not _DEMONYM.fullmatch(words[k]) and "'" not in words[k]:
                        out.setdefault(" ".join(words[k:]), (m.code, "person"))
            continue
        if m.form == "person" or kinds.get(m.code) != "group":
            continue
        before = text[max(0, m.start - 80) : m.start]
        w = _WHO_LEADS.search(before)
        if w:
            words = w.group("person").split()
            for k in range(len(words)):
                name = " ".join(words[k:])
                if name[0].isupper() and not _DEMONYM.fullmatch(words[k]):
                    out.setdefault(name, (m.code, "person"))
            continue
        pm = _POSSESSOR.search(before) or _POSSESSOR_LONG.search(
            text, max(0, m.start - 120), m.start
        )
        if not pm:
            continue
        name = pm.group("person")
        start = pm.start("person") + (0 if pm.re is _POSSESSOR_LONG else m.start - len(before))
        if name in lex.party_alias or any(s <= start < e for s, e in places):
            continue
        if re.search(r"[A-Z][\w'’-]*\s+$", text[max(0, start - 40) : start]):
            continue  # "the Delta People's Congress": a word inside the name, no person
        out.setdefault(name, (m.code, "person"))
    return out


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
            for p in _PERSON_RE.finditer(text, lo, m.start())
            if not _NOT_PERSON_WORD.search(p.group())
            and p.group().split()[0] not in ("The", "A", "An", "His", "Her", "Its", "Their")
            and not any(w in lex.party_alias for w in p.group().split())
        ]
        if not people:
            continue
        person = _name_before_full_stop(people[-1].group())
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


_MEDIATOR_OF = re.compile(
    r"\b(co-chairs?|co-chairmen|mediators|facilitators)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*\s+(?:of\s+(?:the\s+)?)?){0,8}"
)


def _mediator_titles(lex: Lexicon, a: Analysis, defined: dict[str, tuple[str, str]]) -> None:
    """"the three co-chairs of the Minsk Group of the OSCE ... The co-chairs proposed": the
    mediators named by their title speak for the organisation they chair."""
    for m in _MEDIATOR_OF.finditer(a.text):
        org = next(
            (
                p.code
                for p in a.parties
                if m.start() < p.start <= m.end() + 1
                and lex.party_kind.get(p.code) == "organisation"
            ),
            None,
        )
        if org and m.group(1) not in defined and m.group(1) not in lex.party_alias:
            defined[m.group(1)] = (org, "name")
            return


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


_TITLE_OF = re.compile(
    r"\b(?:prime ministers?|presidents?|foreign ministers?|ministers?|leaders?|heads?|chiefs?|"
    r"chairm[ae]n|commanders?|negotiators?|envoys?|spokes(?:man|woman|person)|secretary-general)"
    r"\s+(?:of|for)\s+(?:the\s+)?$",
    re.I,
)
# capitals with accents too: "Óscar Arias", "Álvaro Uribe", "Élisabeth Borne"
_PERSON = (
    r"(?P<person>[A-ZÀ-ÖØ-Þ][\w'’.-]+"
    r"(?:\s+(?:al-|el-|bin\s+|de\s+|van\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3})"
)
_PERSON_RE = re.compile(_PERSON)
_SIDE_PERSON = re.compile(
    r"\bthe (?P<side>movement|group|rebels|front|militia|government)['’]s?\s+(?:[a-z-]+\s+){0,2}"
    r"(?:leader|chief|head|founder|spokes(?:man|woman|person)|chief negotiator|negotiator|"
    r"commander|commissioner|envoy|minister|representative|adviser|advisor),?\s+(?:(?:Father|Sheikh|General|Colonel|Commander|Dr\.?|Mr\.?|Ms\.?)\s+)?"
    + _PERSON
)
_INCLUDING = re.compile(
    r",?\s+(?:including|such as|among them)\s+(?P<p1>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
    r"(?:\s+and\s+(?P<p2>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}))?\b"
)
_GOVERNMENT_OF_PERSON = re.compile(
    r"\bthe (?:government|administration|cabinet) of (?:(?:President|Prime Minister|Premier)\s+)?"
    r"(?P<person>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\b(?!\s+(?:of|for)\b)"
)
_LED_BY = re.compile(r"\s+(?:is|was|will be|are|were)\s+(?:led|headed)\s+by\s+" + _PERSON)
_TITLE_OF_PARTY = (
    r",\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:chairman|chairwoman|chair|leader|head|president|"
    r"prime minister|minister|commander|spokes(?:man|woman|person)|envoy)\s+of\s+(?:the\s+)?$"
)
_PERSON_TITLE_OF = re.compile(
    _PERSON + r",\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:president|leader|head|chief|chairm[ae]n|"
    r"commander|spokes(?:man|woman|person)|chief negotiator|secretary-general)\s+(?:of|for)\s+"
    r"(?:the\s+)?$"
)
_GOV_LED_BY = re.compile(
    r"\b[Tt]he government(?:['’]s)? (?:delegation|team|side|negotiators),? (?:was |is |were )?"
    r"(?:led|headed) by (?:(?:Foreign|Prime|Interior|Defen[cs]e|Deputy)\s+Minister\s+|"
    r"(?:[A-Z][a-z]+\s+)?(?:Minister|President|General|Ambassador)\s+)?"
    r"(?P<person>[A-Z][\w'’-]+(?:\s+(?:al-|el-|bin\s+|de\s+)?[A-Z][\w'’-]+){1,3})"
)
# "Government delegation head and foreign minister Abdulmalik al-Mikhlafi"
_GOV_TITLED = re.compile(
    r"\b[Gg]overnment (?:delegation head|negotiator|spokes(?:man|woman|person)|chief negotiator|"
    r"envoy)(?: and (?:[a-z-]+ ){0,2}(?:minister|head|chief|negotiator))?,? "
    r"(?P<person>[A-Z][\w'’-]+(?:\s+(?:al-|el-|bin\s+|de\s+)?[A-Z][\w'’-]+){1,3})"
)
# the person after a side's title: "Serbia's prime minister, Ivica Dacic", "the Houthi spokesman
# and chief negotiator, Ahmed Saleh"
_AFTER_TITLE = re.compile(
    r"(?:\s+(?:head|chief|negotiator|leader|spokes(?:man|woman|person)))?(?:\s+of\s+[a-z]+)?,?\s+"
    + _PERSON
)
_TWO_PERSONS = re.compile(
    r",?\s+(?P<p1>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\s+and\s+"
    r"(?P<p2>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\b"
)


_TITLE_ABBR = {"Gen", "Col", "Capt", "Maj", "Sgt", "Lieut", "Rev", "Sen", "Rep", "Gov", "Pres"}
_TITLE_ABBR |= {"Prof", "Mrs", "Hon", "Amb", "Adm", "Brig", "Cdr"}


def _name_before_full_stop(person: str) -> str:
    """A name ends at a full stop after a word longer than an initial: "Viktor Chernomyrdin.
    What remained" is "Viktor Chernomyrdin" (but "J. Smith" and "Dr. Ali" stay whole).

    >>> _name_before_full_stop("Viktor Chernomyrdin. What"), _name_before_full_stop("J. Smith")
    ('Viktor Chernomyrdin', 'J. Smith')
    """
    words = person.split()
    for k, w in enumerate(words):
        stem = w.rstrip(".")
        if w.endswith(".") and len(stem) > 2 and "." not in stem and stem not in _TITLE_ABBR:
            return " ".join([*words[:k], stem])
    return person


def _people(lex: Lexicon, a: Analysis) -> dict[str, tuple[str, str]]:
    """People the text ties to a party by apposition: "Serbia's prime minister, Ivica Dacic",
    "Kenyan Foreign Minister Amina Mohamed", "Amina Mohamed, Kenya's foreign minister", "the
    prime ministers of Serbia and Kosovo, Ivica Dacic and Hashim Thaci"."""
    text = a.text
    out: dict[str, tuple[str, str]] = {}
    group = lex.group_re

    def add(person: str, code: str) -> None:
        person = _name_before_full_stop(person.strip())
        if person in lex.party_alias or person.split()[0].lower() in ("the", "a", "an"):
            return
        out.setdefault(person, (code, "person"))
        last = re.sub(r"^(?:al|el|ad|as|ash)-", "", person.split()[-1])  # "al-Jarba" → "Jarba"
        if len(last) > 3 and last not in lex.party_alias:
            out.setdefault(last, (code, "person"))

    parties = a.parties
    for k, m in enumerate(parties):
        if m.form == "person":
            continue
        # "Kenyan Foreign Minister Amina Mohamed", "Serbia's prime minister, Ivica Dacic"
        g = group.match(text, m.end) if m.form != "group" else None
        end = g.end() if g else (m.end if m.form == "group" else -1)
        if end >= 0:
            pm = _AFTER_TITLE.match(text, end)
            if pm:
                code = m.code
                prev = parties[k - 1] if k > 0 else None
                if (
                    prev
                    and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[prev.end : m.start])
                    and lex.party_kind.get(prev.code) == lex.party_kind.get(code) == "organisation"
                ):
                    code = prev.code  # "the UN and Arab League envoy, X": the first one named
                add(pm.group("person"), code)
                continue
            # "AUC commanders including Carlos Castano and Salvatore Mancuso"
            inc = _INCLUDING.match(text, end) if g else None
            if inc:
                for person in (inc.group("p1"), inc.group("p2")):
                    if person:
                        add(person, m.code)
                continue
        # "the prime ministers of Serbia and Kosovo, Ivica Dacic and Hashim Thaci"
        before = text[max(0, m.start - 40) : m.start]
        if _TITLE_OF.search(before):
            nxt = parties[k + 1] if k + 1 < len(parties) else None
            if nxt and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[m.end : nxt.start]):
                two = _TWO_PERSONS.match(text, nxt.end)
                if two:
                    add(two.group("p1"), m.code)
                    add(two.group("p2"), nxt.code)
                    continue
            pm = re.compile(r",\s+" + _PERSON).match(text, m.end)
            if pm:
                add(pm.group("person"), m.code)
                continue
            # "Ahmad al-Jarba, president of the Syrian National Coalition"
            back = _PERSON_TITLE_OF.search(text[max(0, m.start - 90) : m.start])
            if back:
                add(back.group("person"), m.code)
                continue
        # "The South Ossetian delegation is led by Torez Kulumbegov"
        led = _LED_BY.match(text, end) if end >= 0 else None
        if led:
            add(led.group("person"), m.code)
            continue
        # "Eduard Shevardnadze, chairman of Georgia's State Council"
        back = re.search(_PERSON + _TITLE_OF_PARTY, text[max(0, m.start - 80) : m.start])
        if back and m.form != "adjective":
            add(back.group("person"), m.code)
            continue
        # "Amina Mohamed, Kenya's foreign minister" / "Amina Mohamed, the Kenyan prime minister"
        back = re.search(_PERSON + r",\s+(?:the\s+)?$", text[max(0, m.start - 60) : m.start])
        if back and (g or m.form == "group"):
            add(back.group("person"), m.code)
    kinds = a.kinds(lex.party_kind)
    for lm in [*_GOV_LED_BY.finditer(text), *_GOV_TITLED.finditer(text)]:
        # "The government delegation was led by Foreign Minister Walid al-Muallem"
        states = [m.code for m in parties if kinds.get(m.code) == "state"]
        if states:
            add(lm.group("person"), max(set(states), key=states.count))
    # "the government of Jose Luis Rodriguez Zapatero ... Zapatero told reporters": the head of
    # the state the text names most
    states = [m.code for m in parties if kinds.get(m.code) == "state"]
    for gm in _GOVERNMENT_OF_PERSON.finditer(text):
        person = gm.group("person")
        last = person.split()[-1]
        if states and re.search(
            r"(?<![\w'’-] )(?<!\w)" + re.escape(last) + r"\b", text[gm.end() :]
        ):
            add(person, max(set(states), key=states.count))
    # "the movement's elderly leader, Father Augustin Diamacoune Senghor": the side named before
    for sm in _SIDE_PERSON.finditer(text):
        want = "state" if sm.group("side").lower() == "government" else "group"
        prior = [m.code for m in parties if m.end <= sm.start() and kinds.get(m.code) == want]
        if not prior:
            continue
        code = prior[-1] if want == "group" else max(set(prior), key=prior.count)
        person = sm.group("person")
        add(person, code)
        for word in person.split()[1:-1]:  # "Diamacoune told the crowd": a middle name alone
            if len(word) > 3 and word not in lex.party_alias:
                out.setdefault(word, (code, "person"))
    # "the assembly elected Abdi Hassan, a former minister, as president": the new head of the
    # state the text names most
    states = Counter(
        m.code
        for m in parties
        if kinds.get(m.code) == "state"
        and m.form == "name"
        and names_a_country(re.sub(r"['’]s?$", "", m.text))  # "Sudan", not "Nairobi"
    )
    if states:
        for em in _ELECTED_HEAD.finditer(text):
            add(em.group("person"), states.most_common(1)[0][0])
    return out


_ELECTED_HEAD = re.compile(
    r"\b(?:elected|appointed|installed|chose|named)\s+" + _PERSON + r"(?:,[^,.;]{3,80},)?\s+as\s+"
    r"(?:the\s+)?(?:country's\s+)?(?:new\s+|interim\s+|transitional\s+)?"
    r"(?:president|prime minister|head of state)\b"
)


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
