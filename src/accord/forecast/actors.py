"""The actors a forecast runs on: a case's stakeholders, or its parties seen as actors.

A case may list ``actors`` (capability, a position per issue on the case's ``scale``, a
salience per issue). A case without them is read through its parties: each party with an
``ideal`` option on an ordered issue becomes an actor whose position is that option's index
spread evenly over the scale (first option at the low end, last at the high end), whose
salience is its weight on the issue, and whose capability is the party's ``capability`` (1 when
unset).

Saliences are read as shares in [0, 1]; when any salience of a case exceeds 1 all of them are
read as percentages (KTAB and BDM files use 0–100) and divided by 100. An actor without a
salience for an issue it holds a position on gets full salience.
"""

from __future__ import annotations

from dataclasses import dataclass

from accord.errors import CaseError
from accord.model import Actor, Case


@dataclass(frozen=True)
class IssueInputs:
    """The inputs of one issue: actors holding a position on it, in case order."""

    issue: str
    names: list[str]
    positions: list[float]
    capabilities: list[float]
    saliences: list[float]


def case_actors(case: Case) -> list[Actor]:
    """The actors of ``case``: its ``actors``, or actors derived from its parties' preferences.

    Examples
    --------
    >>> from accord.model import CaseIssue, CaseParty, Preference
    >>> case = Case(
    ...     parties=[CaseParty(name="A"), CaseParty(name="B", capability=2.0)],
    ...     issues=[CaseIssue(name="border", options=["none", "some", "all"])],
    ...     preferences={"A": Preference(ideal={"border": "none"}, weights={"border": 0.7}),
    ...                  "B": Preference(ideal={"border": "all"})},
    ... )
    >>> [(a.name, a.capability, a.positions, a.salience) for a in case_actors(case)]
    [('A', 1.0, {'border': 0.0}, {'border': 0.7}), ('B', 2.0, {'border': 100.0}, {'border': 1.0})]
    """
    if case.actors:
        return list(case.actors)
    lo, hi = case.scale
    ordered = {issue.name: issue for issue in case.issues if issue.ordered}
    actors = []
    for party in case.parties:
        pref = case.preferences.get(party.name)
        if pref is None:
            continue
        positions: dict[str, float] = {}
        salience: dict[str, float] = {}
        for issue_name, option in pref.ideal.items():
            issue = ordered.get(issue_name)
            if issue is None or option not in issue.options:
                continue
            k, n = issue.options.index(option), len(issue.options)
            positions[issue_name] = (lo + hi) / 2 if n == 1 else lo + (hi - lo) * k / (n - 1)
            salience[issue_name] = float(pref.weights.get(issue_name, 1.0))
        if positions:
            capability = 1.0 if party.capability is None else party.capability
            actors.append(
                Actor(
                    name=party.name,
                    capability=capability,
                    positions=positions,
                    salience=salience,
                    description=party.description,
                )
            )
    return actors


def issue_names(case: Case, actors: list[Actor]) -> list[str]:
    """Issues some actor holds a position on: the case's issues first, then the actors' order.

    >>> issue_names(Case(), [Actor(name="A", capability=1, positions={"b": 1, "a": 2})])
    ['b', 'a']
    """
    names = [issue.name for issue in case.issues]
    for actor in actors:
        names.extend(actor.positions)
    held = {name for actor in actors for name in actor.positions}
    return [name for name in dict.fromkeys(names) if name in held]


def salience_divisor(actors: list[Actor], source: str | None = None) -> float:
    """1 when every salience lies in [0, 1]; 100 when they are percentages.

    Raises
    ------
    CaseError
        When a salience is negative or above 100.

    >>> salience_divisor([Actor(name="A", capability=1, positions={}, salience={"x": 80})])
    100.0
    """
    values = [v for actor in actors for v in actor.salience.values()]
    for actor in actors:
        for issue, v in actor.salience.items():
            if v < 0 or v > 100:
                raise CaseError(
                    source,
                    f"actor {actor.name!r}: salience {v} on {issue!r} "
                    "is outside 0–1 (or 0–100 as a percentage)",
                )
    return 100.0 if any(v > 1.0 for v in values) else 1.0


def issue_inputs(actors: list[Actor], issue: str, divisor: float = 1.0) -> IssueInputs:
    """Names, positions, capabilities and saliences (in [0, 1]) of actors holding ``issue``.

    >>> a = Actor(name="A", capability=2, positions={"x": 10}, salience={"x": 50})
    >>> issue_inputs([a], "x", 100.0).saliences
    [0.5]
    """
    holders = [actor for actor in actors if issue in actor.positions]
    return IssueInputs(
        issue=issue,
        names=[a.name for a in holders],
        positions=[float(a.positions[issue]) for a in holders],
        capabilities=[float(a.capability) for a in holders],
        saliences=[float(a.salience.get(issue, divisor)) / divisor for a in holders],
    )
