"""Load the case a forecast runs on: a case file (YAML/JSON) or a scenario CSV."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import ValidationError

from accord.errors import CaseError
from accord.forecast.scenario import read_scenario
from accord.model import Case


def load_forecast_case(path: str | Path) -> Case:
    """Read ``path`` as a case: ``.csv`` through :func:`read_scenario`, else a YAML/JSON case.

    Uses :func:`accord.cases.load_case` where the bargaining area provides it, so a scenario is
    accepted wherever a case is and the other way round.

    Raises
    ------
    CaseError, FormatError
        One line naming the file and the problem.
    """
    try:
        from accord.cases import load_case  # type: ignore[import-not-found]
    except ImportError:
        load_case = None
    if load_case is not None:
        return load_case(path)
    source = str(path)
    if Path(path).suffix.lower() == ".csv":
        return read_scenario(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CaseError(source, f"cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        raise CaseError(source, f"{where}not valid YAML") from None
    if not isinstance(data, dict):
        raise CaseError(source, "a case is a mapping with parties, issues, actors ...")
    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise CaseError(source, f"{loc}: {err['msg']}") from None
