r"""Bueno de Mesquita's expected utility model (EUM), as Scholz, Calbert and Smith specify it.

One issue, a line of positions. Actor :math:`i` has a position :math:`x_i`, a capability
:math:`c_i \ge 0` and a salience :math:`s_i \in [0, 1]`. Distances are measured relative to the
width of the initial positions, :math:`\Delta = \max_k x_k^0 - \min_k x_k^0`, so that
:math:`d_{ij} = |x_i - x_j| / \Delta \in [0, 1]`. A round has these steps (section numbers are
those of Scholz et al. 2011, "SCS" below; BDM is Bueno de Mesquita 1994):

1. **Votes and the median voter** (SCS §3.2; BDM 1994). Actor :math:`k` casts
   :math:`v_k^{ij} = c_k s_k (|x_k - x_j| - |x_k - x_i|)` for :math:`x_i` over :math:`x_j`.
   The median voter position :math:`\mu` is the position that beats every other in these votes.
   Summed over :math:`k`, :math:`\sum_k v_k^{ij} = F(x_j) - F(x_i)` with
   :math:`F(y) = \sum_k c_k s_k |x_k - y|`, so :math:`\mu` minimises :math:`F`: it is the
   capability × salience weighted median (:func:`accord.forecast.median.weighted_median`).
2. **Probability of success** (SCS §4). The chance that :math:`i` prevails over
   :math:`j` is the share of the vote for :math:`i` among all votes cast on the pair:

   .. math:: P_{ij} = \frac{\sum_{k:\, v_k^{ij} > 0} v_k^{ij}}{\sum_k |v_k^{ij}|},
             \qquad P_{ij} + P_{ji} = 1.

3. **Basic utilities** (SCS §3; BDM 1994), with risk exponent
   :math:`r_i`:

   .. math::
       U^s_{ij} &= 2 - 4\,(0.5 - 0.5\, d_{ij})^{r_i}  && \text{i wins a challenge of j} \\
       U^f_{ij} &= 2 - 4\,(0.5 + 0.5\, d_{ij})^{r_i}  && \text{i loses it} \\
       U^b_{ij} &= 2 - 4\,(0.5 - 0.25\,(d_{i\mu} + d_{ij}))^{r_i} && \text{no challenge, better} \\
       U^w_{ij} &= 2 - 4\,(0.5 + 0.25\,(d_{i\mu} + d_{ij}))^{r_i} && \text{no challenge, worse} \\
       U^{sq}_i &= 2 - 4\,(0.5)^{r_i} && \text{status quo}

4. **Expected utility of a challenge** (SCS §2.2; BDM 1994). :math:`j` resists
   with probability :math:`s_j`; without a challenge the status quo holds with probability
   :math:`Q`, otherwise it gets better with probability :math:`T`:

   .. math::
       EU_i(ij) = s_j\,[P_{ij} U^s_{ij} + (1 - P_{ij}) U^f_{ij}] + (1 - s_j)\, U^s_{ij}
                  - Q\, U^{sq}_i - (1 - Q)\,[T U^b_{ij} + (1 - T) U^w_{ij}]

   With SCS's values :math:`Q = T = 1` (the defaults here) the last bracket vanishes and
   :math:`\mu` does not enter the expected utilities.
5. **Risk attitude** (SCS §5; BDM 1985). With :math:`r \equiv 1`, actor
   :math:`i`'s exposure is :math:`S_i = \sum_{j \ne i} EU_j(ji)`, the others' expected gains
   from challenging it. Then

   .. math:: R_i = \frac{2 S_i - \max_k S_k - \min_k S_k}{\max_k S_k - \min_k S_k}, \qquad
             r_i = \frac{1 - R_i/3}{1 + R_i/3} \in [0.5, 2]

   (:math:`R_i = 0`, :math:`r_i = 1` when every :math:`S_k` is equal). The expected utilities
   are then computed again with these :math:`r_i`.
6. **Offers and moves** (SCS §6; BDM 1994, the "quadrant" of conflict, compromise and
   capitulation). From :math:`i`'s perspective, :math:`a = EU_i(ij)` and
   :math:`b = EU^i_j(ji)`, the utility :math:`i` thinks :math:`j` has of challenging it (computed
   with :math:`i`'s own :math:`r_i`). If :math:`a > 0` then

   * :math:`b > 0,\ a > b` — **conflict** that :math:`i` expects to win: :math:`i` demands
     :math:`x_i`;
   * :math:`b < 0,\ a \ge |b|` — **compromise**: :math:`i` proposes
     :math:`x_j + (x_i - x_j)\,|b / a|`;
   * :math:`b < 0,\ a < |b|` — **capitulation**: :math:`j` gives in to :math:`x_i`.

   Every target :math:`j` accepts, of the proposals it received, the one that moves it least;
   all targets move at once. Rounds repeat until no position moves by more than
   ``tol`` × :math:`\Delta`. Actors closer than ``tol`` × :math:`\Delta` count as holding
   the same position and do not challenge each other, which stops near-equal actors from
   swapping places round after round.
7. **Forecast**: the median voter position :math:`\mu` of the settled positions (BDM 1994:
   the model's prediction is the position of the median voter once the exchanges end).

Where published readings disagree, and what this module does
------------------------------------------------------------
* *Probability numerator.* SCS's probability (section 4) sums only the positive votes (used
  here). The replication of Masad (github.com/dmasad/BDM_DecisionModel_Replication) takes
  :math:`\max(0, \sum_k v_k^{ij})` instead, and the one of McKibben
  (github.com/jmckib/bdm-scholz-expected-utility-model) divides by the votes summed over *all*
  pairs, which he reports as what SCS's own code did; that makes every :math:`P_{ij}` tiny.
  We keep the published equation, the only one with :math:`P_{ij} + P_{ji} = 1`.
* *Whose risk exponent.* Read as McKibben reads SCS and BDM, both :math:`EU_i(ij)` and
  :math:`EU^i_j(ji)` are evaluated from :math:`i`'s perspective, with :math:`r_i` (used here);
  Masad's code gives each expected utility its own actor's exponent; McKibben's code, which
  resolves offers at the target, uses the target's.
* *Median or mean.* Step 3 of SCS's appendix uses the median voter; Masad's code uses the
  weighted mean.
  With :math:`Q = 1` this changes nothing but the forecast; we report the median voter, as
  BDM does. The compromise model (:mod:`accord.forecast.compromise`) gives the mean.
* *Which offer is accepted.* The text of SCS (section 6) says an actor accepts the
  offer that requires the smallest move (used here). Masad keeps the offers of largest
  :math:`EU` first; McKibben notes that SCS's code prefers conflicts, then compromises ranked
  by an EU-weighted position, then capitulations.
* *Q and T.* BDM (1994) leaves :math:`Q` and :math:`T` to the analyst; both open
  replications default to :math:`Q = T = 1` (status quo certain without a challenge), and so
  do we (``q``, ``t`` change them). Eftekhari & Rahimi (2014, "Preana: game theory based
  prediction with reinforcement learning") rebuild BDM's model and add a reinforcement-learning
  mechanism for the actors' risk taking; we keep the static risk exponents of step 5.
* *EU example data.* Masad's ``ExampleActors.csv`` swaps the positions and saliences of the
  Netherlands and Belgium relative to SCS's Table 1 (BDM 1994, p. 78); McKibben's matches the
  table, and ``examples/scenarios/eu-emissions.csv`` follows the table.

References
----------
Scholz, J. B., Calbert, G. J. & Smith, G. A. (2011). Unravelling Bueno De Mesquita's group
decision model. *Journal of Theoretical Politics* 23(4), 510–531.

Bueno de Mesquita, B. (1994). Political forecasting: an expected utility method. In Bueno de
Mesquita, B. & Stokman, F. (eds), *European Community Decision Making*, Yale UP, 71–104.

Bueno de Mesquita, B. (1985). The war trap revisited. *American Political Science Review*
79(1), 156–177.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from pydantic import BaseModel

from accord.errors import ConvergenceError
from accord.forecast.median import weighted_median

Kind = str  # "conflict" | "compromise" | "capitulation"


class Move(BaseModel):
    """One accepted proposal: in ``round``, ``target`` moved to ``mover``'s proposal."""

    round: int
    target: str
    mover: str
    kind: str
    position_from: float
    position_to: float


