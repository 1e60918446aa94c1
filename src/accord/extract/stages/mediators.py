"""The mediator of a text, and the lines a mediator's plan speaks in.

A report of talks often gives "the mediators' plan" and then each side's reply. The plan is the
mediator's: a state or organisation the text names as leading, brokering or facilitating the
talks ("Algeria led the mediation", "talks mediated by Qatar", "the African Union panel",
"Norwegian facilitators"). "The mediators' plan provides:", "The panel proposes that:", "the
mediation proposed" then speak for that party, and so does a heading "The mediators' proposal".

>>> from accord.extract.analysis import Mention
>>> t = "Algeria led the mediation between Mali and the CMA."
>>> find_mediator(t, [Mention(0, 7, "Algeria", "DZA", "name"), Mention(34, 38, "Mali", "MLI",
...     "name")])
'DZA'
>>> bool(MEDIATOR_SUBJECT.match("The mediators' plan provides:"))
True
"""

from __future__ import annotations

import re

from accord.extract.analysis import Mention

_MEDIATOR_NOUN = r"(?:mediators?|mediation(?:\s+team)?|facilitators?|panel|troika|co-?chairs?)"
_TALKS = r"(?:mediation|talks|negotiations|peace process|process|dialogue)"
# what follows a party that mediates: "Algeria led the mediation", "Qatar mediated", "the
# African Union panel", "Norway's facilitators", "the Qatari-brokered talks"
_AFTER_PARTY = re.compile(
    r"(?:['’]s?)?(?:-(?:led|brokered|mediated|facilitated)\s+" + _TALKS + r"\b|"
    r"\s*,?\s*(?:(?:which|who|has|have|had|also)\s+){0,2}(?:"
    r"(?:led|leads|leading|chaired|chairs|hosted and mediated)\s+(?:the|a|an)\s+(?:\w+\s+)?"
    + _TALKS
    + r"\b|(?:brokered|facilitated|mediated|mediates|mediating|facilitates|brokers)\b"
    r"|(?:(?!and\b|or\b)[a-z]+\s+)?(?:the\s+)?" + _MEDIATOR_NOUN + r"\b))",
    re.I,
)
# before a party that mediates: "mediated by Qatar", "the mediator, Qatar"
_BEFORE_PARTY = re.compile(
    r"\b(?:mediated|brokered|facilitated|chaired|led)\s+by\s+(?:the\s+)?$|"
    r"\b(?:the\s+)?(?:mediators?|facilitators?),?\s+(?:the\s+)?$",
    re.I,
)
# a mention that takes in its noun: "Qatari mediators", "Norwegian facilitators"
_NAMED_AS = re.compile(r"\s" + _MEDIATOR_NOUN + r"$", re.I)
_SUBJECT_NOUN = r"(?:" + _MEDIATOR_NOUN + r"|envoys?)"
_PLAN = (
    r"(?:joint\s+|revised\s+|final\s+|new\s+)?(?:plans?|proposals?|draft|text|paper|roadmap|"
    r"road map|compromise|bridging proposal)"
)
#: a line whose subject is the mediation: "The mediators' plan provides:", "The panel proposes",
#: "Under the envoy's roadmap, the parties would:"
MEDIATOR_SUBJECT = re.compile(
    r"[\s\"“]*(?:(?:In|On)\b[^,]{0,30},\s*)?(?:the|its|their)\s+(?:[\w-]+\s+)?"
    + _SUBJECT_NOUN
    + r"(?:['’]s?)?(?:\s+"
    + _PLAN
    + r")?\s+(?:\w+ly\s+|also\s+|now\s+)?"
    r"(?P<verb>propos\w*|provid\w*|suggest\w*|offer\w*|envisag\w*|foresees?|calls? for|"
    r"sets? out|recommend\w*|urg\w*|asks?|demands?|stipulat\w*|would|puts? forward|includes?)\b"
    r"|[\s\"“]*(?:Under|In|According to)\s+the\s+(?:[\w-]+\s+)?"
    + _SUBJECT_NOUN
    + r"['’]s?\s+(?P<verb2>"
    + _PLAN
    + r")\b",
    re.I,
)
# an organisation's envoy: "the UN special envoy for Yemen", "the AU's envoy"
_ENVOY_AFTER = re.compile(r"(?:['’]s?)?\s+(?:special\s+|personal\s+|chief\s+)?envoys?\b", re.I)


def find_mediator(
    text: str, parties: list[Mention], kinds: dict[str, str] | None = None
) -> str | None:
    """The first party ``text`` names as mediating its talks, or None."""
    for m in parties:
        if (kinds or {}).get(m.code) == "group":
            continue  # an armed group is a side, not a mediator
        if (
            ((kinds or {}).get(m.code) == "organisation" and _ENVOY_AFTER.match(text, m.end))
            or _NAMED_AS.search(m.text)
            or _AFTER_PARTY.match(text, m.end)
            or _BEFORE_PARTY.search(text, max(0, m.start - 40), m.start)
        ):
            return m.code
    return None
