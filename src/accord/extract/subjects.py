"""Whom a position is about and where: the subject and objects of one hit.

The subject is the nearest other party in the hit's clause (else in the sentence); the objects are
the places of the clause, or of an earlier sentence that "these regions" points back to, or for a
territorial question the state named (its disputed part when the text names one).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import pycountry

from accord.extract.analysis import Hit, Mention, Speaker
from accord.extract.clauses import clause_end, clause_start
from accord.extract.holder_patterns import REGION_ANAPHOR, THE_TERRITORY

if TYPE_CHECKING:
    from accord.codebook import Codebook

OBJECT_ISSUES_EXTRA = {"forces.withdrawal", "forces.demilitarized_zone"}


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
        cands = [m for m in parties if lo <= m.start and m.end <= hi and usable(m)]
        if not cands:
            cands = [m for m in parties if usable(m) and m.code != h.holder]

        def dist(m: Mention) -> tuple[int, int]:
            if h.start <= m.start < h.end:
                return (0, 0)
            if m.end <= h.start:
                return (h.start - m.end, 0)
            return (m.start - h.end, 1)

        if cands:
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
