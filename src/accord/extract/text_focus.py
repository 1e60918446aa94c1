"""What a text is about: the state "the government" stands for, the venue of the talks, the
regions and the place it names.

A state named only as the host of the talks ("talks in Khartoum", "Oman hosted the
consultations") or through a city that names a round or a deal ("Geneva II", "the Lusaka
Protocol") is not the state of the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from accord.extract.analysis import Analysis, Mention
from accord.extract.countries import names_a_country
from accord.extract.datelines import dateline, dateline_end
from accord.extract.holder_patterns import (
    GOVERNMENT_AFTER,
    GOVERNMENT_OF,
    HOSTED,
    VENUE_BEFORE,
    VENUE_NAME,
)
from accord.extract.speakers import HolderFinder


def is_venue(text: str, m: Mention) -> bool:
    """A city that names a round of talks ("Geneva II", "the Astana talks"): the venue, not a
    state's voice ("signed in Colombo" still counts for Sri Lanka)."""
    if m.form != "name" or names_a_country(re.sub(r"['’]s?$", "", m.text)):
        return False
    return bool(VENUE_NAME.match(text, m.end))


def hosts_only(text: str, parties: list[Mention]) -> set[str]:
    """States the text names only through the city that hosts the talks ("talks in Khartoum",
    never Sudan or Khartoum as a side): the venue, not the state the text is about.

    >>> t = "Talks in Khartoum on the Central African Republic."
    >>> sorted(hosts_only(t, [Mention(9, 17, "Khartoum", "SDN", "name"),
    ...                         Mention(25, 49, "Central African Republic", "CAF", "name")]))
    ['SDN']
    """
    venue: set[str] = set()
    other: set[str] = set()
    for m in parties:
        if m.code in other:
            continue  # already named as a side
        before = text[max(0, m.start - 30) : m.start]
        at = VENUE_BEFORE.search(before) and not GOVERNMENT_OF.search(before)
        line = text.rfind("\n", 0, m.start) + 1
        dl = dateline(text[line : line + 80]) if m.start - line < 40 else None
        if (
            (dl is not None and m.end <= line + dl.end("place"))
            or HOSTED.match(text, m.end)  # "Oman hosted the consultations"
            or (
                at
                and m.form == "name"
                and not names_a_country(re.sub(r"['’]s?$", "", m.text))
            )
        ):
            venue.add(m.code)
        else:
            other.add(m.code)
    return venue - other


def state_of_text(a: Analysis, kinds: Mapping[str, str], finder: HolderFinder) -> str | None:
    """The state "the government" stands for: the state the title opens with or names, else
    the one whose government the text names, else the one it names most (never a host only)."""
    states = Counter(
        m.code for m in a.parties if kinds.get(m.code) == "state" and not is_venue(a.text, m)
    )
    for code in hosts_only(a.text, a.parties):
        del states[code]  # "talks in Khartoum" on CAR: the host is not the state of the text
    # "the government" is the state whose government the text names ("the Government of
    # El Salvador", "Kenya's government"), else the state it names most
    governed = Counter(
        m.code
        for m in a.parties
        if kinds.get(m.code) == "state"
        and (
            GOVERNMENT_OF.search(a.text, max(0, m.start - 20), m.start)
            or GOVERNMENT_AFTER.match(a.text, m.end)
        )
    )
    top_state = (governed or states).most_common(1)[0][0] if states else None
    # ... unless the title opens with a state: "South Sudan rivals sign power-sharing deal"
    # or names a country: "The Annan Plan for Cyprus" (not a city: "..., Mexico City")
    if a.sentences and a.sentences[0].heading:
        # a dateline opening the title ("Khartoum, January 2019: ...") names the venue
        title_from = a.sentences[0].start + (dateline_end(a.sentences[0].text) or 0)
        for m in a.parties:
            if m.end > a.sentences[0].end:
                break
            if m.start < title_from or finder.docs.match(a.text, m.end + 1):
                continue  # a dateline, or an author: "The Norwegian proposal for Sri Lanka"
            if is_venue(a.text, m):
                continue  # "Geneva II", "Doha Agreement", "LUSAKA PROTOCOL": a venue, no state
            if kinds.get(m.code) == "state" and (
                len(a.text[title_from : m.start].split()) <= 2
                or names_a_country(re.sub(r"['’]s?$", "", m.text))
            ):
                top_state = m.code
                break
    return top_state


def regions_and_main_place(
    places: list[Mention],
) -> tuple[dict[str, list[str]], list[str] | None]:
    """The parts of each state (alpha-2) the text names, and the place it names most (at least
    three times), what "the territory" points to."""
    regions: dict[str, list[str]] = {}  # state (alpha-2) → the parts of it the text names
    for m in places:
        for c in m.codes:
            if re.match(r"[A-Z]{2}-", c) and c not in regions.get(c[:2], []):
                regions.setdefault(c[:2], []).append(c)
    # the place the text names most (at least three times): what "the territory" points to
    named = Counter(tuple(m.codes) for m in places)
    main_place = (
        list(named.most_common(1)[0][0]) if named and named.most_common(1)[0][1] >= 3 else None
    )
    return regions, main_place
