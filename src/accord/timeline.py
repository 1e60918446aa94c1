"""Positions across rounds: each party's stand per issue in each round, and what changed.

A pure function over :class:`~accord.model.Document` s (no I/O). Documents fall into rounds by
``meta.round``, else ``meta.date``, else their name; rounds are ordered by their earliest date,
then by label (``2`` before ``10``). In each round a party's *stand* on an issue gathers its
provisions there: the stance (``mixed`` when they disagree), the firmest modality (demand >
position > commitment > offer) and whether it is conditional (every provision has conditions).

Between two consecutive rounds in which a party speaks at all, on each issue:

- ``added``: a stand appears; ``dropped``: it disappears;
- ``reversed``: the stance flips (support ↔ oppose);
- ``softened``: a demand becomes an offer or commitment; ``hardened``: the reverse;
- ``made_conditional`` / ``made_unconditional``: conditions appear / all disappear.

A party absent from a round (no provision in it) has dropped nothing: rounds it skipped are
not compared.

>>> from accord.model import Document, DocumentMeta, Evidence, Provision
>>> def doc(rnd, *stands):
...     return Document(meta=DocumentMeta(name=f"r{rnd}.txt", round=str(rnd)), text="x" * 10,
...         provisions=[Provision(holder="RUS", issue=i, stance=s, modality=m, conditions=c,
...             evidence=Evidence(start=0, end=1)) for i, s, m, c in stands])
>>> t = build_timeline([
...     doc(1, ("alignment.neutrality", "support", "demand", []),
...            ("territory.recognition", "support", "demand", [])),
...     doc(2, ("alignment.neutrality", "support", "offer", []),
...            ("ceasefire.general", "support", "demand", ["elections are held"])),
... ])
>>> for c in t.changes:
...     print(c.kind, c.issue)
softened alignment.neutrality
added ceasefire.general
dropped territory.recognition
>>> t.changes[0].summary
'RUS softened its demand into an offer on alignment.neutrality (round 1 → 2)'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel

from accord.model import Document, Evidence, Modality, Provision, Stance

ChangeKind = Literal[
    "added",
    "dropped",
    "reversed",
    "softened",
    "hardened",
    "made_conditional",
    "made_unconditional",
]
FIRMNESS: dict[str, int] = {"demand": 3, "position": 2, "commitment": 1, "offer": 0}
ARTICLE = {"demand": "a demand", "offer": "an offer", "commitment": "a commitment"}


class Round(BaseModel):
    """A round of the talks: its label, earliest date and the documents in it."""

    label: str
    date: dt.date | None = None
    documents: list[str] = []


class Stand(BaseModel):
    """One party's position on one issue in one round, with the provisions behind it."""

    round: str
    date: dt.date | None = None
    stance: Stance | Literal["mixed"]
    modality: Modality
    conditional: bool = False
    conditions: list[str] = []
    provisions: list[Provision] = []


class Change(BaseModel):
    """What changed in a party's position on an issue from one round to the next."""

    party: str
    issue: str
    kind: ChangeKind
    before_round: str
    after_round: str
    before: Stand | None = None
    after: Stand | None = None
    summary: str


class Track(BaseModel):
    """A party's stands on an issue, in round order (only rounds where it took one)."""

    party: str
    issue: str
    stands: list[Stand]


class Timeline(BaseModel):
    """Rounds in order, each party's track per issue, and the changes between rounds."""

    rounds: list[Round] = []
    tracks: list[Track] = []
    changes: list[Change] = []


def _natural(label: str) -> list[tuple[int, int | str]]:
    return [(0, int(t)) if t.isdigit() else (1, t.lower()) for t in re.findall(r"\d+|\D+", label)]


def round_label(doc: Document) -> str:
    """The round a document belongs to: ``meta.round``, else its date, else its name."""
    m = doc.meta
    if m.round:
        return m.round
    if m.date:
        return m.date.isoformat()
    return m.name


def order_rounds(docs: Iterable[Document]) -> list[Round]:
    """The rounds of ``docs``, ordered by earliest date (undated last), then by label."""
    rounds: dict[str, Round] = {}
    for d in docs:
        r = rounds.setdefault(round_label(d), Round(label=round_label(d)))
        r.documents.append(d.meta.name)
        if d.meta.date and (r.date is None or d.meta.date < r.date):
            r.date = d.meta.date
    return sorted(
        rounds.values(),
        key=lambda r: (r.date is None, r.date or dt.date.min, _natural(r.label)),
    )


