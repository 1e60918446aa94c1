"""People tied to parties: leaders, spokespeople and mediators a text names with their side.

"(LNA) commanded by Khalifa Haftar", "Serbia's prime minister, Ivica Dacic", "KNU chairman Saw
Mutu Say Poe", "the three co-chairs of the Minsk Group": later mentions of the person (or the
title) are mentions of the party. Used by :mod:`accord.extract.stages.parties`.
"""

from __future__ import annotations

import re
from collections import Counter

from accord.extract.analysis import Analysis
from accord.extract.countries import names_a_country
from accord.extract.lexicon import Lexicon

DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|en|ish|ic|i)")

WHO_LEADS = re.compile(
    r"(?P<person>[A-Z][\w'’.-]+(?:\s+(?:al-|el-|bin\s+)?[A-Z][\w'’.-]+){0,3}),\s+who\s+"
    r"(?:leads|heads|chairs|commands|founded|led|headed)\s+(?:the\s+)?$"
)

ACTING_FOR = re.compile(
    r"(?P<person>[A-Z][\w.-]+(?:\s+(?:al-|el-|bin\s+)?[A-Z][\w.-]+){1,3})(?:,[^,.;()]{0,80},)?\s+"
    r"(?:(?:mediating|acting|speaking|negotiating|working)\s+(?:for|on behalf of)|"
    r"(?:opens|opened|chairs|chaired|leads|led)\s+the\s+(?:session|talks|meeting|mediation)\s+"
    r"(?:for|on behalf of))\s+(?:the\s+)?$"
)

POSSESSOR = re.compile(r"(?<![\w'’-])(?P<person>[A-Z][a-z][\w-]+)['’]s\s+$")

# "Mugabe's Zimbabwe African National Union - Patriotic Front (ZANU-PF)": before the acronym
POSSESSOR_LONG = re.compile(
    r"(?<![\w'’-])(?P<person>[A-Z][a-z][\w-]+)['’]s\s+[A-Z][\w'’-]*"
    r"(?:\s+(?:[A-Z][\w'’-]*|of|and|for|the|[-–])){0,9}\s*\($"
)


def group_leaders(lex: Lexicon, a: Analysis) -> dict[str, tuple[str, str]]:
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
            w = ACTING_FOR.search(text[max(0, m.start - 160) : m.start])
            if w:
                words = w.group("person").split()
                for k in range(len(words)):
                    if not DEMONYM.fullmatch(words[k]) and "'" not in words[k]:
                        out.setdefault(" ".join(words[k:]), (m.code, "person"))
            continue
        if m.form == "person" or kinds.get(m.code) != "group":
            continue
        before = text[max(0, m.start - 80) : m.start]
        w = WHO_LEADS.search(before)
        if w:
            words = w.group("person").split()
            for k in range(len(words)):
                name = " ".join(words[k:])
                if name[0].isupper() and not DEMONYM.fullmatch(words[k]):
                    out.setdefault(name, (m.code, "person"))
            continue
        pm = POSSESSOR.search(before) or POSSESSOR_LONG.search(
            text, max(0, m.start - 120), m.start
        )
        if not pm:
            continue
        name = pm.group("person")
        start = pm.start("person") + (0 if pm.re is POSSESSOR_LONG else m.start - len(before))
        if name in lex.party_alias or any(s <= start < e for s, e in places):
            continue
        if re.search(r"[A-Z][\w'’-]*\s+$", text[max(0, start - 40) : start]):
            continue  # "the Delta People's Congress": a word inside the name, no person
        out.setdefault(name, (m.code, "person"))
    return out


MEDIATOR_OF = re.compile(
    r"\b(co-chairs?|co-chairmen|mediators|facilitators)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*\s+(?:of\s+(?:the\s+)?)?){0,8}"
)


def mediator_titles(lex: Lexicon, a: Analysis, defined: dict[str, tuple[str, str]]) -> None:
    """"the three co-chairs of the Minsk Group of the OSCE ... The co-chairs proposed": the
    mediators named by their title speak for the organisation they chair."""
    for m in MEDIATOR_OF.finditer(a.text):
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


TITLE_OF = re.compile(
    r"\b(?:prime ministers?|presidents?|foreign ministers?|ministers?|leaders?|heads?|chiefs?|"
    r"chairm[ae]n|commanders?|negotiators?|envoys?|spokes(?:man|woman|person)|secretary-general)"
    r"\s+(?:of|for)\s+(?:the\s+)?$",
    re.I,
)

