"""Clause boundaries inside a sentence, shared by the stance, condition and holder stages.

A hard boundary is ``;``, ``:``, a dash, or a contrastive conjunction ("while", "but",
"whereas"). A comma is a boundary when a verb starts the words after it ("..., grant amnesty",
"..., directly countering proposals"), not when a list of nouns goes on ("aid, intelligence
sharing and arms supplies").

>>> s = "Russia wants Ukraine to forgo any claims for damages, grant amnesty and adopt neutrality."
>>> s[clause_start(s, s.index("amnesty")):].strip()
'grant amnesty and adopt neutrality.'
>>> s = "Moscow seeks a halt to aid, intelligence sharing and arms supplies."
>>> clause_start(s, s.index("arms"))
0
"""

from __future__ import annotations

import re

ACTION_VERBS = (
    "adopt|relinquish|prohibit|grant|establish|recogni[sz]e|accept|withdraw|join|return|release|lift|"
    "hold|ensure|guarantee|provide|allow|permit|stop|halt|cease|respect|restore|remove|pay|compensate|"
    "cede|hand|give|disband|disarm|dissolve|ban|make|create|set|form|reduce|limit|cap|abandon|renounce|"
    "forgo|forego|drop|waive|open|reopen|close|exchange|free|amend|change|host|deploy|station|send|"
    "supply|deliver|share|freeze|unfreeze|use|finance|fund|rebuild|reconstruct|repeal|abolish|legali[sz]e|"
    "enshrine|protect|lay|surrender|demobili[sz]e|suspend|resume|continue|negotiate|meet|sign|ratify|"
    "implement|comply|submit|pull|recogni[sz]e|acknowledge|end|keep|maintain|seek|refuse|reject|halt|"
    "conduct|organi[sz]e|elect|integrate|transfer|allocate|ease|introduce|appoint|stay|remain|leave|"
    "refrain|renew|extend|launch|begin|start|agree|commit|pledge|promise|offer|propose|demand|insist|"
    "call|request|require|want|urge|ask|push|press|sign|accede|abide|observe|monitor|verify|declare|"
    "announce|hand|bring|take|put|cut|curb|dismantle|neutrali[sz]e|decommission|repatriate|reunite|"
    "respect|uphold|defend|preserve|prevent|stop|block|isolate|counter|oppose|forbid|bar|replace|"
    "abolish|scrap|install|run|govern|administer|lead|become|receive|return"
)
_ACTION = re.compile(rf"\b(?:{ACTION_VERBS})(?:s|es|ed|d|ing)?\b", re.I)
_VERBISH_START = re.compile(
    rf"\s*(?:(?:and|or|then|also|but|to)\s+)?(?:\w+ly\s+)?(?:(?:{ACTION_VERBS})(?:s|es|ed|d)?\b|\w+ing\b|"
    r"(?:must|should|shall|will|would|may|can|could)\b)",
    re.I,
)
_HARD = re.compile(
    r";|:|\s[—–-]\s|,?\s+(?:while|whereas|but|although|though|however|meanwhile)\s|\(|\)|"
    r",\s+(?:which|who|whose|whom)\s|(?:,|\band)\s+that\s|"
    # "wants a vote within a year and says X should not stand": a new reporting verb
    r",?\s+and\s+(?:also\s+)?(?:says|said|adds|added|insists|insisted|argues|argued|warns|warned)\s|"
    # a full stop inside a quotation the splitter kept whole; a purpose clause
    r"[.!?][\"”’]?\s+(?=[\"“‘]?[A-Z])|\bso that\s|"
    # a deadline: "will not talk until the road reopens" does not negate the reopening
    r"\buntil\s",
    re.I,
)


def is_action_verb(word: str) -> bool:
    """Whether ``word`` is a form of a verb that demands and agreements act with.

    >>> is_action_verb("withdraws"), is_action_verb("aid")
    (True, False)
    """
    return bool(_ACTION.fullmatch(word))


def has_action_verb(text: str) -> bool:
    """Whether ``text`` holds a form of an action verb."""
    return bool(_ACTION.search(text))


def clause_start(sentence: str, pos: int) -> int:
    """Start (offset into ``sentence``) of the clause that holds ``pos``."""
    start = 0
    for m in _HARD.finditer(sentence, 0, pos):
        start = m.end()
    i = sentence.rfind(",", start, pos)
    while i != -1:
        if _VERBISH_START.match(sentence, i + 1, pos + 40):
            return i + 1
        i = sentence.rfind(",", start, i)
    return start


def clause_end(sentence: str, pos: int) -> int:
    """End (offset into ``sentence``) of the clause that holds ``pos``: the next hard boundary."""
    m = _HARD.search(sentence, pos)
    if m:
        return m.start()
    return len(sentence)


__all__ = ["clause_end", "clause_start", "has_action_verb", "is_action_verb"]
