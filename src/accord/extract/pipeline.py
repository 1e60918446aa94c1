"""The extractor: the stages named by a pipeline config, built once and run on each text.

>>> ex = Extractor()
>>> doc = ex("The parties agree to an all-for-all prisoner exchange.")
>>> [(p.holder, p.issue, p.modality) for p in doc.provisions]
[('JOINT', 'humanitarian.prisoner_exchange', 'commitment')]
>>> ex.stage_names[0]
'accord.split_sentences.v1'
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from accord.errors import ConfigError
from accord.extract.analysis import Analysis
from accord.extract.lexicon import Lexicon, default_lexicon
from accord.extract.registry import Stage, stages
from accord.model import Document, DocumentMeta

#: Issue classifiers a user may choose: the cue rules, or the rules plus the embedding stage.
CLASSIFIERS = ("rules", "embed")

#: The embedding stage of ``--classifier embed``, run right after ``AFTER_STAGE``.
EMBED_STAGE = {
    "name": "accord.classify_issues.v1",
    "settings": {"threshold": 0.6, "margin": 0.0, "k": 2},
}
AFTER_STAGE = "accord.mark_background.v1"

#: The learned holder re-ranker (``stages/rerank.py``), run right after the holder rules.
RERANK_STAGE = "accord.rerank_holders.v1"


def load_config(path: str | Path | None = None) -> list[dict[str, Any]]:
    """The pipeline config: the packaged ``pipeline.yaml`` or the file at ``path``."""
    source = "pipeline.yaml" if path is None else str(path)
    try:
        if path is None:
            text = resources.files("accord.extract").joinpath("data", source).read_text("utf-8")
        else:
            text = Path(path).read_text("utf-8")
        data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(
            source, f"cannot read the pipeline config: {exc.__class__.__name__}"
        ) from None
    steps = data.get("pipeline") if isinstance(data, dict) else None
    if not isinstance(steps, list) or not steps:
        raise ConfigError(source, "expected a non-empty 'pipeline' list")
    out = []
    for step in steps:
        if isinstance(step, str):
            step = {"name": step}
        if not isinstance(step, dict) or "name" not in step:
            raise ConfigError(source, f"pipeline step without a name: {step!r}")
        out.append({"name": step["name"], "settings": step.get("settings") or {}})
    return out


class Extractor:
    """Text → :class:`~accord.model.Document` with provisions and facts; build once, reuse.

    Parameters
    ----------
    config
        A pipeline config file, or its steps (``[{"name": ..., "settings": {...}}]``); the
        packaged one by default.
    lexicon
        The compiled package data; the default lexicon by default.
    """

    def __init__(
        self,
        config: str | Path | list[dict[str, Any]] | None = None,
        lexicon: Lexicon | None = None,
    ) -> None:
        self.lexicon = lexicon or default_lexicon()
        steps = config if isinstance(config, list) else load_config(config)
        self.stage_names = [s["name"] for s in steps]
        self.stages: list[Stage] = [
            stages.build(s["name"], self.lexicon, s["settings"]) for s in steps
        ]

    def __call__(
        self, text: str, meta: DocumentMeta | None = None, *, explain: bool = False
    ) -> Document:
        analysis = self.analyse(text, meta, explain=explain)
        assert analysis.document is not None
        return analysis.document

    def analyse(
        self, text: str, meta: DocumentMeta | None = None, *, explain: bool = False
    ) -> Analysis:
        """Run every stage and return the full working state (for debugging and tests)."""
        a = Analysis(text=text, meta=meta or DocumentMeta(), explain=explain)
        for stage in self.stages:
            a = stage(a)
        if a.document is None:
            a.document = Document(meta=a.meta, text=text)
        return a

    def many(
        self,
        texts: Iterable[str],
        metas: Iterable[DocumentMeta | None] | None = None,
        *,
        explain: bool = False,
    ) -> list[Document]:
        """Extract several texts with the same stages."""
        texts = list(texts)
        metas_list = list(metas) if metas is not None else [None] * len(texts)
        return [self(t, m, explain=explain) for t, m in zip(texts, metas_list, strict=True)]


@functools.lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The extractor built from the packaged config and lexicon (cached)."""
    return Extractor()


