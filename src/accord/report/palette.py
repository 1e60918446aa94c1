"""Colors for parties and stances, the same in the web app, the reports and the charts.

Parties take the Okabe–Ito palette (distinguishable with the common color-vision deficiencies)
in the order they are listed; stances have fixed colors.

>>> party_colors(["RUS", "UKR"])["UKR"]
'#0072b2'
>>> STANCE_COLORS["oppose"]
'#d55e00'

References
----------
Okabe, M. and Ito, K. (2008). Color Universal Design (CUD): how to make figures and
presentations that are friendly to colorblind people. https://jfly.uni-koeln.de/color/
"""

from __future__ import annotations

from collections.abc import Iterable

#: Okabe–Ito colors, strong enough for text on white, in the order parties receive them.
PARTY_PALETTE = (
    "#e69f00",
    "#0072b2",
    "#009e73",
    "#cc79a7",
    "#56b4e9",
    "#d55e00",
    "#6f5c00",
    "#444444",
)

#: Colors of a party's stance in the gap matrix and the stance bars.
STANCE_COLORS = {
    "support": "#0072b2",
    "oppose": "#d55e00",
    "mixed": "#cc79a7",
    "none": "#dddddd",
}


def party_colors(parties: Iterable[str]) -> dict[str, str]:
    """Map each party, in order, to a palette color (cycling after eight parties)."""
    return {p: PARTY_PALETTE[i % len(PARTY_PALETTE)] for i, p in enumerate(dict.fromkeys(parties))}


__all__ = ["PARTY_PALETTE", "STANCE_COLORS", "party_colors"]
