"""Text → provisions and facts: the rule and lexicon extractor of accord.

A pipeline of small stages, each registered under a versioned name in
:data:`stage_registry` (``accord.extract.registry.stages``) and chosen by the packaged config
``data/pipeline.yaml``;
the lexicons (parties, places, issue cues, cue words) are YAML package data under ``data/``.
``docs/extract.md`` describes the stages and how to add a lexicon entry.

>>> doc = extract("Moscow insists that Kyiv adopt neutrality.", explain=True)
>>> p = doc.provisions[0]
>>> (p.holder, p.issue, p.stance, p.subject), p.explanation.cues[:2]
(('RUS', 'alignment.neutrality', 'support', 'UKR'), ['neutrality', 'insists'])
"""

from __future__ import annotations

from accord.extract.lexicon import Lexicon, default_lexicon
from accord.extract.pipeline import (
    CLASSIFIERS,
    Extractor,
    classifier_config,
    default_extractor,
    extract,
    extract_many,
    extractor_for,
    load_config,
)
from accord.extract.registry import Registry
from accord.extract.registry import stages as stage_registry

__all__ = [
    "CLASSIFIERS",
    "Extractor",
    "Lexicon",
    "Registry",
    "classifier_config",
    "default_extractor",
    "default_lexicon",
    "extract",
    "extract_many",
    "extractor_for",
    "load_config",
    "stage_registry",
]
