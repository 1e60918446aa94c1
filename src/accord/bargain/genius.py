"""GENIUS XML domains and utility profiles: read, convert, write.

GENIUS (Lin et al. 2014), the environment of the ANAC competitions, stores a domain (issues and
their values) and one additive utility profile per party. A profile gives each issue a weight
and an evaluator: an ``evaluation`` per value of a discrete issue, or a linear function
``clip(offset + slope * (v - lowerbound), 0, 1)`` of an integer or real value. GENIUS defines a
bid's utility as

.. math:: u(b) = \\sum_i w_i \\, \\frac{e_i(b_i)}{\\max_v e_i(v)}

for discrete issues (the evaluation divided by the largest evaluation of its issue), and the
evaluator's value for integer and real ones. A profile also carries a reservation value and a
discount factor. Non-linear profiles (``hyperRectangle`` constraints) are refused.

>>> from pathlib import Path
>>> import tempfile
>>> from accord.cases import parse_case
>>> case = parse_case('''
... parties: [{name: A, reservation: 0.25}, {name: B}]
... issues: [{name: x, options: [a, b, c]}, {name: y, options: [p, q]}]
... preferences:
...   A: {weights: {x: 3, y: 1}, ideal: {x: a, y: p}}
...   B: {ideal: {x: c}, values: {y: {p: 0.0, q: 1.0}}}
... ''')
>>> with tempfile.TemporaryDirectory() as tmp:
...     paths = write_genius(case, tmp)
...     back = read_genius_case(paths[0], paths[1:])
>>> [p.name for p in back.parties], back.parties[0].reservation
(['A', 'B'], 0.25)
>>> back.preferences["A"].values["x"]
{'a': 1.0, 'b': 0.5, 'c': 0.0}

References
----------
R. Lin, S. Kraus, T. Baarslag, D. Tykhonov, K. Hindriks, C. M. Jonker (2014). Genius: an
integrated environment for supporting the design of generic automated negotiators.
Computational Intelligence 30(1), 48-70.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr

import numpy as np

from accord.bargain.space import OutcomeSpace
from accord.errors import FormatError
from accord.model import Case, CaseIssue, CaseParty, Preference

__all__ = [
    "GeniusDomain",
    "GeniusIssue",
    "GeniusProfile",
    "domain_xml",
    "genius_space",
    "profile_xml",
    "read_domain",
    "read_genius_case",
    "read_profile",
    "write_genius",
    "write_genius_files",
]

#: Integer issues with more values than this are refused (they could not be enumerated).
MAX_INTEGER_VALUES = 100_000


@dataclass
class GeniusIssue:
    """An issue: ``discrete`` with ``values``, or ``integer`` / ``real`` between bounds."""

    name: str
    index: int
    kind: str = "discrete"
    values: list[str] = field(default_factory=list)
    lower: float | None = None
    upper: float | None = None

    def options(self, source: str) -> list[str]:
        """The options as strings; integer issues list every value; real issues are refused."""
        if self.kind == "discrete":
            return list(self.values)
        if self.kind == "integer":
            lo, hi = int(self.lower or 0), int(self.upper or 0)
            if hi - lo + 1 > MAX_INTEGER_VALUES:
                raise FormatError(source, f"integer issue {self.name!r} has too many values")
            return [str(v) for v in range(lo, hi + 1)]
        raise FormatError(
            source,
            f"real issue {self.name!r} is continuous: an exact frontier needs discrete options "
            "(discretise it into an integer or discrete issue first)",
        )


@dataclass
class GeniusDomain:
    """Issues in file order, and the domain's name."""

    name: str
    issues: list[GeniusIssue]

    def to_xml(self) -> str:
        """The domain as GENIUS XML (discrete, integer and real issues)."""
        lines = [
            "<negotiation_template>",
            f'<utility_space number_of_issues="{len(self.issues)}">',
            f'<objective index="0" description="" name={quoteattr(self.name)} '
            'type="objective" etype="objective">',
        ]
        for issue in self.issues:
            lines += _issue_xml(issue, None)
        lines += ["</objective>", "</utility_space>", "</negotiation_template>", ""]
        return "\n".join(lines)