@functools.lru_cache(maxsize=4)
def extractor_for(classifier: str = "rules") -> Extractor:
    """The extractor with issue classifier ``classifier`` (one of :data:`CLASSIFIERS`), cached.

    ``"rules"`` is the default extractor; ``"embed"`` adds the sentence-embedding classifier
    (``accord.classify_issues.v1``), which needs the optional model packages.

    >>> extractor_for("rules") is default_extractor()
    True
    """
    if classifier == "rules":
        return default_extractor()
    return Extractor(classifier_config(classifier))


def classifier_config(classifier: str = "rules") -> list[dict[str, Any]]:
    """The packaged pipeline steps with issue classifier ``classifier``.

    >>> [s["name"] for s in classifier_config("embed")].count("accord.classify_issues.v1")
    1
    """
    if classifier not in CLASSIFIERS:
        raise ConfigError(classifier, f"unknown classifier; choose one of {', '.join(CLASSIFIERS)}")
    steps = load_config()
    if classifier == "embed":
        names = [s["name"] for s in steps]
        at = names.index(AFTER_STAGE) + 1 if AFTER_STAGE in names else len(steps) - 1
        steps.insert(at, {"name": EMBED_STAGE["name"], "settings": dict(EMBED_STAGE["settings"])})
    return steps


def holder_model_config(
    model: str | Path | None = None,
    margin: float = 0.0,
    *,
    on: bool = True,
    only_rules: list[str] | None = None,
) -> list[dict[str, Any]]:
    """The packaged pipeline steps with (``on``) or without the learned holder re-ranker
    (``accord.rerank_holders.v1`` with model file ``model``, the packaged one by default).

    >>> names = [s["name"] for s in holder_model_config()]
    >>> names.index("accord.rerank_holders.v1") == names.index("accord.attribute_holders.v1") + 1
    True
    >>> "accord.rerank_holders.v1" in [s["name"] for s in holder_model_config(on=False)]
    False
    """
    steps = [s for s in load_config() if s["name"] != RERANK_STAGE]
    if on:
        names = [s["name"] for s in steps]
        at = names.index("accord.attribute_holders.v1") + 1
        settings: dict[str, Any] = {"margin": margin}
        if model is not None:
            settings["model"] = str(model)
        if only_rules:
            settings["only_rules"] = list(only_rules)
        steps.insert(at, {"name": RERANK_STAGE, "settings": settings})
    return steps


def extract(text: str, meta: DocumentMeta | None = None, *, explain: bool = False) -> Document:
    """Extract the provisions and facts of ``text`` with the default extractor.

    Parameters
    ----------
    text
        The document's text; evidence offsets index into it.
    meta
        What is known of the document; ``meta.author`` holds every line that names no holder.
    explain
        Attach an :class:`~accord.model.Explanation` (rule, cues, score) to each provision.

    Examples
    --------
    >>> doc = extract("Russia demands that Ukraine relinquish aspirations to join NATO.")
    >>> p = doc.provisions[0]
    >>> p.holder, p.issue, p.stance, p.subject, p.modality
    ('RUS', 'alignment.alliance_membership', 'oppose', 'UKR', 'demand')
    >>> doc.text[p.evidence.start:p.evidence.end] == p.evidence.text
    True
    """
    return default_extractor()(text, meta, explain=explain)


def extract_many(
    texts: Iterable[str],
    metas: Iterable[DocumentMeta | None] | None = None,
    *,
    explain: bool = False,
) -> list[Document]:
    """Extract several texts with the default extractor.

    >>> [len(d.provisions) for d in extract_many(["Hamas wants a truce.", "It rained."])]
    [1, 0]
    """
    return default_extractor().many(texts, metas, explain=explain)
