"""Open what ``accord simulate`` is given: case files, or a GENIUS / GeniusWeb negotiation."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from accord.errors import CaseError
from accord.simulate.space import MAX_OUTCOMES, NegotiationSpace


def load_spaces(
    files: Sequence[str | Path],
    *,
    genius: bool = False,
    geniusweb: bool = False,
    tournament: bool = False,
    max_outcomes: int = MAX_OUTCOMES,
) -> list[NegotiationSpace]:
    """The negotiation spaces of ``files``.

    Each file is a case (YAML, or a scenario the case loader reads); with ``genius`` the files
    are one GENIUS domain and its profiles, with ``geniusweb`` GeniusWeb profiles, and they make
    one space. Several case files need ``tournament``.

    Raises
    ------
    CaseError, FormatError
        A file cannot be read, or the files do not fit the mode.
    InfeasibleError
        A space has too many packages to simulate.
    """
    from accord.bargain.load import load_space

    paths = [Path(f) for f in files]
    if genius or geniusweb:
        outcomes = load_space(paths, genius=genius, geniusweb=geniusweb)
        return [NegotiationSpace.from_outcomes(outcomes, max_outcomes=max_outcomes)]
    if len(paths) > 1 and not tournament:
        raise CaseError(
            str(paths[1]), "several cases need --tournament (one simulation runs one case)"
        )
    return [
        NegotiationSpace.from_outcomes(load_space([p]), max_outcomes=max_outcomes) for p in paths
    ]
