"""Read the scenario files users of spatial forecasting models already have.

Two CSV formats:

* **KTAB scenario** (KAPSARC Toolkit for Behavioral Analysis, ``smpc``): the first line holds
  the scenario name, a description, the number of actors and the number of dimensions (extra
  empty fields are ignored); the second line is a header
  ``Actor,Description,Power,Pstn1,Sal1,...`` (the power column may be named ``Influence``, and
  the position and salience columns anything, e.g. ``Policy Position``); then one line per
  actor. Positions lie on 0–100, saliences are percentages.
* **BDM table**: a header ``Actor,Capability,Position,Salience`` then one line per actor, one
  issue. The scale runs from 0 (or the lowest position, if negative) to the smallest power of
  ten not below the highest position, so the EU example on 0–10 stays on 0–10.

Both give a :class:`~accord.model.Case` with ``actors`` and no parties.
"""

from __future__ import annotations

import csv
import io
import math
import re
from pathlib import Path

from pydantic import ValidationError

from accord.errors import FormatError
from accord.model import Actor, Case

BDM_HEADER = ["actor", "capability", "position", "salience"]


def _number(text: str, path: str, line: int, what: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise FormatError(path, f"line {line}: {what} {text.strip()!r} is not a number") from None
    if not math.isfinite(value):
        raise FormatError(path, f"line {line}: {what} {text.strip()!r} is not a finite number")
    return value


def _rows(text: str) -> list[tuple[int, list[str]]]:
    rows = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        cells = [cell.strip() for cell in row]
        while cells and cells[-1] == "":
            cells.pop()
        if cells:
            rows.append((number, cells))
    return rows


def _issue_name(header: str, k: int) -> str:
    name = re.sub(r"\s*position\s*$", "", header, flags=re.IGNORECASE).strip()
    return name or f"dim{k + 1}"


def _scale_of(positions: list[float]) -> tuple[float, float]:
    lo = min(0.0, min(positions))
    top = max(positions)
    hi = 1.0
    while hi < top:
        hi *= 10.0
    return (lo, hi)


def _bdm(rows: list[tuple[int, list[str]]], path: str, name: str) -> Case:
    actors = []
    for line, cells in rows[1:]:
        if len(cells) != 4:
            raise FormatError(
                path,
                f"line {line}: expected 4 fields "
                f"(Actor,Capability,Position,Salience), got {len(cells)}",
            )
        actors.append(
            Actor(
                name=cells[0],
                capability=_number(cells[1], path, line, "capability"),
                positions={name: _number(cells[2], path, line, "position")},
                salience={name: _number(cells[3], path, line, "salience")},
            )
        )
    if not actors:
        raise FormatError(path, "no actor lines after the header")
    scale = _scale_of([a.positions[name] for a in actors])
    return Case(name=name, actors=actors, scale=scale)


def _ktab(rows: list[tuple[int, list[str]]], path: str) -> Case:
    line, first = rows[0]
    if len(first) < 4:
        raise FormatError(
            path, f"line {line}: expected name, description, number of actors, number of dimensions"
        )
    n_actors = _number(first[2], path, line, "number of actors")
    n_dims = _number(first[3], path, line, "number of dimensions")
    if n_actors < 1 or n_dims < 1 or n_actors != int(n_actors) or n_dims != int(n_dims):
        raise FormatError(
            path, f"line {line}: numbers of actors and dimensions must be positive integers"
        )
    n_actors, n_dims = int(n_actors), int(n_dims)
    if len(rows) < 2:
        raise FormatError(path, "no header line after the first line")
    line, header = rows[1]
    width = 3 + 2 * n_dims
    if len(header) < width:
        raise FormatError(
            path, f"line {line}: header has {len(header)} columns, {n_dims} dimensions need {width}"
        )
    issues = [_issue_name(header[3 + 2 * k], k) for k in range(n_dims)]
    if len(set(issues)) != len(issues):
        issues = [f"{name} ({k + 1})" for k, name in enumerate(issues)]
    actors = []
    for line, cells in rows[2:]:
        if len(cells) != width:
            raise FormatError(path, f"line {line}: expected {width} fields, got {len(cells)}")
        positions, salience = {}, {}
        for k, issue in enumerate(issues):
            x = _number(cells[3 + 2 * k], path, line, f"{issue} position")
            if not 0.0 <= x <= 100.0:
                raise FormatError(path, f"line {line}: {issue} position {x:g} is outside 0–100")
            positions[issue] = x
            salience[issue] = _number(cells[4 + 2 * k], path, line, f"{issue} salience")
        power = _number(cells[2], path, line, "power")
        if power < 0:
            raise FormatError(path, f"line {line}: power {power:g} is negative")
        actors.append(
            Actor(
                name=cells[0],
                description=cells[1] or None,
                capability=power,
                positions=positions,
                salience=salience,
            )
        )
    if len(actors) != n_actors:
        raise FormatError(path, f"line 1 announces {n_actors} actors, the file has {len(actors)}")
    return Case(name=first[0], description=first[1] or None, actors=actors, scale=(0.0, 100.0))


def read_scenario(path: str | Path) -> Case:
    """Read a KTAB scenario CSV or a BDM ``Actor,Capability,Position,Salience`` table.

    Raises
    ------
    FormatError
        One line naming the file and the problem (and its line where there is one).

    Examples
    --------
    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = os.path.join(d, "s.csv")
    ...     _ = open(p, "w").write("Tiny,Two actors,2,1\\nActor,Description,Power,Pstn1,Sal1\\n"
    ...                            "A,first,10,20,50\\nB,second,5,80,100\\n")
    ...     case = read_scenario(p)
    >>> case.name, [(a.name, a.positions, a.salience) for a in case.actors]
    ('Tiny', [('A', {'Pstn1': 20.0}, {'Pstn1': 50.0}), ('B', {'Pstn1': 80.0}, {'Pstn1': 100.0})])
    """
    source = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise FormatError(source, f"cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FormatError(source, "not UTF-8 text") from None
    if "\x00" in text:
        raise FormatError(source, "binary file, not a CSV scenario")
    try:
        rows = _rows(text)
    except csv.Error as exc:
        raise FormatError(source, f"not valid CSV: {exc}") from None
    if not rows:
        raise FormatError(source, "empty file")
    try:
        if [cell.lower() for cell in rows[0][1]] == BDM_HEADER:
            return _bdm(rows, source, Path(path).stem)
        return _ktab(rows, source)
    except ValidationError as exc:
        problem = exc.errors()[0]
        raise FormatError(
            source, f"{problem['msg']} ({'.'.join(map(str, problem['loc']))})"
        ) from None
