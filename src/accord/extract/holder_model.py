"""A learned re-ranker of holders: candidates, features and a small logistic regression.

The holder rules (``accord.attribute_holders.v1``) choose one holder per hit. The re-ranker
(stage ``accord.rerank_holders.v1``, :mod:`accord.extract.stages.rerank`) looks again: for each
hit it lists candidate holders (the rules' choice, ``JOINT``, the author, the speakers and
parties of this and the previous sentence, the section's voice, the last speaker and the
parties the text names most), describes each by a few features (is it the rules' choice and by
which rule, does it speak in this sentence, how long since it last spoke or was named, is it
the section's voice, the author, ``JOINT`` in an agreement, its kind and share of mentions ...)
and scores it with a logistic regression trained on gold files
(``tools/train_holder_model.py``). The weights ship as ``data/holder_model.json``.

>>> m = HolderModel({"bias": -1.0, "weights": {"is_rule": 2.0}})
>>> round(m.score({"is_rule": 1.0}), 3)
0.731
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from accord.extract.analysis import Analysis, Hit
from accord.model import JOINT

#: The rule families of ``Hit.holder_rule`` the features tell apart (the part before any "+").
RULES = (
    "speech",
    "context",
    "agreement-text",
    "anaphora",
    "document",
    "joint",
    "agreement",
    "reporting",
    "agent",
    "undertaking",
    "we",
    "apposition",
    "agreement-reported",
    "unnamed",
    "mediator",
)

#: Every feature, in a fixed order (the model's weights are named by these).
FEATURES = (
    "is_rule",
    *(f"rule={r}" for r in RULES),
    "rule=other",
    "is_rule_agreement",
    "is_rule_author_doc",
    "is_rule_venue",
    "is_rule_mediator",
    "is_rule_organisation",
    "is_rule_stale",
    "is_rule_no_speaker",
    "speaker_here",
    "speaker_before",
    "speaker_after",
    "speaker_post",
    "mentioned_here",
    "mentioned_before",
    "mentioned_prev",
    "spoke_recency",
    "never_spoke",
    "mention_recency",
    "never_mentioned",
    "last_speaker",
    "section_voice",
    "author",
    "joint",
    "joint_agreement",
    "joint_item",
    "joint_commit_cue",
    "joint_author_doc",
    "joint_no_speaker",
    "joint_future",
    "joint_deal_doc",
    "mediator",
    "kind=state",
    "kind=group",
    "kind=organisation",
    "state_government_word",
    "group_word",
    "joint_sides_word",
    "share",
    "top_mentioned",
    "in_title",
    "subject",
    "venue_share",
    "n_candidates",
)

_FUTURE = re.compile(r"\b(?:(?:is|are) to|will|shall|would)\b", re.I)
_DEAL = re.compile(r"\b(?:signed|signing|agreement|accord|deal|charter|treaty|protocol)\b", re.I)
_GOVERNMENT_WORD = re.compile(
    r"\b(?:government|administration|authorities|president|regime)\b", re.I
)
_GROUP_WORD = re.compile(
    r"\b(?:rebels?|movement|group|front|militias?|fighters|insurgents|guerrillas?|opposition)\b",
    re.I,
)
_SIDES_WORD = re.compile(r"\b(?:parties|sides|signatories|delegations|both|two|each other)\b", re.I)
_COMMIT = re.compile(
    r"\b(?:shall|agree\w*|commit\w*|undertak\w*|pledg\w*|signed|sign|will|accept\w*)\b", re.I
)
# a party named as a place or host, not as an actor: "in Djibouti", "hosted by Qatar"
_VENUE_BEFORE = re.compile(
    r"\b(?:in|at|to|from|hosted by|host(?:s|ed)?|mediated by|visit(?:ed)? to|visit(?:ed)?|"
    r"capital of|venue)\s+(?:the\s+)?$",
    re.I,
)


def _rule_family(rule: str) -> str:
    base = rule.split("+", 1)[0]
    return base if base in RULES else "other"


@dataclass
class DocContext:
    """What the features need of a whole document, computed once per analysis."""

    kinds: Any
    counts: Counter[str]
    total: int
    mentions_at: dict[str, list[int]]  # code → sentences naming it, sorted
    spoke_at: dict[str, list[int]]  # code → sentences where it is a speaker, sorted
    by_sentence: dict[int, list]
    voice_at: list[str | None]  # the voice of the section or label each sentence is in
    last_speaker_at: list[str | None]  # who spoke last before each sentence
    venue: dict[str, float]
    title: set[str]
    top: list[str] = field(default_factory=list)
    mediator: str | None = None
    deal: float = 0.0  # how much the text talks of a deal (signed, agreement, accord ...)

    @classmethod
    def of(cls, a: Analysis, base_kinds: dict[str, str]) -> DocContext:
        kinds = a.kinds(base_kinds)
        counts = Counter(m.code for m in a.parties)
        by_sentence = a.by_sentence(a.parties)
        mentions_at: dict[str, list[int]] = {}
        for i in sorted(by_sentence):
            for c in dict.fromkeys(m.code for m in by_sentence[i]):
                mentions_at.setdefault(c, []).append(i)
        spoke_at: dict[str, list[int]] = {}
        for i in sorted(a.speakers):
            for c in dict.fromkeys(sp.code for sp in a.speakers[i]):
                spoke_at.setdefault(c, []).append(i)
        voice_at: list[str | None] = []
        last_at: list[str | None] = []
        voice = last = None
        for i, s in enumerate(a.sentences):
            if s.voice and not s.voice.startswith("@"):
                voice = s.voice
            voice_at.append(voice)
            last_at.append(last)
            sps = a.speakers.get(i) or []
            if sps:
                last = sps[-1].code
        venue_n: Counter[str] = Counter()
        for m in a.parties:
            if _VENUE_BEFORE.search(a.text, max(0, m.start - 25), m.start):
                venue_n[m.code] += 1
        venue = {c: venue_n[c] / n for c, n in counts.items()}
        title = set()
        if a.sentences and a.sentences[0].heading:
            title = {m.code for m in by_sentence.get(0, [])}
        top = [c for c, _ in counts.most_common(3)]
        from accord.extract.stages.mediators import find_mediator  # (stages import this module)

        mediator = find_mediator(a.text, a.parties, kinds)
        deal = min(len(_DEAL.findall(a.text)) / max(len(a.sentences), 1), 1.0)
        return cls(
            kinds,
            counts,
            max(sum(counts.values()), 1),
            mentions_at,
            spoke_at,
            by_sentence,
            voice_at,
            last_at,
            venue,
            title,
            top,
            mediator,
            deal,
        )


def _recency(at: list[int], i: int) -> tuple[float, float]:
    """(1 / (1 + sentences since the last of ``at`` up to ``i``), never-before flag)."""
    k = bisect.bisect_right(at, i)
    if k == 0:
        return 0.0, 1.0
    return 1.0 / (1 + i - at[k - 1]), 0.0


def candidates(a: Analysis, h: Hit, ctx: DocContext) -> list[str]:
    """The holders the re-ranker chooses among for hit ``h`` (the rules' choice first)."""
    i = h.sentence
    out: list[str] = []
    if h.holder:
        out.append(h.holder)
    out.append(JOINT)
    if a.meta.author:
        out.append(a.meta.author)
    out += [sp.code for sp in a.speakers.get(i) or []]
    for j in (i, i - 1):
        out += [m.code for m in ctx.by_sentence.get(j, [])]
    if ctx.voice_at and ctx.voice_at[i]:
        out.append(ctx.voice_at[i])  # type: ignore[arg-type]
    if ctx.last_speaker_at and ctx.last_speaker_at[i]:
        out.append(ctx.last_speaker_at[i])  # type: ignore[arg-type]
    out += ctx.top
    return list(dict.fromkeys(out))


def features(a: Analysis, h: Hit, cand: str, ctx: DocContext, n_cands: int) -> dict[str, float]:
    """The features of candidate holder ``cand`` for hit ``h`` (absent features are 0)."""
    i = h.sentence
    s = a.sentences[i]
    f: dict[str, float] = {}
    if cand == h.holder:
        f["is_rule"] = 1.0
        f[f"rule={_rule_family(h.holder_rule)}"] = 1.0
        if a.agreement:
            f["is_rule_agreement"] = 1.0
        if a.meta.author and a.meta.author != JOINT:
            f["is_rule_author_doc"] = 1.0
        f["is_rule_venue"] = ctx.venue.get(cand, 0.0)
        if cand == ctx.mediator:
            f["is_rule_mediator"] = 1.0
        if ctx.kinds.get(cand) == "organisation":
            f["is_rule_organisation"] = 1.0
        if h.holder_rule in ("context", "agreement-text", "anaphora"):
            f["is_rule_stale"] = 1.0 - _recency(ctx.spoke_at.get(cand, []), i - 1)[0]
        if not a.speakers.get(i):
            f["is_rule_no_speaker"] = 1.0
    sps = [sp for sp in a.speakers.get(i) or [] if sp.code == cand]
    if sps:
        f["speaker_here"] = 1.0
        if any(sp.start <= h.start for sp in sps):
            f["speaker_before"] = 1.0
        if any(sp.start > h.start for sp in sps):
            f["speaker_after"] = 1.0
        if any(sp.post for sp in sps):
            f["speaker_post"] = 1.0
    here = [m for m in ctx.by_sentence.get(i, []) if m.code == cand]
    if here:
        f["mentioned_here"] = 1.0
        if any(m.end <= h.start for m in here):
            f["mentioned_before"] = 1.0
    if any(m.code == cand for m in ctx.by_sentence.get(i - 1, [])):
        f["mentioned_prev"] = 1.0
    f["spoke_recency"], f["never_spoke"] = _recency(ctx.spoke_at.get(cand, []), i - 1)
    f["mention_recency"], f["never_mentioned"] = _recency(ctx.mentions_at.get(cand, []), i - 1)
    if ctx.last_speaker_at and ctx.last_speaker_at[i] == cand:
        f["last_speaker"] = 1.0
    if ctx.voice_at and ctx.voice_at[i] == cand:
        f["section_voice"] = 1.0
    if a.meta.author and cand == a.meta.author:
        f["author"] = 1.0
    if cand == JOINT:
        f["joint"] = 1.0
        if a.agreement:
            f["joint_agreement"] = 1.0
        if s.item:
            f["joint_item"] = 1.0
        if _COMMIT.search(s.text):
            f["joint_commit_cue"] = 1.0
        if a.meta.author and a.meta.author != JOINT:
            f["joint_author_doc"] = 1.0
        if not a.speakers.get(i):
            f["joint_no_speaker"] = 1.0
        if _FUTURE.search(s.text):
            f["joint_future"] = 1.0
        f["joint_deal_doc"] = ctx.deal
        if _SIDES_WORD.search(s.text):
            f["joint_sides_word"] = 1.0
    else:
        kind = ctx.kinds.get(cand, "state")
        f[f"kind={kind}"] = 1.0
        if kind == "state" and _GOVERNMENT_WORD.search(s.text):
            f["state_government_word"] = 1.0
        if kind == "group" and _GROUP_WORD.search(s.text):
            f["group_word"] = 1.0
    f["share"] = ctx.counts.get(cand, 0) / ctx.total
    if ctx.top and ctx.top[0] == cand:
        f["top_mentioned"] = 1.0
    if cand == ctx.mediator:
        f["mediator"] = 1.0
    if cand in ctx.title:
        f["in_title"] = 1.0
    if h.subject == cand:
        f["subject"] = 1.0
    f["venue_share"] = ctx.venue.get(cand, 0.0)
    f["n_candidates"] = 1.0 / n_cands
    return {k: v for k, v in f.items() if v}


def hit_rows(a: Analysis, h: Hit, ctx: DocContext) -> tuple[list[str], list[dict[str, float]]]:
    """The candidates of hit ``h`` and their features."""
    cands = candidates(a, h, ctx)
    return cands, [features(a, h, c, ctx, len(cands)) for c in cands]


class HolderModel:
    """A logistic regression over :data:`FEATURES`: ``{"bias": b, "weights": {name: w}}``."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.bias = float(data.get("bias", 0.0))
        self.weights = {k: float(v) for k, v in (data.get("weights") or {}).items()}
        self.meta = {k: v for k, v in data.items() if k not in ("bias", "weights")}

    def logit(self, feats: dict[str, float]) -> float:
        w = self.weights
        return self.bias + sum(v * w.get(k, 0.0) for k, v in feats.items())

    def score(self, feats: dict[str, float]) -> float:
        """The probability that the candidate described by ``feats`` is a holder."""
        return 1.0 / (1.0 + math.exp(-self.logit(feats)))

    def to_json(self) -> dict[str, Any]:
        return {
            **self.meta,
            "bias": round(self.bias, 6),
            "weights": {k: round(v, 6) for k, v in self.weights.items()},
        }

    @classmethod
    def load(cls, path: str | Path | None = None) -> HolderModel:
        """The model at ``path``, else the packaged ``data/holder_model.json``."""
        if path is None:
            return _packaged()
        return cls(json.loads(Path(path).read_text("utf-8")))


@functools.lru_cache(maxsize=1)
def _packaged() -> HolderModel:
    path = resources.files("accord.extract").joinpath("data", "holder_model.json")
    text = path.read_text("utf-8")
    return HolderModel(json.loads(text))


def fit(
    rows: Sequence[dict[str, float]],
    labels: Sequence[int],
    *,
    l2: float = 1.0,
    iterations: int = 30,
) -> HolderModel:
    """A logistic regression with an L2 penalty ``l2`` (not on the bias), by Newton's method."""
    import numpy as np

    names = list(FEATURES)
    index = {n: k for k, n in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    x[:, -1] = 1.0
    for r, feats in enumerate(rows):
        for k, v in feats.items():
            if k in index:
                x[r, index[k]] = v
    y = np.asarray(labels, dtype=float)
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return HolderModel(
        {"bias": float(w[-1]), "weights": {n: float(w[k]) for k, n in enumerate(names)}}
    )


def fit_ranking(
    groups: Sequence[tuple[Sequence[dict[str, float]], Sequence[int]]],
    *,
    l2: float = 1.0,
    iterations: int = 50,
    weights: Sequence[float] | None = None,
) -> HolderModel:
    """A conditional logit: a softmax over each hit's candidates, trained to put the mass on its
    gold holders (``groups`` of (candidate features, labels)), with an L2 penalty ``l2``;
    ``weights`` weigh the groups (1 each by default).

    Fitted by Newton steps with the softmax's Fisher matrix (positive definite with the penalty).
    The bias is meaningless within a group and stays 0.
    """
    import numpy as np

    names = list(FEATURES)
    index = {n: k for k, n in enumerate(names)}
    xs, ys = [], []
    for rows, labels in groups:
        x = np.zeros((len(rows), len(names)))
        for r, feats in enumerate(rows):
            for k, v in feats.items():
                if k in index:
                    x[r, index[k]] = v
        xs.append(x)
        ys.append(np.asarray(labels, dtype=float))
    w = np.zeros(len(names))
    for _ in range(iterations):
        grad = l2 * w
        hess = np.diag(np.full(len(names), l2 + 1e-9))
        for x, y, g in zip(xs, ys, weights or [1.0] * len(xs), strict=True):
            z = x @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            q = p * y
            q /= q.sum()
            grad += g * (x.T @ (p - q))
            xp = x.T @ p
            hess += g * ((x * p[:, None]).T @ x - np.outer(xp, xp))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return HolderModel({"bias": 0.0, "weights": {n: float(w[k]) for k, n in enumerate(names)}})


def choose(
    model: HolderModel, cands: list[str], rows: Iterable[dict[str, float]], rule: str | None
) -> tuple[str | None, float, float]:
    """The best candidate, its probability, and its logit margin over the rules' choice."""
    logits = [model.logit(f) for f in rows]
    best = max(range(len(cands)), key=logits.__getitem__)
    rule_logit = logits[cands.index(rule)] if rule in cands else -math.inf
    p = 1.0 / (1.0 + math.exp(-logits[best]))
    return cands[best], p, logits[best] - rule_logit


__all__ = [
    "FEATURES",
    "RULES",
    "DocContext",
    "HolderModel",
    "candidates",
    "choose",
    "features",
    "fit",
    "fit_ranking",
    "hit_rows",
]
