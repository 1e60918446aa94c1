"""Case files: read, validate, write and describe the negotiation model (a ``Case``).

A case is a YAML file a person writes and edits. :func:`load_case` reads it and checks it twice:
first the shape of every field (types, ranges), then the cross-references (a preference names a
party, weights and values name known issues and options). Each mistake is reported as one line
naming the file, the line and the field::

    case.yaml: line 14: preferences.Russia.ideal.territory: unknown option 'all' (options: ...)

A ``.csv`` path is read as a KTAB-style scenario by :func:`accord.forecast.scenario.read_scenario`.

>>> case = parse_case('''
... parties: [{name: A}, {name: B, reservation: 0.2}]
... issues:
...   - {name: price, options: [low, mid, high]}
... preferences:
...   A: {ideal: {price: low}}
...   B: {ideal: {price: high}}
... ''')
>>> [p.name for p in case.parties], case.issues[0].options
(['A', 'B'], ['low', 'mid', 'high'])
>>> parse_case("parties: [{name: A, reservation: 2}]", source="c.yaml")
Traceback (most recent call last):
...
accord.errors.CaseError: c.yaml: line 1: parties.0.reservation: Input should be less ...
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from accord.errors import CaseError
from accord.model import Case
from accord.yamltext import load_yaml

__all__ = ["case_json_schema", "dump_case", "load_case", "parse_case", "validate_case"]

SCHEMA_ID = "https://accord.invalid/schemas/case.schema.json"

Path_ = tuple[Hashable, ...]


def load_case(path: str | Path) -> Case:
    """Read and validate the case in ``path`` (YAML, or a ``.csv`` scenario).

    Raises
    ------
    CaseError
        The file cannot be read, is not YAML, or breaks a rule; the message names line and field.
    """
    path = Path(path)
    if path.suffix.lower() == ".csv":
        from accord.forecast.scenario import read_scenario  # written by the forecast area

        return read_scenario(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CaseError(str(path), "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CaseError(str(path), f"cannot read: {exc}") from None
    return parse_case(text, source=str(path))


def parse_case(text: str, source: str = "<case>") -> Case:
    """Validate the YAML ``text`` of a case; ``source`` names it in error messages."""
    data = load_yaml(text, source, CaseError)
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    if data is None:
        raise CaseError(source, "empty case file")
    if not isinstance(data, dict):
        raise CaseError(source, f"line 1: expected a mapping of case fields, got {_kind(data)}")
    lines = _line_map(node)
    try:
        case = Case.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        raise CaseError(source, f"{_where(lines, loc)}{_dotted(loc)}: {err['msg']}") from None
    problem = _first_problem(case)
    if problem is not None:
        loc, message = problem
        raise CaseError(source, f"{_where(lines, loc)}{_dotted(loc)}: {message}")
    return case


def validate_case(case: Case, source: str = "<case>") -> Case:
    """Check the cross-references of a case built in code; return it unchanged.

    >>> from accord.model import Case, CaseParty, Preference
    >>> validate_case(Case(parties=[CaseParty(name="A")], preferences={"B": Preference()}))
    Traceback (most recent call last):
    ...
    accord.errors.CaseError: <case>: preferences.B: unknown party 'B' (parties: A)
    """
    problem = _first_problem(case)
    if problem is not None:
        loc, message = problem
        raise CaseError(source, f"{_dotted(loc)}: {message}")
    return case


def dump_case(case: Case) -> str:
    """The YAML text of ``case``; :func:`parse_case` reads it back to an equal case.

    >>> from accord.model import Case, CaseIssue
    >>> text = dump_case(Case(name="x", issues=[CaseIssue(name="i", options=["a", "b"])]))
    >>> parse_case(text).issues[0].options
    ['a', 'b']
    """
    data = case.model_dump(mode="json", exclude_defaults=True)
    if "scale" in data:
        data["scale"] = list(data["scale"])
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def case_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a case file, as published in ``docs/case.schema.json``.

    >>> schema = case_json_schema()
    >>> schema["title"], sorted(schema["properties"])[:3]
    ('Case', ['actors', 'description', 'issues'])
    """
    schema = Case.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
        "description": (
            "An accord negotiation case: parties (with reservation values), issues with options, "
            "and each party's preferences (weights per issue, values per option or an ideal "
            "option on an ordered issue)."
        ),
    }