def _num(x: float | None) -> str:
    x = float(x or 0.0)
    return str(int(x)) if x.is_integer() else repr(x)


def _issue_xml(issue: GeniusIssue, profile: GeniusProfile | None) -> list[str]:
    head = (
        f'<issue index="{issue.index}" name={quoteattr(issue.name)} vtype="{issue.kind}" '
        f'type="{issue.kind}" etype="{issue.kind}"'
    )
    if issue.kind == "discrete":
        lines = [head + ">"]
        evals = profile.evaluations.get(issue.name, {}) if profile is not None else {}
        for k, value in enumerate(issue.values, start=1):
            ev = f' evaluation="{evals.get(value, 0.0)!r}"' if profile is not None else ""
            lines.append(f'  <item index="{k}" value={quoteattr(value)}{ev} />')
        return [*lines, "</issue>"]
    lines = [head + f' lowerbound="{_num(issue.lower)}" upperbound="{_num(issue.upper)}">']
    if profile is not None:
        offset, slope = profile.linear.get(issue.name, (0.0, 0.0))
        lines.append(f'  <evaluator ftype="linear" offset="{offset!r}" slope="{slope!r}" />')
    return [*lines, "</issue>"]


@dataclass
class GeniusProfile:
    """A linear additive utility profile: weights, evaluators, reservation, discount factor.

    ``evaluations[issue][value]`` holds raw evaluations of discrete values;
    ``linear[issue]`` holds ``(offset, slope)`` of an integer or real issue.
    """

    name: str
    weights: dict[str, float]
    evaluations: dict[str, dict[str, float]] = field(default_factory=dict)
    linear: dict[str, tuple[float, float]] = field(default_factory=dict)
    reservation: float = 0.0
    discount: float = 1.0

    def to_xml(self, domain: GeniusDomain) -> str:
        """The profile as GENIUS XML over ``domain``: weights, evaluators, reservation, discount."""
        lines = [
            "<utility_space>",
            f'<objective index="0" description="" name={quoteattr(domain.name)} '
            'type="objective" etype="objective">',
        ]
        for issue in domain.issues:
            lines += _issue_xml(issue, self)
        for issue in domain.issues:
            lines.append(
                f'<weight index="{issue.index}" value="{self.weights.get(issue.name, 0.0)!r}" />'
            )
        lines += [
            "</objective>",
            f'<reservation value="{self.reservation!r}" />',
            f'<discount_factor value="{self.discount!r}" />',
            "</utility_space>",
            "",
        ]
        return "\n".join(lines)

    def values(self, issue: GeniusIssue, source: str) -> list[float]:
        """Normalised value (0..1) of each option of ``issue`` as GENIUS computes it."""
        if issue.kind == "discrete":
            evals = self.evaluations.get(issue.name, {})
            raw = [evals.get(v, 0.0) for v in issue.values]
            top = max(raw, default=0.0)
            return [r / top if top > 0 else 0.0 for r in raw]
        offset, slope = self.linear.get(issue.name, (0.0, 0.0))
        lo = issue.lower or 0
        return [min(1.0, max(0.0, offset + slope * (int(v) - lo))) for v in issue.options(source)]


def _parse(path: Path) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except FileNotFoundError:
        raise FormatError(str(path), "no such file") from None
    except ET.ParseError as exc:
        raise FormatError(str(path), f"not well-formed XML: {exc}") from None
    except OSError as exc:
        raise FormatError(str(path), f"cannot read: {exc}") from None


