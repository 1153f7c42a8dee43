"""The position (event store notification id) each projection or relay has reached."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from cronica.projections.store import Cursor, ReadStore

CREATE_POSITIONS = (
    "CREATE TABLE IF NOT EXISTS projection_positions ("
    " name TEXT PRIMARY KEY, position BIGINT NOT NULL)"
)


def create_positions_table(store: ReadStore) -> None:
    with store.transaction() as cursor:
        cursor.execute(CREATE_POSITIONS)


def read_position(cursor: Cursor, name: str, *, for_update: bool = False) -> int:
    """The position reached; `for_update` locks its row (PostgreSQL) so that two runners of
    one projection take turns instead of applying the same events twice."""
    return read_positions(cursor, [name], for_update=for_update)[name]


def read_positions(
    cursor: Cursor, names: Sequence[str], *, for_update: bool = False
) -> dict[str, int]:
    """The positions reached by the named followers (0 for one never run), in one query: a
    runner of many projections pays one round trip, not one each. `for_update` locks the rows
    in the order of their names, so two runners locking the same rows wait instead of
    deadlocking."""
    marks = ", ".join("?" for _ in names)
    lock = " FOR UPDATE" if for_update else ""
    cursor.execute(
        f"SELECT name, position FROM projection_positions WHERE name IN ({marks})"
        f" ORDER BY name{lock}",
        tuple(names),
    )
    found = {row["name"]: int(row["position"]) for row in cursor.fetchall()}
    return {name: found.get(name, 0) for name in names}


def write_position(cursor: Cursor, name: str, position: int) -> None:
    """Moves the position forward; it never goes back (a stale writer cannot rewind it)."""
    cursor.execute(
        "INSERT INTO projection_positions (name, position) VALUES (?, ?) "
        "ON CONFLICT (name) DO UPDATE SET position = excluded.position "
        "WHERE projection_positions.position < excluded.position",
        (name, position),
    )


def ensure_position(cursor: Cursor, name: str) -> None:
    cursor.execute(
        "INSERT INTO projection_positions (name, position) VALUES (?, 0) ON CONFLICT DO NOTHING",
        (name,),
    )


def rewind_position(cursor: Cursor, name: str) -> None:
    """Sends a projection back to position 0 (its rows are about to be made anew). An UPDATE of
    the row, not a DELETE: on PostgreSQL it waits for, then holds, the row's lock, so a runner
    applying a batch either finishes first or reads 0 after; a deleted row would lock nothing."""
    ensure_position(cursor, name)
    cursor.execute("UPDATE projection_positions SET position = 0 WHERE name = ?", (name,))


def lowest_position(store: ReadStore, names: list[str]) -> int:
    """The position every named projection has reached."""
    positions = all_positions(store)
    return min((positions.get(name, 0) for name in names), default=0)


def all_positions(store: ReadStore) -> dict[str, int]:
    rows = store.query("SELECT name, position FROM projection_positions")
    return {row["name"]: int(row["position"]) for row in rows}


@dataclass
class PositionClaim:
    """A follower's hold on its position while it handles a batch: `position` is where it starts,
    `advance` records each step done."""

    position: int
    store_step: Callable[[int], None]

    def advance(self, position: int) -> None:
        self.position = max(self.position, position)
        self.store_step(self.position)


class StoredPositions:
    """Positions of followers that store them apart from what they do (reactions, the relay).

    On PostgreSQL a claim keeps the position's row locked, so two processes following under one
    name (a server and a worker) take turns instead of both handling a batch; how far it got is
    written when the claim ends, even when it ends in an error. On the embedded SQLite default
    the read store shares the event store's file, whose write lock must stay free for a
    reaction's own saves: each step is written at once in a transaction of its own (one process
    per database is the embedded deployment anyway).
    """

    def __init__(self, store: ReadStore) -> None:
        self.store = store

    def ensure(self, *names: str) -> None:
        create_positions_table(self.store)
        with self.store.transaction() as cursor:
            for name in names:
                ensure_position(cursor, name)

    @contextmanager
    def claim(self, name: str) -> Iterator[PositionClaim]:
        if self.store.dialect != "postgres":
            with self.store.transaction() as cursor:
                start = read_position(cursor, name)
            yield PositionClaim(start, lambda position: self._write(name, position))
            return
        failure: Exception | None = None
        with self.store.transaction() as cursor:
            claim = PositionClaim(read_position(cursor, name, for_update=True), lambda _: None)
            try:
                yield claim
            except Exception as error:
                failure = error
            write_position(cursor, name, claim.position)
        if failure is not None:
            raise failure

    def _write(self, name: str, position: int) -> None:
        with self.store.transaction() as cursor:
            write_position(cursor, name, position)
