"""Open what ``accord bargain`` is given: a case file, or another tool's domain and profiles."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from accord.bargain.space import OutcomeSpace
from accord.errors import CaseError

__all__ = ["load_space"]


def load_space(
    files: Sequence[str | Path], *, genius: bool = False, geniusweb: bool = False
) -> OutcomeSpace:
    """The outcome space of one case file, of a GENIUS domain and profiles, or of GeniusWeb
    profiles.

    Raises
    ------
    CaseError, FormatError
        A file cannot be read, or the files given do not fit the mode.
    """
    paths = [Path(f) for f in files]
    if genius:
        from accord.bargain.genius import genius_space

        if len(paths) < 3:
            raise CaseError(
                str(paths[0]) if paths else None,
                "--genius needs a domain file and at least two profile files",
            )
        return genius_space(paths[0], paths[1:])
    if geniusweb:
        from accord.bargain.geniusweb import read_geniusweb_case

        if len(paths) < 2:
            raise CaseError(
                str(paths[0]) if paths else None, "--geniusweb needs at least two profile files"
            )
        return OutcomeSpace.from_case(read_geniusweb_case(paths))
    if len(paths) != 1:
        raise CaseError(None, f"give one case file (got {len(paths)}); for GENIUS use --genius")
    path = paths[0]
    if path.suffix.lower() == ".xml":
        raise CaseError(
            str(path), "a GENIUS file: use --genius DOMAIN.xml PROFILE1.xml PROFILE2.xml"
        )
    from accord.cases import load_case

    case = load_case(path)
    if "name" not in case.model_fields_set:
        case = case.model_copy(update={"name": path.stem})
    try:
        space = OutcomeSpace.from_case(case)
    except CaseError as exc:
        raise CaseError(str(path), exc.problem) from None
    return dataclasses.replace(space, source=str(path))