def _issues(root: ET.Element, source: str) -> list[GeniusIssue]:
    issues = []
    for el in root.iter("issue"):
        name = el.get("name")
        if name is None:
            raise FormatError(source, "an issue has no name")
        kind = (el.get("vtype") or el.get("type") or el.get("etype") or "discrete").lower()
        try:
            index = int(el.get("index", len(issues) + 1))
        except ValueError:
            raise FormatError(source, f"issue {name!r}: index is not a number") from None
        if kind == "discrete":
            values = [i.get("value", "") for i in el.findall("item")]
            if not values:
                raise FormatError(source, f"discrete issue {name!r} has no values")
            issues.append(GeniusIssue(name=name, index=index, values=values))
        elif kind in ("integer", "real"):
            try:
                lo, hi = float(el.get("lowerbound", "")), float(el.get("upperbound", ""))
            except ValueError:
                raise FormatError(source, f"{kind} issue {name!r} lacks numeric bounds") from None
            issues.append(GeniusIssue(name=name, index=index, kind=kind, lower=lo, upper=hi))
        else:
            raise FormatError(source, f"issue {name!r} has unsupported type {kind!r}")
    if not issues:
        raise FormatError(source, "no issues: not a GENIUS domain")
    return issues


def _nonlinear(root: ET.Element) -> bool:
    space = root if root.tag == "utility_space" else root.find(".//utility_space")
    typed = space is not None and (space.get("type") or "").lower() == "nonlinear"
    return typed or root.find(".//hyperRectangle") is not None


def read_domain(path: str | Path) -> GeniusDomain:
    """Read a GENIUS domain file (a ``negotiation_template`` or a bare ``utility_space``)."""
    path = Path(path)
    root = _parse(path)
    objective = root.find(".//objective")
    name = objective.get("name", "") if objective is not None else ""
    if name in ("", "root"):
        name = path.stem
    return GeniusDomain(name=name, issues=_issues(root, str(path)))


def read_profile(path: str | Path, domain: GeniusDomain | None = None) -> GeniusProfile:
    """Read a GENIUS utility profile; its parties' name is the file name without extension.

    Raises
    ------
    FormatError
        Not XML, non-linear (``hyperRectangle``), an evaluator other than linear, or issues that
        do not match ``domain``.
    """
    path = Path(path)
    source = str(path)
    root = _parse(path)
    if _nonlinear(root):
        raise FormatError(
            source, "non-linear utility space (hyperRectangle constraints): not linear additive"
        )
    issues = _issues(root, source)
    by_index = {i.index: i for i in issues}
    weights: dict[str, float] = {}
    for w in root.iter("weight"):
        try:
            index, value = int(w.get("index", "")), float(w.get("value", ""))
        except ValueError:
            raise FormatError(source, "a weight lacks a numeric index or value") from None
        if index in by_index:  # other indices weigh objectives, not issues
            weights[by_index[index].name] = value
    evaluations: dict[str, dict[str, float]] = {}
    linear: dict[str, tuple[float, float]] = {}
    for el, issue in zip(root.iter("issue"), issues, strict=True):
        if issue.kind == "discrete":
            evals = {}
            for item in el.findall("item"):
                try:
                    evals[item.get("value", "")] = float(item.get("evaluation", "0"))
                except ValueError:
                    raise FormatError(
                        source, f"issue {issue.name!r}: evaluation is not a number"
                    ) from None
            evaluations[issue.name] = evals
        else:
            ev = el.find("evaluator")
            if ev is None:
                linear[issue.name] = (0.0, 0.0)
                continue
            ftype = (ev.get("ftype") or "linear").lower()
            if ftype != "linear":
                raise FormatError(source, f"issue {issue.name!r}: evaluator {ftype!r} unsupported")
            try:
                if ev.get("slope") is not None:
                    linear[issue.name] = (float(ev.get("offset", "0")), float(ev.get("slope")))
                else:  # newer form: utilities at the lower and upper bound
                    lo_u, hi_u = float(ev.get("lowerbound")), float(ev.get("upperbound"))
                    span = (issue.upper or 0) - (issue.lower or 0)
                    linear[issue.name] = (lo_u, (hi_u - lo_u) / span if span else 0.0)
            except (TypeError, ValueError):
                raise FormatError(source, f"issue {issue.name!r}: malformed evaluator") from None
    if domain is not None:
        names = [i.name for i in domain.issues]
        if sorted(names) != sorted(i.name for i in issues):
            raise FormatError(
                source, f"its issues do not match the domain's ({', '.join(names[:6])} ...)"
            )
    reservation = _number(root, "reservation", 0.0, source)
    discount = _number(root, "discount_factor", 1.0, source)
    if not weights:
        raise FormatError(source, "no issue weights: not a GENIUS utility profile")
    return GeniusProfile(
        name=path.stem,
        weights=weights,
        evaluations=evaluations,
        linear=linear,
        reservation=reservation,
        discount=discount,
    )