def stand_of(provisions: list[Provision], round: str, date: dt.date | None = None) -> Stand:
    """Summarise one party's provisions on one issue in one round."""
    stances = {p.stance for p in provisions}
    modality = max((p.modality for p in provisions), key=lambda m: FIRMNESS[m])
    conditions = list(dict.fromkeys(c for p in provisions for c in p.conditions))
    return Stand(
        round=round,
        date=date,
        stance=stances.pop() if len(stances) == 1 else "mixed",
        modality=modality,
        conditional=all(p.conditions for p in provisions),
        conditions=conditions,
        provisions=provisions,
    )


def _what(s: Stand) -> str:
    return ARTICLE.get(s.modality, "a position")


def compare_stands(
    party: str, issue: str, before: Stand | None, after: Stand | None, rounds: tuple[str, str]
) -> list[Change]:
    """The changes from ``before`` to ``after`` (either may be None: no stand in that round)."""
    span = f"(round {rounds[0]} → {rounds[1]})"

    def change(kind: ChangeKind, text: str) -> Change:
        return Change(
            party=party,
            issue=issue,
            kind=kind,
            before_round=rounds[0],
            after_round=rounds[1],
            before=before,
            after=after,
            summary=f"{party} {text} on {issue} {span}",
        )

    if before is None and after is None:
        return []
    if before is None:
        assert after is not None
        return [change("added", f"added {_what(after)} ({after.stance})")]
    if after is None:
        return [change("dropped", f"dropped {_what(before)} ({before.stance})")]
    out = []
    if {before.stance, after.stance} == {"support", "oppose"}:
        out.append(
            change("reversed", f"reversed its stance from {before.stance} to {after.stance}")
        )
    if before.modality == "demand" and after.modality in ("offer", "commitment"):
        out.append(change("softened", f"softened its demand into {_what(after)}"))
    elif before.modality in ("offer", "commitment") and after.modality == "demand":
        out.append(change("hardened", f"hardened {_what(before)} into a demand"))
    if not before.conditional and after.conditional:
        out.append(change("made_conditional", f"made its {before.modality} conditional"))
    elif before.conditional and not after.conditional:
        out.append(change("made_unconditional", f"dropped the conditions of its {after.modality}"))
    return out


def _matches(code: str, issue: str | None) -> bool:
    return issue is None or code == issue or code.split(".", 1)[0] == issue


def build_timeline(
    documents: Iterable[Document], *, party: str | None = None, issue: str | None = None
) -> Timeline:
    """Each party's stand per issue across rounds, and what changed between rounds.

    Parameters
    ----------
    documents
        Documents with provisions; their ``meta.round`` / ``meta.date`` place them in rounds.
    party
        Keep only this holder (case-insensitive).
    issue
        Keep only this issue code, or every issue of this group (``alignment``).
    """
    docs = list(documents)
    rounds = order_rounds(docs)
    index = {r.label: i for i, r in enumerate(rounds)}
    want = party.strip().upper() if party else None
    # by_round[i][(holder, issue)] -> provisions; speaks[i] = holders with any provision
    by_round: list[dict[tuple[str, str], list[Provision]]] = [{} for _ in rounds]
    speaks: list[set[str]] = [set() for _ in rounds]
    for d in docs:
        i = index[round_label(d)]
        for p in d.provisions:
            speaks[i].add(p.holder)
            if (want and p.holder.upper() != want) or not _matches(p.issue, issue):
                continue
            ev = p.evidence
            if ev.document is None:
                ev = Evidence(start=ev.start, end=ev.end, text=ev.text, document=d.meta.name)
                p = p.model_copy(update={"evidence": ev})
            by_round[i].setdefault((p.holder, p.issue), []).append(p)
    keys = sorted({k for r in by_round for k in r})
    tracks: list[Track] = []
    changes: list[Change] = []
    for holder, code in keys:
        stands: list[Stand] = []
        prev: tuple[str, Stand | None] | None = None
        for i, r in enumerate(rounds):
            if holder not in speaks[i]:
                continue
            provs = by_round[i].get((holder, code))
            stand = stand_of(provs, r.label, r.date) if provs else None
            if stand:
                stands.append(stand)
            if prev is not None:
                changes.extend(compare_stands(holder, code, prev[1], stand, (prev[0], r.label)))
            prev = (r.label, stand)
        tracks.append(Track(party=holder, issue=code, stands=stands))
    changes.sort(key=lambda c: (index[c.after_round], c.party, c.issue))
    return Timeline(rounds=rounds, tracks=tracks, changes=changes)


__all__ = [
    "Change",
    "Round",
    "Stand",
    "Timeline",
    "Track",
    "build_timeline",
    "compare_stands",
    "order_rounds",
    "round_label",
    "stand_of",
]
