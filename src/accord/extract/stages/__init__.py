"""The extraction stages; importing this package registers them.

The registry is :data:`accord.extract.registry.stages`.

One module per stage, in pipeline order: ``sentences`` (split), ``mentions`` (parties and places),
``issues`` (issue cues), ``background`` (headings, facts, summaries), ``conditions``, ``stance``,
``holders`` (holder, subject, objects; the speakers of one sentence are found by
:mod:`accord.extract.speakers`), ``rerank`` (the opt-in learned holder re-ranker),
``modality``, ``assemble`` (provisions).
"""

from accord.extract.stages import (  # noqa: F401
    assemble,
    background,
    classify,
    conditions,
    holders,
    issues,
    mentions,
    modality,
    parties,
    rerank,
    sections,
    sentences,
    stance,
)
