"""The registry of extraction stages, by versioned name.

A stage factory is registered under a name such as ``"accord.split_sentences.v1"``; the pipeline
config (``data/pipeline.yaml``) lists the names to run, in order. A factory takes the shared
:class:`~accord.extract.lexicon.Lexicon` and the stage's settings from the config and returns the
stage: a function from :class:`~accord.extract.analysis.Analysis` to ``Analysis``.

>>> "accord.split_sentences.v1" in stages
True
>>> stages.get("accord.nothing.v1")
Traceback (most recent call last):
...
accord.errors.ConfigError: pipeline.yaml: unknown stage 'accord.nothing.v1'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from accord.errors import ConfigError

if TYPE_CHECKING:
    from accord.extract.analysis import Analysis
    from accord.extract.lexicon import Lexicon

Stage = Callable[["Analysis"], "Analysis"]
Factory = Callable[..., Stage]


@dataclass
class StageInfo:
    """A registered stage factory and the Analysis fields its stage reads and writes."""

    name: str
    factory: Factory
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    doc: str = ""


@dataclass
class Registry:
    """Versioned names → stage factories (the one place stages are listed)."""

    entries: dict[str, StageInfo] = field(default_factory=dict)

    def register(
        self, name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()
    ) -> Callable[[Factory], Factory]:
        """Decorator: register a factory under ``name``."""

        def deco(factory: Factory) -> Factory:
            doc = (factory.__doc__ or "").strip().splitlines()[0] if factory.__doc__ else ""
            self.entries[name] = StageInfo(name, factory, requires, assigns, doc)
            return factory

        return deco

    def get(self, name: str) -> StageInfo:
        """The stage registered as ``name``; :class:`ConfigError` when there is none."""
        self._load()
        try:
            return self.entries[name]
        except KeyError:
            raise ConfigError("pipeline.yaml", f"unknown stage {name!r}") from None

    def __contains__(self, name: object) -> bool:
        self._load()
        return name in self.entries

    def names(self) -> list[str]:
        """All registered names, sorted."""
        self._load()
        return sorted(self.entries)

    def build(self, name: str, lexicon: Lexicon, settings: dict[str, Any] | None = None) -> Stage:
        """Build the stage ``name`` from the lexicon and its settings."""
        self._load()
        info = self.get(name)
        try:
            return info.factory(lexicon, **(settings or {}))
        except TypeError as exc:
            raise ConfigError("pipeline.yaml", f"stage {name!r}: {exc}") from None

    @staticmethod
    def _load() -> None:
        # importing the stage modules registers them
        import accord.extract.stages  # noqa: F401


#: The stage registry.
stages = Registry()

__all__ = ["Registry", "Stage", "StageInfo", "stages"]
