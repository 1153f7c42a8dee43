"""The reaction runner: hands each stored event to the reactions that handle it, in store order,
and records per reaction the position it has dealt with.

Delivery is at least once: a reaction's commands are saved before its position moves, so a crash
in between repeats the event, which the reaction's deterministic ids turn into a no-op. On
PostgreSQL the reaction's position row stays locked while it reacts, so two processes running
reactions (a server and a worker) take turns instead of both reacting. On the embedded SQLite
default the read store shares the event store's file, whose write lock must stay free for the
reaction's own saves: one process per database is the embedded deployment anyway.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from cronica.commands.application import CronicaApplication
from cronica.commands.reactions import Reaction
from cronica.projections.polling import run_until_stopped
from cronica.projections.positions import (
    create_positions_table,
    ensure_position,
    read_position,
    write_position,
)
from cronica.projections.store import ReadStore


def position_name(reaction: Reaction) -> str:
    return f"reaction:{reaction.name}"


class ReactionRunner:
    """Keeps a set of reactions up to date with the event store."""

    def __init__(
        self,
        app: CronicaApplication,
        store: ReadStore,
        reactions: Sequence[Reaction],
        *,
        batch_size: int = 200,
        poll_seconds: float = 0.25,
    ) -> None:
        self.app = app
        self.store = store
        self.reactions = list(reactions)
        self.batch_size = batch_size
        self.poll_seconds = poll_seconds
        self._wake = threading.Event()
        self._lock_positions = store.dialect == "postgres"

    def setup(self) -> None:
        create_positions_table(self.store)
        with self.store.transaction() as cursor:
            for reaction in self.reactions:
                ensure_position(cursor, position_name(reaction))

    def wake(self, _position: int = 0) -> None:
        self._wake.set()

    def run_batch(self) -> int:
        """Gives each reaction its next batch of events; returns how many events were read."""
        return sum(self._run_reaction_batch(reaction) for reaction in self.reactions)

    def _run_reaction_batch(self, reaction: Reaction) -> int:
        name = position_name(reaction)
        if self._lock_positions:
            with self.store.transaction() as cursor:
                position = read_position(cursor, name, for_update=True)
                last = self._react(reaction, position, on_each=None)
                write_position(cursor, name, last)
        else:
            with self.store.transaction() as cursor:
                position = read_position(cursor, name)
            # Each step recorded at once, outside any open transaction on the shared file: a
            # crash repeats one event at most.
            last = self._react(reaction, position, on_each=lambda at: self._record(name, at))
            self._record(name, last)
        return last - position

    def _react(
        self, reaction: Reaction, position: int, on_each: Callable[[int], None] | None
    ) -> int:
        """Hands the reaction the events after `position`; answers the last position read."""
        notifications = self.app.recorder.select_notifications(
            start=position, limit=self.batch_size, inclusive_of_start=False
        )
        for notification in notifications:
            event = self.app.mapper.to_domain_event(notification)
            if reaction.wants(event):
                reaction.react(self.app, event)
                if on_each is not None:
                    on_each(notification.id)
        return notifications[-1].id if notifications else position

    def _record(self, name: str, position: int) -> None:
        with self.store.transaction() as cursor:
            write_position(cursor, name, position)

    def catch_up(self) -> int:
        total = 0
        while read := self.run_batch():
            total += read
        return total

    def run(self, stop: threading.Event) -> None:
        """Runs until `stop` is set; a failing reaction is logged and retried from its position
        (its event is not skipped: nothing it should have done is lost)."""
        run_until_stopped(
            self.catch_up,
            self._wake,
            stop,
            poll_seconds=self.poll_seconds,
            longest_pause=30.0,
            what="reaction",
        )
