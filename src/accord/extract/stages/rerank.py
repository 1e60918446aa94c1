"""Stage ``accord.rerank_holders.v1``: a learned second look at each hit's holder.

Runs right after ``accord.attribute_holders.v1``. For each hit with a holder it scores the
candidate holders with :class:`accord.extract.holder_model.HolderModel` (trained on gold files
by ``tools/train_holder_model.py``) and takes the best one when its logit beats the rules'
choice by at least ``margin``; otherwise the rules' choice stays. A changed holder's rule reads
``model`` and ``--explain`` names the holder it replaced.

Settings: ``model`` (a JSON file; the packaged ``data/holder_model.json`` by default),
``margin`` (logit units, default 0.0) and ``only_rules`` (re-rank only hits whose holder came
from these rule families, e.g. ``[context, anaphora]``; all by default).
"""

from __future__ import annotations

from accord.extract.analysis import Analysis
from accord.extract.holder_model import DocContext, HolderModel, choose, hit_rows
from accord.extract.lexicon import Lexicon
from accord.extract.registry import stages

#: Hits whose holder the rules removed on purpose (a question, a background section).
_KEEP = ("question", "background-section")


@stages.register(
    "accord.rerank_holders.v1",
    requires=("hits", "speakers", "sentences", "parties", "meta", "agreement"),
    assigns=("hits.holder",),
)
def make_rerank_holders(
    lexicon: Lexicon,
    model: str | None = None,
    margin: float = 0.0,
    only_rules: list[str] | None = None,
):
    """Re-rank each hit's candidate holders with a learned model."""
    m = HolderModel.load(model)
    only = set(only_rules) if only_rules else None
    base_kinds = lexicon.party_kind

    def rerank_stage(a: Analysis) -> Analysis:
        hits = [
            h
            for h in a.hits
            if h.holder
            and h.holder_rule not in _KEEP
            and (only is None or h.holder_rule.split("+", 1)[0] in only)
        ]
        if not hits:
            return a
        ctx = DocContext.of(a, base_kinds)
        for h in hits:
            cands, rows = hit_rows(a, h, ctx)
            best, p, gain = choose(m, cands, rows, h.holder)
            if best != h.holder and gain >= margin:
                h.holder_cue = f"re-ranked from {h.holder} ({h.holder_rule}), p={p:.2f}"
                h.holder, h.holder_rule = best, "model"
        return a

    return rerank_stage