def case_json_schema_text() -> str:
    """:func:`case_json_schema` as indented JSON text with a final newline."""
    return json.dumps(case_json_schema(), indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------------------------
# Cross-references


def _first_problem(case: Case) -> tuple[Path_, str] | None:
    """The location and text of the first broken cross-reference, or None."""
    problems = _problems(case)
    return next(problems, None)


def _problems(case: Case):
    parties = [p.name for p in case.parties]
    issues = {i.name: i for i in case.issues}
    seen: set[str] = set()
    for k, party in enumerate(case.parties):
        if party.name in seen:
            yield ("parties", k, "name"), f"party {party.name!r} is listed twice"
        seen.add(party.name)
    seen = set()
    for k, issue in enumerate(case.issues):
        if issue.name in seen:
            yield ("issues", k, "name"), f"issue {issue.name!r} is listed twice"
        seen.add(issue.name)
    for name, pref in case.preferences.items():
        base: Path_ = ("preferences", name)
        if name not in parties:
            yield base, f"unknown party {name!r} (parties: {_names(parties)})"
        for issue, weight in pref.weights.items():
            if issue not in issues:
                yield (*base, "weights", issue), _unknown_issue(issue, issues)
            elif weight < 0:
                yield (*base, "weights", issue), f"weight {weight} is negative"
        for issue, values in pref.values.items():
            if issue not in issues:
                yield (*base, "values", issue), _unknown_issue(issue, issues)
                continue
            options = issues[issue].options
            for option, value in values.items():
                if option not in options:
                    yield (*base, "values", issue, option), _unknown_option(option, options)
                elif not 0.0 <= value <= 1.0:
                    yield (*base, "values", issue, option), f"value {value} is not in 0..1"
        for issue, option in pref.ideal.items():
            if issue not in issues:
                yield (*base, "ideal", issue), _unknown_issue(issue, issues)
            elif option not in issues[issue].options:
                yield (*base, "ideal", issue), _unknown_option(option, issues[issue].options)
            elif issue in pref.values:
                yield (
                    (*base, "ideal", issue),
                    "give either values or an ideal for an issue, not both",
                )
    low, high = case.scale
    if not low < high:
        yield ("scale",), f"scale {low}..{high} is empty: the first bound must be below the second"
    for k, actor in enumerate(case.actors):
        for issue, position in actor.positions.items():
            if issues and issue not in issues:
                yield ("actors", k, "positions", issue), _unknown_issue(issue, issues)
            elif not low <= position <= high:
                yield (
                    ("actors", k, "positions", issue),
                    f"position {position} is outside the scale {low}..{high}",
                )
        for issue, salience in actor.salience.items():
            if issue not in actor.positions:
                yield ("actors", k, "salience", issue), f"salience for {issue!r} without a position"
            elif salience < 0:
                yield ("actors", k, "salience", issue), f"salience {salience} is negative"


def _unknown_issue(issue: str, issues: dict) -> str:
    return f"unknown issue {issue!r} (issues: {_names(list(issues))})"


def _unknown_option(option: str, options: Sequence[str]) -> str:
    return f"unknown option {option!r} (options: {_names(options)})"


def _names(names: Sequence[str], limit: int = 8) -> str:
    quote = any("," in str(n) for n in names)
    shown = ", ".join(repr(n) if quote else str(n) for n in names[:limit])
    if len(names) > limit:
        shown += f", ... ({len(names)} in all)"
    return shown or "none"


# ---------------------------------------------------------------------------------------------
# Line numbers


def _line_map(node: yaml.Node | None) -> dict[Path_, int]:
    """Map each path of keys and indices in the YAML tree to its 1-based line number."""
    lines: dict[Path_, int] = {}

    def walk(n: yaml.Node, path: Path_) -> None:
        lines.setdefault(path, n.start_mark.line + 1)
        if isinstance(n, yaml.MappingNode):
            for key_node, value_node in n.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
                if key is None:
                    continue
                lines[(*path, key)] = key_node.start_mark.line + 1
                walk(value_node, (*path, key))
        elif isinstance(n, yaml.SequenceNode):
            for i, item in enumerate(n.value):
                walk(item, (*path, i))

    if node is not None:
        walk(node, ())
    return lines


def _where(lines: dict[Path_, int], loc: Path_) -> str:
    """``"line N: "`` for the deepest known prefix of ``loc``."""
    for end in range(len(loc), -1, -1):
        key = tuple(str(x) if not isinstance(x, int) else x for x in loc[:end])
        if key in lines:
            return f"line {lines[key]}: "
    return ""


def _dotted(loc: Path_) -> str:
    return ".".join(str(x) for x in loc) or "case"


def _kind(data: Any) -> str:
    return {list: "a list", str: "a string"}.get(type(data), type(data).__name__)
