"""A batch's cost in round trips does not grow with the number of projections: the runner reads
the positions it starts from, then locks them, and reads the records held back behind set-aside
events, in one query each for all the projections (two queries per projection made a one-event
batch take ~40 ms on PostgreSQL, most of the read models' lag under a steady flow of commands)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from cronica.commands.identity import ensure_company
from cronica.ops.container import Container
from cronica.projections.set_aside.rows import SET_ASIDE_TABLE
from cronica.projections.store import Cursor

TABLES = ("projection_positions", SET_ASIDE_TABLE)


class ReadCounter:
    """Counts the SELECTs sent to each of TABLES through the store's transactions."""

    def __init__(self, container: Container) -> None:
        self.reads: Counter[str] = Counter()
        store = container.store
        store.transaction = self._counting(store.transaction)  # type: ignore[method-assign]
        store.bulk_transaction = self._counting(store.bulk_transaction)  # type: ignore[method-assign]

    def _counting(
        self, open_: Callable[[], AbstractContextManager[Cursor]]
    ) -> Callable[[], AbstractContextManager[Cursor]]:
        @contextmanager
        def counted() -> Iterator[Cursor]:
            with open_() as cursor:
                # SQLite's bulk transaction is its plain one: count its reads once.
                counting = (
                    cursor if isinstance(cursor, _Counting) else _Counting(cursor, self.reads)
                )
                yield counting  # type: ignore[misc]

        return counted


def test_one_batch_reads_positions_twice_and_held_records_once_for_all_projections(
    container: Container,
) -> None:
    assert len(container.runner.projections) > 2
    ensure_company(container.application, container.settings.company, "Ferretería Ruiz")
    counter = ReadCounter(container)

    assert container.runner.follow_batch() > 0

    assert counter.reads == {"projection_positions": 2, SET_ASIDE_TABLE: 1}


class _Counting:
    """A cursor that counts its reads of TABLES, and otherwise is the store's own."""

    def __init__(self, cursor: Cursor, reads: Counter[str]) -> None:
        self._cursor = cursor
        self._reads = reads

    def execute(self, sql: str, params: Any = ()) -> Any:
        read_from = sql.split(" FROM ", 1)[-1].split()[0]
        if sql.startswith("SELECT") and read_from in TABLES:
            self._reads[read_from] += 1
        return self._cursor.execute(sql, params)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)
