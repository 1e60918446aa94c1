"""Datelines: the place (and date) a text or a title opens with, which says where the talks were
held or the report was filed, never who speaks.

"Khartoum, January 2019: the panel's proposal and the replies", "GENEVA, 3 May — Envoys met",
"PORT-AU-PRINCE — The first officers arrived", "Doha, 12 March (Reuters) -": the city is the
venue; the parties that speak come after it.

>>> line = "Khartoum, January 2019: the panel's proposal and the replies"
>>> line[: dateline_end(line)]
'Khartoum, January 2019: '
>>> dateline_end("GENEVA, 3 May — Envoys met on Tuesday.")
16
>>> dateline_end("PORT-AU-PRINCE — The first officers arrived.")
17
>>> dateline_end("Russia: Moscow has said it will not withdraw.") is None
True
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?)"
    rf"(?:,?\s+\d{{4}})?|\d{{4}}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
)
_PLACE = r"[A-Z][\w.'’-]*(?:[ -](?:al-|de |of )?[A-Z][\w.'’-]*){0,3}"
_AGENCY = r"(?:\s*\((?:[A-Z][\w ]{1,20}|AP|AFP|Reuters)\))?"
# "Khartoum, January 2019:", "GENEVA, 3 May —", "Doha, 12 March (Reuters) -"
_PLACE_DATE = re.compile(
    rf"[*_#\s]*(?P<place>{_PLACE}),\s+{_DATE}{_AGENCY}\s*(?:[:—–]|-\s|--)\s*"
)
# "PORT-AU-PRINCE —", "NAIROBI (Reuters) -": a place in capitals before a dash
_CAPS_PLACE = re.compile(
    r"[*_#\s]*(?P<place>[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3})"
    rf"{_AGENCY}\s*(?:—|–|-\s|--)\s*"
)


def dateline(line: str) -> re.Match[str] | None:
    """The dateline a line opens with, or None; group ``place`` is the place."""
    return _PLACE_DATE.match(line) or _CAPS_PLACE.match(line)


def dateline_end(line: str) -> int | None:
    """Where the dateline ``line`` opens with ends, or None when it opens with none."""
    m = dateline(line)
    return m.end() if m else None
