"""Whom a position is about and where: the subject and objects of one hit.

The subject is the nearest other party in the hit's clause (else in the sentence); the objects are
the places of the clause, or of an earlier sentence that "these regions" points back to, or for a
territorial question the state named (its disputed part when the text names one).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

import pycountry

from accord.extract.analysis import Hit, Mention, Speaker
from accord.extract.clauses import clause_end, clause_start
from accord.extract.holder_patterns import REGION_ANAPHOR, THE_TERRITORY
from accord.model import JOINT

if TYPE_CHECKING:
    from accord.codebook import Codebook

OBJECT_ISSUES_EXTRA = {"forces.withdrawal", "forces.demilitarized_zone"}

#: a demonym that names a place, not an actor: "as Russian territory", "from Lebanese villages"
_PLACE_NOUN = re.compile(
    r"\s+(?:territory|territories|land|lands|soil|village|villages|town|towns|border|borders|"
    r"side|airspace|waters|region|regions|province|provinces|capital|city|cities)\b",
    re.I,
)
#: a state named as a place: "withdraw from the sovereign territory of Armenia"
_PLACE_OF = re.compile(r"\b(?:territory|territories|soil|land|lands)\s+of\s+(?:the\s+)?$", re.I)
#: a proposition whose subject acts ("{subject} withdraws its forces"), not one about a place or
#: a recipient ("Elections are held in {subject}", "{subject} receives ... funding")
_ACTING = re.compile(r"\{subject\}(?:'s armed| (?!receives))")
#: a possessive next to the cue names whose forces, arms or territory: "withdraw all its troops",
#: "its army would withdraw", "lay down their weapons"
#: ("withdraw from our villages" is a place, not the actor)
_NOT_AFTER_PLACE_WORD = r"(?<!\bfrom )(?<!\bin )(?<!\bon )(?<!\binto )(?<!\bto )"
_POSSESSIVE_BEFORE = re.compile(
    rf"{_NOT_AFTER_PLACE_WORD}\b(its|their|our|my)\s+(?:[\w-]+\s+){{0,2}}$", re.I
)
_POSSESSIVE_AFTER = re.compile(
    rf"\s*(?:[\w-]+\s+){{0,2}}?{_NOT_AFTER_PLACE_WORD}(its|their|our|my)\b", re.I
)
#: a demanded clause whose actor is a common noun: "wants the army to pull out its units", "expects
#: the militants to leave their weapons": "its", "their" are that noun's, not the holder's
_DEMANDED_NOUN = re.compile(
    r"\b(?:that|wants?|wanted|expects?|expected|urges?|urged|asks?|asked|calls? on|called on)\s+"
    r"(?:the|all|any)\s",
    re.I,
)
#: a subordinate clause after the cue has its own subject: "will not disarm while the FDLR ..."
_SUBORDINATE = re.compile(
    r"\b(?:while|until|once|before|after|unless|if|as long as|so long as|when|because)\b", re.I
)


def subject_objects(
    h: Hit,
    text: str,
    off: int,
    parties: list[Mention],
    places: list[Mention],
    speakers: list[Speaker],
    last_places: list[str],
    codebook: Codebook,
    kinds: Mapping[str, str],
    top_state: str | None = None,
    regions: dict[str, list[str]] | None = None,
    main_place: list[str] | None = None,
) -> None:
    """Set the hit's ``subject`` (the nearest usable party: in the hit's clause, else in the
    sentence, else None to be settled after modality) and its ``objects`` (ISO 3166 codes of the
    places it is about)."""
    issue = codebook.issue(h.issue)
    rel = h.start - off
    lo, hi = off + clause_start(text, rel), off + clause_end(text, h.end - off)
    speaker_spans = {(sp.start, sp.end) for sp in speakers}

    def usable(m: Mention) -> bool:
        if kinds.get(m.code) == "organisation":
            return False
        return not any(a <= m.start and m.end <= b for a, b in speaker_spans)

    if issue.has_subject:
        acting = bool(_ACTING.match(issue.proposition))
        subjects = [m for m in parties if usable(m) and actor(m, h, text, off, acting)]
        cands = [m for m in subjects if lo <= m.start and m.end <= hi]
        if not cands:
            cands = [m for m in subjects if m.code != h.holder]

        def dist(m: Mention) -> tuple[int, int]:
            if h.start <= m.start < h.end:
                return (0, 0)
            if m.end <= h.start:
                return (h.start - m.end, 0)
            return (m.start - h.end, 1)

        own = None
        if issue.proposition.startswith("{subject}"):
            named = [m for m in parties if actor(m, h, text, off, acting)]
            own = possessor(h, text, off, lo, named)
        if own and kinds.get(own) != "organisation":
            h.subject = own
        elif cands:
            h.subject = min(cands, key=dist).code
        else:
            h.subject = None  # settled after modality (see assemble)
    if issue.has_object or h.issue.startswith("territory.") or h.issue in OBJECT_ISSUES_EXTRA:
        objs = [c for m in places if lo <= m.start and m.end <= hi for c in m.codes]
        if not objs and (h.issue.startswith("territory.") or h.issue == "forces.withdrawal"):
            # no place in the clause: the places of the sentence ("Jammu and Kashmir and Ladakh
            # are, and will remain, integral parts of India")
            objs = [c for m in places for c in m.codes]
        if not objs and main_place and THE_TERRITORY.search(text):
            objs = list(main_place)  # "the territory": the one the text is about
        if not objs and REGION_ANAPHOR.search(text) and last_places:
            objs = list(last_places)
        if not objs and h.issue.startswith("territory."):
            # the whole of a state: "a federal state ... under a new constitution for Cyprus"
            own = [m for m in parties if usable(m)]
            objs = country_objects([m for m in own if lo <= m.start and m.end <= hi] or own, kinds)
            if not objs and top_state:
                # no place and no state in the sentence: the state the text is about
                # ("The settlement is put to separate referenda in the two communities")
                country = pycountry.countries.get(alpha_3=top_state)
                objs = [country.alpha_2] if country else []
            # a state named for a territorial question is its disputed part when the text names
            # one ("the territorial integrity of Azerbaijan" in a text about Karabakh)
            objs = [r for c in objs for r in (regions or {}).get(c, [c])]
        h.objects = list(dict.fromkeys(objs))


def actor(m: Mention, h: Hit, text: str, off: int, acting: bool = True) -> bool:
    """Whether mention ``m`` can be the subject of hit ``h``'s proposition: not the subject of a
    subordinate clause after the cue ("will not hand over its weapons while the FDLR remain
    armed") and, when the proposition's subject acts (``acting``), not a demonym of a place
    ("withdraw ... from what is Russian territory", "from the territory of Armenia"; but
    "foreign troops on Libyan soil" is about Libya).

    >>> from accord.extract.analysis import Hit, Mention
    >>> t = "Russia demands that Ukraine withdraw from what is Russian territory."
    >>> h = Hit("forces.withdrawal", 28, 36, "withdraw", 0)
    >>> actor(Mention(50, 57, "Russian", "RUS", "adjective"), h, t, 0)
    False
    >>> t = "The rebels will not disarm while the FDLR remain armed."
    >>> h = Hit("forces.disarmament", 20, 26, "disarm", 0)
    >>> actor(Mention(37, 41, "FDLR", "FDLR", "name"), h, t, 0)
    False
    """
    if acting and m.form == "adjective" and _PLACE_NOUN.match(text, m.end - off):
        return False
    if acting and _PLACE_OF.search(text, max(0, m.start - off - 30), m.start - off):
        return False
    return not (m.start >= h.end and _SUBORDINATE.search(text, h.end - off, m.start - off))


def possessor(h: Hit, text: str, off: int, lo: int, parties: list[Mention]) -> str | None:
    """The party whose forces, arms or land the cue names with a possessive next to it: "our" is
    the holder's; "its", "their" is the nearest party named (not by a demonym) before it in the
    clause, else the holder's ("It will not give up its arms"). None without a possessive.

    >>> from accord.extract.analysis import Hit, Mention
    >>> t = "Moscow demands that Kyiv recognise the regions as Russian and withdraw its troops."
    >>> h = Hit("forces.withdrawal", t.index("withdraw"), t.index("withdraw") + 8, "withdraw", 0)
    >>> h.holder = "RUS"
    >>> kyiv = Mention(20, 24, "Kyiv", "UKR", "name")
    >>> possessor(h, t, 0, 0, [Mention(0, 6, "Moscow", "RUS", "name"), kyiv])
    'UKR'
    >>> t = "It will not give up its arms."
    >>> h = Hit("forces.disarmament", 12, 19, "give up", 0)
    >>> h.holder = "UWSA"
    >>> possessor(h, t, 0, 0, [])
    'UWSA'
    """
    rel, end = h.start - off, h.end - off
    m = _POSSESSIVE_BEFORE.search(text, max(0, rel - 40), rel) or _POSSESSIVE_AFTER.match(
        text, end, end + 30
    )
    if m is None:
        m = re.search(r"\b(its|their|our|my)\b", h.cue, re.I)
        at = h.start
    else:
        at = off + m.start(1)
    if m is None:
        return None
    if m.group(1).lower() in ("our", "my"):
        return h.holder if h.holder != JOINT else None
    named = [p for p in parties if lo <= p.start and p.end <= at and p.form != "adjective"]
    if named:
        return named[-1].code
    if _DEMANDED_NOUN.search(text, lo - off, at - off):
        return None
    return h.holder if h.holder != JOINT else None


def country_objects(mentions: list[Mention], kinds: Mapping[str, str]) -> list[str]:
    """ISO 3166-1 alpha-2 codes of the states named (by name, not demonym) in ``mentions``."""
    out = []
    for m in mentions:
        if m.form != "name" or kinds.get(m.code) != "state":
            continue
        country = pycountry.countries.get(alpha_3=m.code)
        if country is not None:
            out.append(country.alpha_2)
    return list(dict.fromkeys(out))
