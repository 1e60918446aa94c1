"""What a party sees of a negotiation in progress: the clock and the offers made so far."""

from __future__ import annotations

from dataclasses import dataclass, field

from accord.simulate.space import NegotiationSpace


@dataclass
class NegotiationState:
    """The public state of a negotiation at one turn.

    Attributes
    ----------
    space : NegotiationSpace
        The packages and utilities (complete information: every party knows every utility).
    n_turns : int
        The deadline in turns (rounds × parties); turn ``n_turns - 1`` is the last.
    turn : int
        The current turn, from 0; the party to move is ``turn % len(space.parties)``.
    offers : list of tuple of int
        Every offer made so far as ``(party, package)``, oldest first.
    current : tuple of int or None
        The offer on the table as ``(party, package)``.

    Examples
    --------
    >>> from accord.simulate.space import NegotiationSpace
    >>> space = NegotiationSpace.from_utilities(
    ...     ["A", "B"], {"x": ["a", "b"]}, lambda p: {"A": 1.0, "B": 1.0},
    ...     frontier=[{"x": "a"}], nash={"x": "a"})
    >>> state = NegotiationState(space, n_turns=5, turn=2)
    >>> state.party, state.round, state.time
    (0, 1, 0.5)
    """

    space: NegotiationSpace
    n_turns: int
    turn: int = 0
    offers: list[tuple[int, int]] = field(default_factory=list)
    current: tuple[int, int] | None = None
    _first: dict[int, int] = field(default_factory=dict, repr=False)
    _last: dict[int, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for party, k in self.offers:
            self._first.setdefault(party, k)
            self._last[party] = k

    def add_offer(self, party: int, k: int) -> None:
        """Record that ``party`` offered package ``k``; it is now the offer on the table."""
        self.offers.append((party, k))
        self._first.setdefault(party, k)
        self._last[party] = k
        self.current = (party, k)

    @property
    def party(self) -> int:
        """The index of the party to move."""
        return self.turn % len(self.space.parties)

    @property
    def round(self) -> int:
        """The current round, from 0: in a round each party moves once."""
        return self.turn // len(self.space.parties)

    @property
    def time(self) -> float:
        """Relative time ``t = turn / (n_turns - 1)`` in [0, 1]; 1 at the last turn."""
        return self.turn / (self.n_turns - 1) if self.n_turns > 1 else 1.0

    @property
    def last_turn(self) -> bool:
        """Whether the party to move has no further turn before the deadline."""
        return self.turn + len(self.space.parties) >= self.n_turns

    def first_offer(self, party: int) -> int | None:
        """The first package ``party`` offered, or None."""
        return self._first.get(party)

    def last_offer(self, party: int) -> int | None:
        """The latest package ``party`` offered, or None."""
        return self._last.get(party)
