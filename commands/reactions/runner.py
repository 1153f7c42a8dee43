"""The reaction runner: a follower of the event log that hands each stored event to the reactions
that handle it, in store order, and records per reaction the position it has dealt with.

Delivery is at least once: a reaction's commands are saved before its position moves, so a crash
in between repeats the event, which the reaction's deterministic ids turn into a no-op. The
runner is given the log and the positions in the shapes below (the read side's `NotificationLog`
and `StoredPositions`, wired by ops), so the write side imports neither.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from cronica.commands.application import CronicaApplication
from cronica.commands.reactions import Reaction

ReadAfter = Callable[[int], Sequence[tuple[int, Any]]]
"""The stored events after a position, with their positions (`NotificationLog.after`)."""


class Claim(Protocol):
    """A hold on a stored position: where to start, and each step done."""

    @property
    def position(self) -> int: ...
    def advance(self, position: int) -> None: ...


class Positions(Protocol):
    def ensure(self, *names: str) -> None: ...
    def claim(self, name: str) -> AbstractContextManager[Claim]: ...


def position_name(reaction: Reaction) -> str:
    return f"reaction:{reaction.name}"


class ReactionRunner:
    """Keeps a set of reactions up to date with the event store."""

    def __init__(
        self,
        app: CronicaApplication,
        read_after: ReadAfter,
        positions: Positions,
        reactions: Sequence[Reaction],
    ) -> None:
        self.app = app
        self.read_after = read_after
        self.positions = positions
        self.reactions = list(reactions)

    def setup(self) -> None:
        self.positions.ensure(*(position_name(reaction) for reaction in self.reactions))

    def follow_batch(self) -> int:
        """Gives each reaction its next batch of events; returns how many events were read."""
        return sum(self._react_to_batch(reaction) for reaction in self.reactions)

    def _react_to_batch(self, reaction: Reaction) -> int:
        with self.positions.claim(position_name(reaction)) as claim:
            batch = self.read_after(claim.position)
            for position, event in batch:
                if reaction.wants(event):
                    reaction.react(self.app, event)
                    claim.advance(position)
            if batch:
                claim.advance(batch[-1][0])
        return len(batch)

    def catch_up(self) -> int:
        """Reacts until no event is left; returns how many were read."""
        total = 0
        while read := self.follow_batch():
            total += read
        return total
