"""GeniusWeb JSON domains and linear additive profiles: read, convert, write.

GeniusWeb (the successor of GENIUS) writes a domain as
``{"name": ..., "issuesValues": {issue: {"values": [...]}}}`` and a profile as
``{"LinearAdditiveUtilitySpace": {"issueUtilities": ..., "issueWeights": ..., "domain": ...,
"name": ..., "reservationBid": ...}}``. A discrete issue's utilities are
``{"DiscreteValueSetUtilities": {"valueUtilities": {value: u}}}`` (already in 0..1); a number
issue's are ``{"NumberValueSetUtilities": {"lowValue", "lowUtility", "highValue",
"highUtility"}}``, linear in between. The utility of a bid is ``sum_i w_i u_i(b_i)``; a party's
reservation value is the utility of its reservation bid, if it names one.

>>> import tempfile
>>> from accord.cases import parse_case
>>> case = parse_case('''
... parties: [{name: A}, {name: B}]
... issues: [{name: x, options: [a, b, c]}]
... preferences: {A: {ideal: {x: a}}, B: {ideal: {x: c}}}
... ''')
>>> with tempfile.TemporaryDirectory() as tmp:
...     back = read_geniusweb_case(write_geniusweb(case, tmp)[1:])
>>> back.preferences["B"].values
{'x': {'a': 0.0, 'b': 0.5, 'c': 1.0}}
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from accord.bargain.space import OutcomeSpace, option_values
from accord.errors import FormatError
from accord.model import Case, CaseIssue, CaseParty, Preference

__all__ = ["domain_json", "profile_json", "read_geniusweb_case", "write_geniusweb"]

MAX_NUMBER_VALUES = 100_000


def _load(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FormatError(str(path), "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FormatError(str(path), f"cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise FormatError(str(path), f"not JSON: {exc.msg} at line {exc.lineno}") from None


def _number_values(spec: dict, issue: str, source: str) -> list[str]:
    try:
        low, high = Decimal(str(spec["low"])), Decimal(str(spec["high"]))
        step = Decimal(str(spec.get("step", 1)))
    except (KeyError, ArithmeticError, TypeError):
        raise FormatError(source, f"issue {issue!r}: range needs low, high and step") from None
    if step <= 0 or high < low:
        raise FormatError(source, f"issue {issue!r}: empty range")
    count = int((high - low) / step) + 1
    if count > MAX_NUMBER_VALUES:
        raise FormatError(source, f"issue {issue!r}: {count} values, too many to enumerate")
    return [str(low + k * step) for k in range(count)]


def _domain_issues(domain: dict, source: str) -> list[CaseIssue]:
    values = domain.get("issuesValues")
    if not isinstance(values, dict) or not values:
        raise FormatError(source, "no issuesValues: not a GeniusWeb domain")
    issues = []
    for name, spec in values.items():
        if isinstance(spec, dict) and "values" in spec:
            issues.append(
                CaseIssue(name=name, options=[str(v) for v in spec["values"]], ordered=False)
            )
        elif isinstance(spec, dict) and "range" in spec:
            issues.append(CaseIssue(name=name, options=_number_values(spec["range"], name, source)))
        else:
            raise FormatError(source, f"issue {name!r}: expected values or range")
    return issues


def _value_utilities(spec: dict, issue: CaseIssue, source: str) -> dict[str, float]:
    if "DiscreteValueSetUtilities" in spec:
        given = spec["DiscreteValueSetUtilities"].get("valueUtilities", {})
        return {o: float(given.get(o, 0.0)) for o in issue.options}
    if "NumberValueSetUtilities" in spec:
        s = spec["NumberValueSetUtilities"]
        try:
            lv, lu = float(s["lowValue"]), float(s["lowUtility"])
            hv, hu = float(s["highValue"]), float(s["highUtility"])
        except (KeyError, TypeError, ValueError):
            raise FormatError(source, f"issue {issue.name!r}: malformed number utilities") from None
        out = {}
        for o in issue.options:
            v = float(o)
            if not lv <= v <= hv:
                out[o] = 0.0
            else:
                out[o] = lu if hv == lv else lu + (v - lv) / (hv - lv) * (hu - lu)
        return out
    raise FormatError(source, f"issue {issue.name!r}: unsupported value utilities {list(spec)}")


def read_geniusweb_case(profile_paths: Sequence[str | Path]) -> Case:
    """A :class:`Case` from GeniusWeb linear additive profiles (each embeds its domain).

    Parties are named by file name without extension; all profiles must share one domain.
    """
    paths = [Path(p) for p in profile_paths]
    issues: list[CaseIssue] | None = None
    domain_name = "geniusweb"
    parties, prefs = [], {}
    for path in paths:
        source = str(path)
        data = _load(path)
        space = data.get("LinearAdditiveUtilitySpace") if isinstance(data, dict) else None
        if not isinstance(space, dict):
            raise FormatError(source, "not a GeniusWeb LinearAdditiveUtilitySpace profile")
        domain = space.get("domain") or {}
        these = _domain_issues(domain, source)
        if issues is None:
            issues, domain_name = these, str(domain.get("name", domain_name))
        elif [(i.name, i.options) for i in these] != [(i.name, i.options) for i in issues]:
            raise FormatError(source, "its domain differs from the first profile's")
        weights = {k: float(v) for k, v in (space.get("issueWeights") or {}).items()}
        utilities = space.get("issueUtilities") or {}
        values = {}
        for issue in these:
            if issue.name not in utilities:
                raise FormatError(source, f"no utilities for issue {issue.name!r}")
            values[issue.name] = _value_utilities(utilities[issue.name], issue, source)
        unknown = set(weights) - {i.name for i in these}
        if unknown:
            raise FormatError(source, f"weight for unknown issue {sorted(unknown)[0]!r}")
        reservation = 0.0
        bid = (space.get("reservationBid") or {}).get("issuevalues")
        if bid:
            total = sum(weights.get(i, 0.0) for i in weights) or 1.0
            reservation = (
                sum(
                    weights.get(i.name, 0.0) * values[i.name].get(str(bid.get(i.name)), 0.0)
                    for i in these
                )
                / total
            )
        name = path.stem
        parties.append(CaseParty(name=name, reservation=min(1.0, max(0.0, reservation))))
        prefs[name] = Preference(
            weights={i.name: weights.get(i.name, 0.0) for i in these}, values=values
        )
    if issues is None:
        raise FormatError(None, "no GeniusWeb profiles given")
    return Case(name=domain_name, parties=parties, issues=issues, preferences=prefs)


def domain_json(case: Case) -> dict[str, Any]:
    """The GeniusWeb domain of ``case`` (every issue discrete)."""
    return {
        "name": case.name,
        "issuesValues": {i.name: {"values": list(i.options)} for i in case.issues},
    }


def profile_json(case: Case, party: str) -> dict[str, Any]:
    """The GeniusWeb profile of ``party``: weights sum to 1, utilities as in the case.

    GeniusWeb has no reservation value, only a reservation bid, so reservation values are not
    written.
    """
    OutcomeSpace.from_case(case)  # validates the case and the party's preferences
    pref = case.preferences[party]
    values = {i.name: option_values(i, pref) for i in case.issues}
    raw = {
        i.name: float(pref.weights.get(i.name, 1.0)) if values[i.name] is not None else 0.0
        for i in case.issues
    }
    total = sum(raw.values())
    weights = {k: w / total for k, w in raw.items()}
    utilities = {
        i.name: {
            "DiscreteValueSetUtilities": {
                "valueUtilities": dict(
                    zip(i.options, values[i.name] or [0.0] * len(i.options), strict=True)
                )
            }
        }
        for i in case.issues
    }
    return {
        "LinearAdditiveUtilitySpace": {
            "issueUtilities": utilities,
            "issueWeights": weights,
            "domain": domain_json(case),
            "name": party,
        }
    }


def write_geniusweb(case: Case, directory: str | Path) -> list[Path]:
    """Write ``<name>.domain.json`` and ``<party>.json`` per party; return the paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = [directory / f"{_safe(case.name)}.domain.json"]
    paths[0].write_text(json.dumps(domain_json(case), indent=2, ensure_ascii=False) + "\n")
    for party in case.parties:
        path = directory / f"{_safe(party.name)}.json"
        path.write_text(
            json.dumps(profile_json(case, party.name), indent=2, ensure_ascii=False) + "\n"
        )
        paths.append(path)
    return paths


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name) or "case"
