"""Locks of one process's writers per record changed, instead of one lock for every writer.

One lock for all held each command for all its waits on the database (its reads, its save): on
two cores a process then served about one command per wait, whatever its threads. Writers of
different records need not wait for one another (the store serialises their saves, briefly);
writers of one record would lose races to one another and retry. So `write` decides without a
lock, then locks the records it changed (in a fixed order, holding nothing else: no deadlock)
and saves; a command that lost a race decides again holding the locks of the records it
changed last time, so no writer of this process can save them in between. Other processes are
still met by retries.

Locks are striped: a record id picks one of `STRIPES` locks, so two records may share one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from uuid import UUID

STRIPES = 256


class RecordLocks:
    """The locks of the records one process's writers change."""

    def __init__(self, stripes: int = STRIPES) -> None:
        self._locks = [threading.Lock() for _ in range(stripes)]

    @contextmanager
    def holding(self, record_ids: Iterable[UUID]) -> Iterator[None]:
        """Holds the locks of the records inside (taken in one order by every thread; a
        thread must take them holding no other)."""
        chosen = sorted({record_id.int % len(self._locks) for record_id in record_ids})
        taken: list[threading.Lock] = []
        try:
            for index in chosen:
                self._locks[index].acquire()
                taken.append(self._locks[index])
            yield
        finally:
            for lock in reversed(taken):
                lock.release()
