"""Provisions → gap table. (Being built: see issue 2.)"""

from __future__ import annotations

from collections.abc import Iterable

from accord.model import Document, GapTable


def compare(documents: Iterable[Document]) -> GapTable:
    """Compare the parties of ``documents`` issue by issue."""
    raise NotImplementedError
