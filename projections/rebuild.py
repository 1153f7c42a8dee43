"""Rebuilding read models from zero: their tables made anew and their positions sent back to 0
in one transaction, then one pass over the event store feeding all of them (see
`ProjectionRunner.rebuild`), so rebuilding every read model reads and decodes each event once.

A rebuild may run while a runner of the same projections (a worker) applies new events: the
runner leaves a projection sent back below its batch's start to its next batch, which starts from
0 too, so whichever of the two applies an event first applies it, and the other skips it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from cronica.projections.positions import rewind_position
from cronica.projections.projection import Projection
from cronica.projections.schemas import current_fingerprints, fingerprint, reset_tables
from cronica.projections.set_aside.rows import forget_projection
from cronica.projections.store import Dialect, ReadStore
from cronica.projections.unlogged import creating

if TYPE_CHECKING:  # the runner imports this module
    from cronica.projections.runner import ProjectionRunner

REBUILD_BATCH_SIZE = 5000
"""Events read and applied per transaction in a rebuild: big batches cost fewer round trips and
commits; a live runner's batches stay small, to keep its read models fresh."""

REBUILD_TRANSACTIONS = 2
"""Transactions a rebuild's batch is applied in on PostgreSQL, the projections shared among
them: each on a connection, and so a server process, of its own. This process writes faster
than one server process takes the rows in (the last third of a rebuild was the server alone
working through them); two take them in side by side."""


def rebuild_transactions(dialect: Dialect) -> int:
    """SQLite has one writer at a time: there a batch is one transaction."""
    return REBUILD_TRANSACTIONS if dialect == "postgres" else 1


Progress = Callable[[int, int], None]
"""Told, after each batch of a rebuild, how many events were applied and the position reached."""


def reset_projections(store: ReadStore, projections: Sequence[Projection]) -> None:
    """Empties the projections' tables and sends them back to position 0, forgetting the
    events they had set aside (applied again with the others), in one transaction. Every
    position row is locked before any table, in the order given, that of their names, in which
    runners lock them (`read_positions`), so a runner in the middle of a batch is waited for,
    never deadlocked.
    Tables of the current shape are emptied (`Projection.empty_tables`), others made anew."""
    dialect = store.dialect
    with store.transaction() as plain_cursor:
        cursor = creating(plain_cursor, store)
        shapes = current_fingerprints(cursor)
        for projection in projections:
            rewind_position(cursor, projection.name)
        for projection in projections:
            if shapes.get(projection.name) == fingerprint(projection, dialect):
                projection.empty_tables(cursor, dialect)
            else:
                reset_tables(cursor, projection, dialect)
            forget_projection(cursor, projection.name)


def rebuilding_batches(one_pass: ProjectionRunner) -> Iterator[int]:
    """Resets the runner's projections and applies every event to them, yielding how many
    events each batch read. The first batch is read, and decoded step by step, while the tables
    are emptied (the database's work, while this process does its own; in a transaction for
    each of the runner's `transaction_groups`, side by side), from 0: a live runner may have
    applied some of it since the reset, which the runner skips, as in every batch."""
    groups = one_pass.transaction_groups(one_pass.projections)
    with ThreadPoolExecutor(len(groups), thread_name_prefix="rebuild-reset") as resetting:
        resets = [resetting.submit(reset_projections, one_pass.store, group) for group in groups]
        first = one_pass.log.stored_after(0)
        decoded = []
        for step in one_pass.decoded_steps(first):
            decoded.append(step)
            if all(reset.done() for reset in resets):
                break
        for reset in resets:
            reset.result()
    if first:
        one_pass.apply_batch(0, first, decoded)
        yield len(first)
    while read := one_pass.follow_batch():
        yield read
