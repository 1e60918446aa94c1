"""Hypothesis strategies: random small cases with ties and equal options."""

from __future__ import annotations

from hypothesis import strategies as st

from accord.model import Case, CaseIssue, CaseParty, Preference

# Dyadic values make sums exact, so ties between packages are real ties.
TIED_VALUES = st.sampled_from([0.0, 0.25, 0.5, 0.75, 1.0])
# Values on a 1e-6 grid: utilities that differ by less than the engine's rounding (1e-12) are
# equal by definition, so values such as 1e-12 would only test float noise.
FREE_VALUES = st.floats(0.0, 1.0, allow_nan=False, allow_infinity=False).map(
    lambda v: round(v, 6)
)


@st.composite
def cases(draw, parties: int, max_issues: int = 4, max_options: int = 4, ties: bool = True):
    """A random case with ``parties`` parties, values per option and weights per issue."""
    values = TIED_VALUES if ties else FREE_VALUES
    n_issues = draw(st.integers(1, max_issues))
    issues = [
        CaseIssue(name=f"i{i}", options=[f"o{k}" for k in range(draw(st.integers(1, max_options)))])
        for i in range(n_issues)
    ]
    weights = st.sampled_from([1.0, 2.0, 4.0]) if ties else st.floats(0.01, 10.0)
    prefs = {}
    for p in range(parties):
        prefs[f"P{p}"] = Preference(
            weights={i.name: draw(weights) for i in issues},
            values={i.name: {o: draw(values) for o in i.options} for i in issues},
        )
    reservations = st.sampled_from([0.0, 0.25, 0.5]) if ties else st.floats(0.0, 0.6)
    return Case(
        name="random",
        parties=[CaseParty(name=f"P{p}", reservation=draw(reservations)) for p in range(parties)],
        issues=issues,
        preferences=prefs,
    )