class EumResult(BaseModel):
    """Outcome of one expected-utility run on one issue (positions on the input scale)."""

    forecast: float
    rounds: int
    converged: bool
    trajectories: dict[str, list[float]]
    moves: list[Move] = []
    risk: dict[str, float] = {}


def _check(
    positions: Sequence[float], capabilities: Sequence[float], saliences: Sequence[float]
) -> None:
    n = len(positions)
    if n == 0 or len(capabilities) != n or len(saliences) != n:
        raise ValueError("positions, capabilities and saliences need one value per actor")
    if any(s < 0.0 or s > 1.0 for s in saliences):
        raise ValueError("saliences of the expected utility model lie in [0, 1]")
    if any(c < 0.0 for c in capabilities):
        raise ValueError("capabilities are non-negative")


def win_probabilities(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """``P[i, j]``: the vote share of ``x[i]`` against ``x[j]`` (SCS section 4).

    Pairs with no votes either way (the same position) get 0.5. On a line the sums over voters
    need no third loop: with :math:`F(y) = \\sum_k w_k |x_k - y|`, the votes for minus against
    :math:`x_i` are :math:`F(x_j) - F(x_i)`, and the total of absolute votes is
    :math:`|x_i - x_j|` times the weight outside the pair plus, inside it,
    :math:`\\sum_k w_k |x_i + x_j - 2 x_k|`, read off prefix sums of the sorted positions; so
    the cost is :math:`O(n^2 \\log n)`, not :math:`O(n^3)`.

    Examples
    --------
    >>> p = win_probabilities(np.array([0.0, 1.0, 0.2]), np.array([1.0, 1.0, 1.0]))
    >>> round(float(p[0, 1]), 3), round(float(p[1, 0]), 3)
    (0.615, 0.385)
    """
    order = np.argsort(x, kind="stable")
    xs, ws = x[order], w[order]
    cw = np.concatenate(([0.0], np.cumsum(ws)))
    cwx = np.concatenate(([0.0], np.cumsum(ws * xs)))

    def below(t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        k = np.searchsorted(xs, t, side="left")
        return cw[k], cwx[k]

    f = np.abs(x[:, None] - x[None, :]) @ w  # F(x_i) = sum_k w_k |x_k - x_i|
    a = np.minimum(x[:, None], x[None, :])
    b = np.maximum(x[:, None], x[None, :])
    mid = (a + b) / 2.0
    w_a, wx_a = below(a)
    w_m, wx_m = below(mid)
    w_b, wx_b = below(b)
    outside = (b - a) * (cw[-1] - (w_b - w_a))
    left = (a + b) * (w_m - w_a) - 2.0 * (wx_m - wx_a)
    right = 2.0 * (wx_b - wx_m) - (a + b) * (w_b - w_m)
    den = outside + left + right
    num = (den + f[None, :] - f[:, None]) / 2.0  # num[i, j]: votes for x_i over x_j
    out = np.full(den.shape, 0.5)
    np.divide(num, den, out=out, where=(den > 0.0) & (b > a))
    return np.clip(out, 0.0, 1.0)


def win_probabilities_direct(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The same shares summed voter by voter, :math:`O(n^3)` (a check on the fast version).

    >>> x, w = np.array([3.0, 9.0, 4.0, 1.0]), np.array([1.0, 2.0, 0.5, 3.0])
    >>> bool(np.allclose(win_probabilities_direct(x, w), win_probabilities(x, w)))
    True
    """
    a = np.abs(x[:, None] - x[None, :])  # a[k, i] = |x_k - x_i|
    v = w[:, None, None] * (a[:, None, :] - a[:, :, None])  # v[k, i, j]
    num = np.clip(v, 0.0, None).sum(axis=0)
    den = np.abs(v).sum(axis=0)
    out = np.full(den.shape, 0.5)
    np.divide(num, den, out=out, where=den > 0)
    return out


def expected_utilities(
    x: np.ndarray,
    s: np.ndarray,
    p: np.ndarray,
    exponent: np.ndarray,
    width: float,
    mu: float,
    q: float = 1.0,
    t: float = 1.0,
) -> np.ndarray:
    """``EU[i, j]``: the expected utility of ``i`` challenging ``j`` (SCS section 2.2).

    ``exponent[i, j]`` is the risk exponent used for the pair (``i`` the challenger).

    Examples
    --------
    >>> x = np.array([0.0, 1.0]); s = np.array([1.0, 1.0]); one = np.ones((2, 2))
    >>> eu = expected_utilities(x, s, np.full((2, 2), 0.75), one, 1.0, 0.5)
    >>> round(float(eu[0, 1]), 6)
    1.0
    """
    d = np.abs(x[:, None] - x[None, :]) / width
    m = (np.abs(x - mu) / width)[:, None]
    r = exponent
    u_s = 2.0 - 4.0 * (0.5 - 0.5 * d) ** r
    u_f = 2.0 - 4.0 * (0.5 + 0.5 * d) ** r
    u_sq = 2.0 - 4.0 * 0.5**r
    eu = s[None, :] * (p * u_s + (1.0 - p) * u_f) + (1.0 - s[None, :]) * u_s - q * u_sq
    if q != 1.0:
        u_b = 2.0 - 4.0 * np.clip(0.5 - 0.25 * (m + d), 0.0, None) ** r
        u_w = 2.0 - 4.0 * (0.5 + 0.25 * (m + d)) ** r
        eu -= (1.0 - q) * (t * u_b + (1.0 - t) * u_w)
    return eu


def risk_exponents(eu1: np.ndarray) -> np.ndarray:
    """Risk exponents ``r`` from the expected utilities computed with ``r = 1`` (SCS section 5).

    Examples
    --------
    >>> r = risk_exponents(np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]))
    >>> [round(float(v), 3) for v in r]
    [2.0, 0.5, 2.0]
    """
    n = eu1.shape[0]
    exposure = eu1.sum(axis=0) - np.diagonal(eu1)  # S_i = sum_{j != i} EU_j(ji)
    hi, lo = float(exposure.max()), float(exposure.min())
    if n < 2 or hi - lo <= 1e-15 * max(1.0, abs(hi)):
        return np.ones(n)
    big_r = (2.0 * exposure - hi - lo) / (hi - lo)
    return (1.0 - big_r / 3.0) / (1.0 + big_r / 3.0)


def _round(
    x: np.ndarray, c: np.ndarray, s: np.ndarray, width: float, q: float, t: float, tol: float
) -> tuple[np.ndarray, list[tuple[int, int, str]], np.ndarray]:
    """One round: returns new positions, accepted (target, proposer, kind), risk exponents."""
    n = len(x)
    w = c * s
    mu = weighted_median(x.tolist(), c.tolist(), s.tolist()) if q != 1.0 else 0.0  # unused if Q=1
    # Below ~32 actors the voter-by-voter sums cost fewer numpy calls than the sorted ones.
    p = win_probabilities_direct(x, w) if n <= 32 else win_probabilities(x, w)
    r = risk_exponents(expected_utilities(x, s, p, np.ones((n, n)), width, mu, q, t))
    pair = np.stack(np.broadcast_arrays(r[:, None], r[None, :]))
    own, seen = expected_utilities(x, s, p, pair, width, mu, q, t)  # [i, j] with r_i; [j, i] r_i
    a, b = own, seen.T  # a[i, j] = EU_i(ij); b[i, j] = EU^i_j(ji)
    gap = x[None, :] - x[:, None]  # gap[i, j] = x_j - x_i
    differ = np.abs(gap) > tol * width
    challenge = (a > 0.0) & differ
    np.fill_diagonal(challenge, False)
    conflict = challenge & (b > 0.0) & (a > b)
    yielding = challenge & (b < 0.0)
    compromise = yielding & (a >= np.abs(b))
    capitulation = yielding & (a < np.abs(b))
    ratio = np.zeros_like(a)
    np.divide(np.abs(b), a, out=ratio, where=compromise)
    proposal = np.where(compromise, x[None, :] - gap * ratio, x[:, None])  # proposal[i, j]
    offered = conflict | compromise | capitulation
    offered &= np.abs(proposal - x[None, :]) > 0.0
    move = np.where(offered, np.abs(proposal - x[None, :]), np.inf)
    least = move.min(axis=0)
    chosen = offered & (move == least[None, :])
    best = np.argmax(np.where(chosen, a, -np.inf), axis=0)  # ties: larger a, then lower i
    targets = np.flatnonzero(chosen.any(axis=0))
    new = x.copy()
    new[targets] = proposal[best[targets], targets]
    accepted = []
    for j in targets.tolist():
        i = int(best[j])
        kind = "conflict" if conflict[i, j] else "compromise"
        if not conflict[i, j] and not compromise[i, j]:
            kind = "capitulation"
        accepted.append((j, i, kind))
    return new, accepted, r


def expected_utility(
    positions: Sequence[float],
    capabilities: Sequence[float],
    saliences: Sequence[float],
    *,
    names: Sequence[str] | None = None,
    q: float = 1.0,
    t: float = 1.0,
    tol: float = 1e-4,
    max_iter: int = 1000,
    strict: bool = True,
    record: bool = True,
) -> EumResult:
    """Run the expected utility model on one issue until positions settle.

    Parameters
    ----------
    positions, capabilities, saliences
        One value per actor; saliences in [0, 1].
    names
        Actor names for trajectories and moves (default ``"0"``, ``"1"``, ...).
    q, t
        BDM's probability that the status quo holds without a challenge, and that it improves
        otherwise.
    tol
        Positions have settled when none moves by more than ``tol`` × the initial width.
    max_iter
        Most rounds to play.
    strict
        Raise :class:`~accord.errors.ConvergenceError` when ``max_iter`` rounds do not settle;
        with ``strict=False`` return the last round with ``converged=False``.
    record
        Keep trajectories and moves (``False`` skips them, for Monte Carlo sweeps).

    Returns
    -------
    EumResult
        Forecast (median voter of the settled positions), rounds played (rounds in which some
        actor moved), each actor's trajectory, the accepted proposals and risk exponents of the
        first round.

    Raises
    ------
    ConvergenceError
        If ``strict`` and positions still move after ``max_iter`` rounds.

    Examples
    --------
    >>> res = expected_utility([0.0, 100.0], [1.0, 1.0], [1.0, 1.0], names=["A", "B"])
    >>> res.forecast, res.rounds
    (50.0, 0)
    >>> res = expected_utility([0, 10, 100], [5, 5, 1], [0.9, 0.9, 0.2], names=["A", "B", "C"])
    >>> res.forecast, res.trajectories["C"][-1] < 100
    (10.0, True)
    """
    _check(positions, capabilities, saliences)
    labels = [str(k) for k in range(len(positions))] if names is None else list(names)
    x = np.asarray(positions, dtype=float)
    c = np.asarray(capabilities, dtype=float)
    s = np.asarray(saliences, dtype=float)
    width = float(x.max() - x.min())
    history = [x.copy()]
    moves: list[Move] = []
    risk = np.ones(len(x))
    rounds = 0
    converged = width == 0.0
    while not converged and rounds < max_iter:
        new, accepted, r = _round(x, c, s, width, q, t, tol)
        if rounds == 0:
            risk = r
        if float(np.max(np.abs(new - x))) <= tol * width:
            converged = True
            break
        rounds += 1
        old, x = x, new
        if not record:
            continue
        moves.extend(
            Move(
                round=rounds,
                target=labels[j],
                mover=labels[i],
                kind=kind,
                position_from=float(old[j]),
                position_to=float(new[j]),
            )
            for j, i, kind in accepted
        )
        history.append(x.copy())
    if not converged and strict:
        raise ConvergenceError(
            None, f"expected utility model: positions still moving after {max_iter} rounds"
        )
    forecast = weighted_median(x.tolist(), c.tolist(), s.tolist())
    lo, hi = float(min(positions)), float(max(positions))
    return EumResult(
        forecast=float(min(max(forecast, lo), hi)),
        rounds=rounds,
        converged=converged,
        trajectories={name: [float(h[k]) for h in history] for k, name in enumerate(labels)},
        moves=moves,
        risk={name: float(risk[k]) for k, name in enumerate(labels)},
    )
