"""One process's writers lock the records they change (commands/record_locks.py): a writer of
one record waits for another writer of it, never for a writer of another record."""

from __future__ import annotations

import threading
from uuid import UUID

from cronica.commands.record_locks import RecordLocks

WAIT_SECONDS = 0.2


def _held_elsewhere(locks: RecordLocks, record_ids: list[UUID]) -> bool:
    """Whether another thread finds the records' locks taken (it gives up after a moment)."""
    entered = threading.Event()

    def take() -> None:
        with locks.holding(record_ids):
            entered.set()

    thread = threading.Thread(target=take, daemon=True)
    thread.start()
    return not entered.wait(WAIT_SECONDS)


def test_a_writer_of_a_record_waits_for_the_one_holding_it() -> None:
    locks = RecordLocks(stripes=8)
    record = UUID(int=1)
    with locks.holding([record]):
        assert _held_elsewhere(locks, [record])


def test_writers_of_other_records_do_not_wait() -> None:
    locks = RecordLocks(stripes=8)
    with locks.holding([UUID(int=1), UUID(int=2)]):
        assert not _held_elsewhere(locks, [UUID(int=3)])


def test_the_locks_are_free_again_once_released_whatever_the_order_asked() -> None:
    locks = RecordLocks(stripes=8)
    with locks.holding([UUID(int=5), UUID(int=2), UUID(int=5)]):
        pass
    assert not _held_elsewhere(locks, [UUID(int=2), UUID(int=5)])