def _number(root: ET.Element, tag: str, default: float, source: str) -> float:
    el = root.find(f".//{tag}")
    if el is None or el.get("value") is None:
        return default
    try:
        return float(el.get("value", ""))
    except ValueError:
        raise FormatError(source, f"{tag} is not a number") from None


def _read_all(
    domain_path: str | Path, profile_paths: Sequence[str | Path]
) -> tuple[GeniusDomain, list[GeniusProfile]]:
    domain = read_domain(domain_path)
    profiles = [read_profile(p, domain) for p in profile_paths]
    names = [p.name for p in profiles]
    if len(set(names)) != len(names):
        raise FormatError(str(profile_paths[0]), "two profiles have the same file name")
    return domain, profiles


def genius_space(domain_path: str | Path, profile_paths: Sequence[str | Path]) -> OutcomeSpace:
    """The outcome space with utilities exactly as GENIUS computes them (weights as given)."""
    domain, profiles = _read_all(domain_path, profile_paths)
    source = str(domain_path)
    options = [i.options(source) for i in domain.issues]
    contributions = []
    for issue, opts in zip(domain.issues, options, strict=True):
        table = np.zeros((len(opts), len(profiles)))
        for p, prof in enumerate(profiles):
            table[:, p] = prof.weights.get(issue.name, 0.0) * np.asarray(prof.values(issue, source))
        contributions.append(table)
    return OutcomeSpace(
        parties=tuple(p.name for p in profiles),
        issues=tuple(i.name for i in domain.issues),
        options=tuple(tuple(o) for o in options),
        contributions=tuple(contributions),
        reservations=np.array([p.reservation for p in profiles], dtype=float),
        name=domain.name,
        source=str(domain_path),
    )


def read_genius_case(domain_path: str | Path, profile_paths: Sequence[str | Path]) -> Case:
    """A :class:`Case` from a GENIUS domain and profiles (one party per profile).

    Option values are GENIUS's normalised evaluations and weights are kept as given; a case
    divides by the weights' sum, so utilities equal GENIUS's whenever the weights sum to 1 (as
    they do in GENIUS's own editor). Discount factors have no place in a case and are dropped.
    """
    domain, profiles = _read_all(domain_path, profile_paths)
    source = str(domain_path)
    issues = [
        CaseIssue(name=i.name, options=i.options(source), ordered=i.kind != "discrete")
        for i in domain.issues
    ]
    prefs = {}
    for prof in profiles:
        values = {}
        for issue, case_issue in zip(domain.issues, issues, strict=True):
            vals = prof.values(issue, source)
            values[issue.name] = dict(zip(case_issue.options, vals, strict=True))
        prefs[prof.name] = Preference(
            weights={i.name: max(0.0, prof.weights.get(i.name, 0.0)) for i in domain.issues},
            values=values,
        )
    return Case(
        name=domain.name,
        description=f"Read from GENIUS domain {Path(domain_path).name}",
        parties=[
            CaseParty(name=p.name, reservation=min(1.0, max(0.0, p.reservation))) for p in profiles
        ],
        issues=issues,
        preferences=prefs,
    )


# ---------------------------------------------------------------------------------------------
# Writing