# capitals with accents too: "Óscar Arias", "Álvaro Uribe", "Élisabeth Borne"
PERSON = (
    r"(?P<person>[A-ZÀ-ÖØ-Þ][\w'’.-]+"
    r"(?:\s+(?:al-|el-|bin\s+|de\s+|van\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3})"
)

PERSON_RE = re.compile(PERSON)

SIDE_PERSON = re.compile(
    r"\bthe (?P<side>movement|group|rebels|front|militia|government)['’]s?\s+(?:[a-z-]+\s+){0,2}"
    r"(?:leader|chief|head|founder|spokes(?:man|woman|person)|chief negotiator|negotiator|"
    r"commander|commissioner|envoy|minister|representative|adviser|advisor),?\s+(?:(?:Father|Sheikh|General|Colonel|Commander|Dr\.?|Mr\.?|Ms\.?)\s+)?"
    + PERSON
)

INCLUDING = re.compile(
    r",?\s+(?:including|such as|among them)\s+(?P<p1>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
    r"(?:\s+and\s+(?P<p2>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}))?\b"
)

GOVERNMENT_OF_PERSON = re.compile(
    r"\bthe (?:government|administration|cabinet) of (?:(?:President|Prime Minister|Premier)\s+)?"
    r"(?P<person>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\b(?!\s+(?:of|for)\b)"
)

LED_BY = re.compile(r"\s+(?:is|was|will be|are|were)\s+(?:led|headed)\s+by\s+" + PERSON)

TITLE_OF_PARTY = (
    r",\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:chairman|chairwoman|chair|leader|head|president|"
    r"prime minister|minister|commander|spokes(?:man|woman|person)|envoy)\s+of\s+(?:the\s+)?$"
)

PERSON_TITLE_OF = re.compile(
    PERSON + r",\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:president|leader|head|chief|chairm[ae]n|"
    r"commander|spokes(?:man|woman|person)|chief negotiator|secretary-general)\s+(?:of|for)\s+"
    r"(?:the\s+)?$"
)

GOV_LED_BY = re.compile(
    r"\b[Tt]he government(?:['’]s)? (?:delegation|team|side|negotiators),? (?:was |is |were )?"
    r"(?:led|headed) by (?:(?:Foreign|Prime|Interior|Defen[cs]e|Deputy)\s+Minister\s+|"
    r"(?:[A-Z][a-z]+\s+)?(?:Minister|President|General|Ambassador)\s+)?"
    r"(?P<person>[A-Z][\w'’-]+(?:\s+(?:al-|el-|bin\s+|de\s+)?[A-Z][\w'’-]+){1,3})"
)

# "Government delegation head and foreign minister Abdulmalik al-Mikhlafi"
GOV_TITLED = re.compile(
    r"\b[Gg]overnment (?:delegation head|negotiator|spokes(?:man|woman|person)|chief negotiator|"
    r"envoy)(?: and (?:[a-z-]+ ){0,2}(?:minister|head|chief|negotiator))?,? "
    r"(?P<person>[A-Z][\w'’-]+(?:\s+(?:al-|el-|bin\s+|de\s+)?[A-Z][\w'’-]+){1,3})"
)

# the person after a side's title: "Serbia's prime minister, Ivica Dacic", "the Houthi spokesman
# and chief negotiator, Ahmed Saleh"
AFTER_TITLE = re.compile(
    r"(?:\s+(?:head|chief|negotiator|leader|spokes(?:man|woman|person)))?(?:\s+of\s+[a-z]+)?,?\s+"
    + PERSON
)

TWO_PERSONS = re.compile(
    r",?\s+(?P<p1>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\s+and\s+"
    r"(?P<p2>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\b"
)

ELECTED_HEAD = re.compile(
    r"\b(?:elected|appointed|installed|chose|named)\s+" + PERSON + r"(?:,[^,.;]{3,80},)?\s+as\s+"
    r"(?:the\s+)?(?:country's\s+)?(?:new\s+|interim\s+|transitional\s+)?"
    r"(?:president|prime minister|head of state)\b"
)

TITLE_ABBR = {"Gen", "Col", "Capt", "Maj", "Sgt", "Lieut", "Rev", "Sen", "Rep", "Gov", "Pres"}
TITLE_ABBR |= {"Prof", "Mrs", "Hon", "Amb", "Adm", "Brig", "Cdr"}


