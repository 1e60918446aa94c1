r"""YAML text to data, with errors that name the file and the line.

>>> from accord.errors import CaseError
>>> try:
...     load_yaml("a: 1\nb: [", "c.yaml", CaseError)
... except CaseError as exc:
...     print(exc)
c.yaml: line 2: malformed YAML (expected the node content, but found '<stream end>')
"""

from __future__ import annotations

from typing import Any

import yaml

from accord.errors import AccordError


def load_yaml(
    text: str, source: str, error: type[AccordError], *, first_line: int = 1, where: str = ""
) -> Any:
    """``yaml.safe_load(text)``; a syntax error becomes ``error(source, ...)`` naming the line.

    ``first_line`` is the file's line number of the text's first line (front matter starts on
    line 2); ``where`` is put before the line ("front matter ").
    """
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + first_line if mark is not None else first_line
        problem = getattr(exc, "problem", None) or "syntax error"
        raise error(source, f"{where}line {line}: malformed YAML ({problem})") from None