def domain_xml(case: Case) -> str:
    """The GENIUS domain XML of ``case`` (every issue discrete)."""
    lines = [
        "<negotiation_template>",
        f'<utility_space number_of_issues="{len(case.issues)}">',
        f'<objective index="0" description="" name={quoteattr(case.name)} type="objective" '
        'etype="objective">',
    ]
    for i, issue in enumerate(case.issues, start=1):
        lines.append(
            f'<issue index="{i}" name={quoteattr(issue.name)} vtype="discrete" type="discrete" '
            'etype="discrete">'
        )
        for k, option in enumerate(issue.options, start=1):
            lines.append(f'  <item index="{k}" value={quoteattr(option)} />')
        lines.append("</issue>")
    lines += ["</objective>", "</utility_space>", "</negotiation_template>", ""]
    return "\n".join(lines)


def profile_xml(case: Case, party: str, discount: float = 1.0) -> str:
    """The GENIUS profile XML of ``party`` in ``case``, giving the same utilities.

    GENIUS divides evaluations by their issue's largest, so an issue whose best option is worth
    ``m < 1`` is written with evaluations ``v / m`` and weight ``w * m``; weights then sum to
    at most 1 and every package keeps its utility.
    """
    space = OutcomeSpace.from_case(case)
    p = space.parties.index(party)
    reservation = float(space.reservations[p])
    lines = [
        "<utility_space>",
        f'<objective index="0" description="" name={quoteattr(case.name)} type="objective" '
        'etype="objective">',
    ]
    weights = []
    for i, (issue, table) in enumerate(zip(case.issues, space.contributions, strict=True), 1):
        column = table[:, p]
        top = float(column.max())
        weights.append(top)
        lines.append(
            f'<issue index="{i}" name={quoteattr(issue.name)} vtype="discrete" type="discrete" '
            'etype="discrete">'
        )
        for k, (option, value) in enumerate(zip(issue.options, column, strict=True), start=1):
            evaluation = float(value) / top if top > 0 else 0.0
            lines.append(
                f'  <item index="{k}" value={quoteattr(option)} evaluation="{evaluation!r}" />'
            )
        lines.append("</issue>")
    for i, w in enumerate(weights, start=1):
        lines.append(f'<weight index="{i}" value="{w!r}" />')
    lines += [
        "</objective>",
        f'<reservation value="{reservation!r}" />',
        f'<discount_factor value="{discount!r}" />',
        "</utility_space>",
        "",
    ]
    return "\n".join(lines)


def write_genius(case: Case, directory: str | Path) -> list[Path]:
    """Write ``<name>-domain.xml`` and one ``<party>.xml`` per party; return the paths.

    The domain comes first, then the profiles in party order; GENIUS computes the same
    utilities from them as the case does (see :func:`profile_xml`).
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    stem = _safe(case.name)
    domain = directory / f"{stem}-domain.xml"
    domain.write_text(domain_xml(case), encoding="utf-8")
    paths = [domain]
    for party in case.parties:
        path = directory / f"{_safe(party.name)}.xml"
        path.write_text(profile_xml(case, party.name), encoding="utf-8")
        paths.append(path)
    return paths


def write_genius_files(
    domain: GeniusDomain, profiles: Sequence[GeniusProfile], directory: str | Path
) -> list[Path]:
    """Write a domain and profiles as read by :func:`read_domain` / :func:`read_profile`.

    Keeps integer and real issues, linear evaluators, raw evaluations, reservation values and
    discount factors. Returns the domain's path, then one per profile (``<profile name>.xml``).
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{_safe(domain.name)}-domain.xml"
    path.write_text(domain.to_xml(), encoding="utf-8")
    paths = [path]
    for profile in profiles:
        out = directory / f"{_safe(profile.name)}.xml"
        out.write_text(profile.to_xml(domain), encoding="utf-8")
        paths.append(out)
    return paths


def _safe(name: str) -> str:
    keep = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
    return keep or "case"
