"""Text → provisions. (Being built: see issue 2.)"""

from __future__ import annotations

from accord.model import Document, DocumentMeta


def extract(text: str, meta: DocumentMeta | None = None, *, explain: bool = False) -> Document:
    """Extract the provisions and facts of ``text``."""
    raise NotImplementedError


__all__ = ["extract"]
