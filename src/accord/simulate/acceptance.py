"""Acceptance conditions: when a party accepts the offer on the table instead of countering.

Baarslag, Hindriks and Jonker compared acceptance conditions and found that AC_next (accept an
offer at least as good as the counter-offer you are about to make) does well on its own and best
combined with a rule for the end of the negotiation.

- ``next``: AC_next, and never below the reservation value:
  accept ``x`` iff ``u(x) ≥ u(x')`` and ``u(x) ≥ r``, where ``x'`` is the party's next offer.
- ``next-last`` (the default): AC_next, or, on the party's last turn before the deadline, any
  offer ``u(x) ≥ r`` (no deal would give only ``r``). This is AC_combi with the time threshold at
  the last turn and the reservation value as the threshold.

References
----------
Baarslag, T., Hindriks, K. and Jonker, C. (2014). Effective acceptance conditions in real-time
automated negotiation. *Decision Support Systems* 60, 68–77.
Baarslag, T., Hindriks, K. and Jonker, C. (2013). Acceptance conditions in automated
negotiation. In *Complex Automated Negotiations: Theories, Models, and Software Competitions*,
SCI 435, 95–111. Springer.
"""

from __future__ import annotations

from collections.abc import Callable

from accord.errors import StrategyError

#: ``rule(offered, next_offer, reservation, last_turn) -> bool``, utilities of the deciding party.
AcceptanceRule = Callable[[float, float | None, float, bool], bool]

#: Tolerance for comparing utilities.
EPS = 1e-12


def ac_next(offered: float, next_offer: float | None, reservation: float, last_turn: bool) -> bool:
    """AC_next with the reservation value as a floor.

    Parameters
    ----------
    offered : float
        The deciding party's utility of the offer on the table.
    next_offer : float or None
        Its utility of the offer it would make instead (None: it would walk away).
    reservation : float
        Its utility of no deal.
    last_turn : bool
        Whether this is its last turn before the deadline (ignored here).

    Examples
    --------
    >>> ac_next(0.6, 0.7, 0.2, False), ac_next(0.7, 0.7, 0.2, False), ac_next(0.1, 0.0, 0.2, False)
    (False, True, False)
    """
    if offered < reservation - EPS:
        return False
    return next_offer is None or offered >= next_offer - EPS


def ac_next_last(
    offered: float, next_offer: float | None, reservation: float, last_turn: bool
) -> bool:
    """AC_next, or any offer at least worth the reservation value on the last turn.

    Examples
    --------
    >>> ac_next_last(0.4, 0.7, 0.3, False), ac_next_last(0.4, 0.7, 0.3, True)
    (False, True)
    """
    if last_turn and offered >= reservation - EPS:
        return True
    return ac_next(offered, next_offer, reservation, last_turn)


ACCEPTANCE_RULES: dict[str, AcceptanceRule] = {"next": ac_next, "next-last": ac_next_last}

#: The rule used when none is named.
DEFAULT_ACCEPTANCE = "next-last"


def get_acceptance(name: str) -> AcceptanceRule:
    """The acceptance rule registered as ``name``.

    Raises
    ------
    StrategyError
        ``name`` is not a registered rule.

    Examples
    --------
    >>> get_acceptance("next") is ac_next
    True
    """
    try:
        return ACCEPTANCE_RULES[name]
    except KeyError:
        known = ", ".join(ACCEPTANCE_RULES)
        raise StrategyError(
            "--acceptance", f"unknown acceptance rule {name!r} (known: {known})"
        ) from None
