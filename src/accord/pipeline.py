"""Files → documents with provisions → gap table: the flows the faces run over files.

Each function reads with :mod:`accord.read`, extracts with :func:`accord.extract.extract` and
compares with :func:`accord.compare.compare`; errors are :class:`~accord.errors.InputError`
naming the file.

>>> gaps_of_files([])
Traceback (most recent call last):
...
accord.errors.InputError: no documents given
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from accord.compare import compare
from accord.errors import InputError
from accord.extract import extract
from accord.model import Document, GapTable
from accord.read import MAX_BYTES, iter_sources, read_document

#: Called after each document as ``progress(done, total, name)``.
Progress = Callable[[int, int, str], None]


def extract_file(
    source: str | Path,
    *,
    explain: bool = False,
    max_bytes: int = MAX_BYTES,
    classifier: str = "rules",
) -> Document:
    """Read ``source`` (``"-"`` for stdin) and extract its provisions and facts.

    Evidence offsets index the returned ``Document.text`` (the body after any front matter).
    ``classifier`` chooses the issue classifier (see :data:`accord.extract.CLASSIFIERS`).
    """
    doc = read_document(source, max_bytes=max_bytes)
    if classifier == "rules":
        result = extract(doc.text, doc.meta, explain=explain)
    else:
        from accord.extract import extractor_for

        result = extractor_for(classifier)(doc.text, doc.meta, explain=explain)
    if result.meta.sha256 is None:  # the extractor did not carry the meta over
        result = result.model_copy(update={"meta": doc.meta})
    return result


def extract_files(
    sources: Iterable[str | Path], *, explain: bool = False, progress: Progress | None = None
) -> list[Document]:
    """Extract every file of ``sources`` (files, folders walked recursively, ``"-"``)."""
    paths = list(iter_sources(sources))
    docs = []
    for n, path in enumerate(paths, 1):
        docs.append(extract_file(path, explain=explain))
        if progress:
            progress(n, len(paths), str(path))
    return docs


def gaps_of_files(sources: Iterable[str | Path], *, progress: Progress | None = None) -> GapTable:
    """The gap table of the documents in ``sources``."""
    sources = list(sources)
    if not sources:
        raise InputError(None, "no documents given")
    return compare(extract_files(sources, progress=progress))


__all__ = ["extract_file", "extract_files", "gaps_of_files"]
