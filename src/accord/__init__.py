"""accord: understand peace negotiations.

Read the texts of a peace process, extract each party's positions under a fixed codebook with
evidence, compare the parties issue by issue, and explore where a settlement could lie.

>>> import accord
>>> doc = accord.extract("Russia demands that Ukraine adopt neutrality.")
>>> [(p.holder, p.issue, p.stance) for p in doc.provisions]
[('RUS', 'alignment.neutrality', 'support')]
"""

from accord.codebook import Codebook, load_codebook
from accord.compare import compare
from accord.errors import AccordError
from accord.extract import extract
from accord.model import (
    JOINT,
    Case,
    Document,
    DocumentMeta,
    Evidence,
    Fact,
    GapRow,
    GapTable,
    Provision,
    Tension,
)

__version__ = "0.1.0"

__all__ = [
    "JOINT",
    "AccordError",
    "Case",
    "Codebook",
    "Document",
    "DocumentMeta",
    "Evidence",
    "Fact",
    "GapRow",
    "GapTable",
    "Provision",
    "Tension",
    "compare",
    "extract",
    "load_codebook",
]
