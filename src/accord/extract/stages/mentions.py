"""Stage ``accord.find_mentions.v1``: parties and places named in the text (gazetteer lookup).

Reads ``text``; writes ``parties`` and ``places``. Party names match case-sensitively as whole
words, longest alias first; a demonym followed by a group noun ("Russian negotiators", "the
Ukrainian side") is a ``group`` mention, which can hold positions; a bare demonym ("Russian
assets") can only be a subject.

>>> from accord.extract.lexicon import default_lexicon
>>> text = "Moscow wants Kiev out of Zaporozhye oblast."
>>> parties, places = find_mentions(default_lexicon(), text)
>>> [(m.text, m.code) for m in parties], [(m.text, m.codes) for m in places]
([('Moscow', 'RUS'), ('Kiev', 'UKR')], [('Zaporozhye oblast', ('UA-23',))])
"""

from __future__ import annotations

import re

from accord.extract.analysis import Analysis, Mention
from accord.extract.lexicon import Lexicon
from accord.extract.registry import stages


def find_mentions(lex: Lexicon, text: str) -> tuple[list[Mention], list[Mention]]:
    """Party and place mentions of ``text``, in order."""
    parties: list[Mention] = []
    for m in lex.party_re.finditer(text):
        raw = m.group()
        name = raw
        for suffix in ("'s", "’s", "'", "’"):
            if name.endswith(suffix) and name[: -len(suffix)] in lex.party_alias:
                name = name[: -len(suffix)]
                break
        if name not in lex.party_alias:
            continue
        code, form = lex.party_alias[name]
        end = m.end()
        if form == "adjective":
            g = lex.group_re.match(text, end)
            if g:
                form, end = "group", g.end()
        parties.append(Mention(m.start(), end, text[m.start() : end], code, form))
    parties = _plural_sides(lex, text, parties)
    places: list[Mention] = []
    for m in lex.place_re.finditer(text):
        codes = lex.place_alias.get(m.group(1), ())
        if codes and any(p.start < m.start() and m.end() <= p.end for p in parties):
            continue  # "the Organisation of African Unity": a word of a party's name, no place
        if codes:
            places.append(Mention(m.start(), m.end(), m.group(), "", "place", codes))
    return parties, places


_PLURALS: dict[int, tuple[re.Pattern[str], dict[str, str]]] = {}


def _plural_sides(lex: Lexicon, text: str, parties: list[Mention]) -> list[Mention]:
    """"The Iraqis agreed", "the Israelis refused": a plural demonym after "the" is its side (a
    ``group`` mention, which can hold positions); "ordinary Iraqis" is not."""
    if id(lex) not in _PLURALS:
        plural = {
            alias + "s": code
            for alias, (code, form) in lex.party_alias.items()
            if form == "adjective" and alias[-1] in "inh" and alias + "s" not in lex.party_alias
        }
        rx = re.compile(
            r"\b[Tt]he\s+(" + "|".join(re.escape(w) for w in sorted(plural, key=len, reverse=True))
            + r")(?![\w'’-])"
        )
        _PLURALS[id(lex)] = (rx, plural)
    rx, plural = _PLURALS[id(lex)]
    found = [
        Mention(m.start(1), m.end(1), m.group(1), plural[m.group(1)], "group")
        for m in rx.finditer(text)
        if not any(p.start < m.end(1) and m.start(1) < p.end for p in parties)
    ]
    return sorted(parties + found, key=lambda p: p.start) if found else parties


@stages.register("accord.find_mentions.v1", requires=("text",), assigns=("parties", "places"))
def make_find_mentions(lexicon: Lexicon):
    """Find party and place mentions with the gazetteers."""

    def mentions_stage(a: Analysis) -> Analysis:
        a.parties, a.places = find_mentions(lexicon, a.text)
        return a

    return mentions_stage
