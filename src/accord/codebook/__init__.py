"""The issue codebook: issues, their propositions and PA-X codes, groups and cross-issue tensions.

The package ships its own ``issues.yaml``; :func:`load_codebook` reads it (or another file).

>>> cb = load_codebook()
>>> cb.issue("alignment.neutrality").group
'alignment'
>>> "economy.reparations" in cb
True
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ValidationError

from accord.errors import CodebookError
from accord.yamltext import load_yaml

Stance = Literal["support", "oppose"]


class Issue(BaseModel):
    """One issue: a proposition with ``{subject}`` / ``{object}`` slots."""

    code: str
    proposition: str
    pax: list[str] = []
    cues: list[str] = []

    @property
    def group(self) -> str:
        return self.code.split(".", 1)[0]

    @property
    def has_subject(self) -> bool:
        return "{subject}" in self.proposition

    @property
    def has_object(self) -> bool:
        return "{object}" in self.proposition


class TensionRule(BaseModel):
    """Positions on ``a`` and ``b`` clash when the two parties' stances are ``when``."""

    a: str
    b: str
    when: tuple[Stance, Stance]
    why: str


class Codebook(BaseModel):
    version: int
    groups: dict[str, str]
    issues: list[Issue]
    tensions: list[TensionRule] = []

    @functools.cached_property
    def _by_code(self) -> dict[str, Issue]:
        return {i.code: i for i in self.issues}

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def issue(self, code: str) -> Issue:
        """The issue with ``code``; :class:`CodebookError` if there is none."""
        try:
            return self._by_code[code]
        except KeyError:
            raise CodebookError("codebook", f"unknown issue {code!r}") from None

    @property
    def codes(self) -> list[str]:
        return [i.code for i in self.issues]


def _check(cb: Codebook, source: str) -> Codebook:
    seen: set[str] = set()
    for issue in cb.issues:
        if issue.code in seen:
            raise CodebookError(source, f"issue {issue.code!r} is listed twice")
        if issue.group not in cb.groups:
            raise CodebookError(source, f"issue {issue.code!r} has unknown group {issue.group!r}")
        seen.add(issue.code)
    for t in cb.tensions:
        for code in (t.a, t.b):
            if code not in seen:
                raise CodebookError(source, f"tension names unknown issue {code!r}")
    return cb


def parse_codebook(text: str, source: str = "issues.yaml") -> Codebook:
    """Parse and check codebook YAML; errors name ``source``."""
    data = load_yaml(text, source, CodebookError)
    if not isinstance(data, dict):
        raise CodebookError(source, "expected a mapping with 'groups' and 'issues'")
    try:
        cb = Codebook.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(x) for x in err["loc"])
        raise CodebookError(source, f"{loc}: {err['msg']}") from None
    return _check(cb, source)


@functools.lru_cache(maxsize=8)
def load_codebook(path: str | Path | None = None) -> Codebook:
    """Load the packaged codebook, or the one at ``path``."""
    if path is None:
        text = resources.files("accord.codebook").joinpath("issues.yaml").read_text("utf-8")
        return parse_codebook(text, "issues.yaml")
    p = Path(path)
    try:
        text = p.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CodebookError(str(p), f"cannot read: {exc.__class__.__name__}") from None
    return parse_codebook(text, str(p))


__all__ = ["Codebook", "Issue", "TensionRule", "load_codebook", "parse_codebook"]