def name_before_full_stop(person: str) -> str:
    """A name ends at a full stop after a word longer than an initial: "Viktor Chernomyrdin.
    What remained" is "Viktor Chernomyrdin" (but "J. Smith" and "Dr. Ali" stay whole).

    >>> name_before_full_stop("Viktor Chernomyrdin. What"), name_before_full_stop("J. Smith")
    ('Viktor Chernomyrdin', 'J. Smith')
    """
    words = person.split()
    for k, w in enumerate(words):
        stem = w.rstrip(".")
        if w.endswith(".") and len(stem) > 2 and "." not in stem and stem not in TITLE_ABBR:
            return " ".join([*words[:k], stem])
    return person


def tied_people(lex: Lexicon, a: Analysis) -> dict[str, tuple[str, str]]:
    """People the text ties to a party by apposition: "Serbia's prime minister, Ivica Dacic",
    "Kenyan Foreign Minister Amina Mohamed", "Amina Mohamed, Kenya's foreign minister", "the
    prime ministers of Serbia and Kosovo, Ivica Dacic and Hashim Thaci"."""
    text = a.text
    out: dict[str, tuple[str, str]] = {}
    group = lex.group_re

    def add(person: str, code: str) -> None:
        person = name_before_full_stop(person.strip())
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
            pm = AFTER_TITLE.match(text, end)
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
            inc = INCLUDING.match(text, end) if g else None
            if inc:
                for person in (inc.group("p1"), inc.group("p2")):
                    if person:
                        add(person, m.code)
                continue
        # "the prime ministers of Serbia and Kosovo, Ivica Dacic and Hashim Thaci"
        before = text[max(0, m.start - 40) : m.start]
        if TITLE_OF.search(before):
            nxt = parties[k + 1] if k + 1 < len(parties) else None
            if nxt and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[m.end : nxt.start]):
                two = TWO_PERSONS.match(text, nxt.end)
                if two:
                    add(two.group("p1"), m.code)
                    add(two.group("p2"), nxt.code)
                    continue
            pm = re.compile(r",\s+" + PERSON).match(text, m.end)
            if pm:
                add(pm.group("person"), m.code)
                continue
            # "Ahmad al-Jarba, president of the Syrian National Coalition"
            back = PERSON_TITLE_OF.search(text[max(0, m.start - 90) : m.start])
            if back:
                add(back.group("person"), m.code)
                continue
        # "The South Ossetian delegation is led by Torez Kulumbegov"
        led = LED_BY.match(text, end) if end >= 0 else None
        if led:
            add(led.group("person"), m.code)
            continue
        # "Eduard Shevardnadze, chairman of Georgia's State Council"
        back = re.search(PERSON + TITLE_OF_PARTY, text[max(0, m.start - 80) : m.start])
        if back and m.form != "adjective":
            add(back.group("person"), m.code)
            continue
        # "Amina Mohamed, Kenya's foreign minister" / "Amina Mohamed, the Kenyan prime minister"
        back = re.search(PERSON + r",\s+(?:the\s+)?$", text[max(0, m.start - 60) : m.start])
        if back and (g or m.form == "group"):
            add(back.group("person"), m.code)
    kinds = a.kinds(lex.party_kind)
    for lm in [*GOV_LED_BY.finditer(text), *GOV_TITLED.finditer(text)]:
        # "The government delegation was led by Foreign Minister Walid al-Muallem"
        states = [m.code for m in parties if kinds.get(m.code) == "state"]
        if states:
            add(lm.group("person"), max(set(states), key=states.count))
    # "the government of Jose Luis Rodriguez Zapatero ... Zapatero told reporters": the head of
    # the state the text names most
    states = [m.code for m in parties if kinds.get(m.code) == "state"]
    for gm in GOVERNMENT_OF_PERSON.finditer(text):
        person = gm.group("person")
        last = person.split()[-1]
        if states and re.search(
            r"(?<![\w'’-] )(?<!\w)" + re.escape(last) + r"\b", text[gm.end() :]
        ):
            add(person, max(set(states), key=states.count))
    # "the movement's elderly leader, Father Augustin Diamacoune Senghor": the side named before
    for sm in SIDE_PERSON.finditer(text):
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
        for em in ELECTED_HEAD.finditer(text):
            add(em.group("person"), states.most_common(1)[0][0])
    return out
