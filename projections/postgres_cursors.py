"""The cursors of the PostgreSQL read store (`cronica.projections.store`): SQL written with `?`
placeholders, translated for psycopg; and the cursor of a projection batch, whose writes are held
(`cronica.projections.write_behind`) and sent together, or in the background once many
(`cronica.projections.background_writes`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg.rows import dict_row

from cronica.projections.background_writes import SEND_FROM_WRITES, BackgroundWrites
from cronica.projections.write_behind import Copy, HeldWrites, Taken, is_held_write

if TYPE_CHECKING:  # the store imports this module
    from cronica.projections.store import Params, Row


class PostgresCursor:
    """A psycopg cursor taking `?` placeholders (`cronica.projections.store.Cursor`)."""

    def __init__(self, cursor: psycopg.Cursor[Row]) -> None:
        self._cursor = cursor

    def execute(self, sql: str, params: Params = ()) -> Any:
        return self._cursor.execute(to_pyformat(sql), params)

    def executemany(self, sql: str, rows: Sequence[Params]) -> Any:
        return self._cursor.executemany(to_pyformat(sql), rows)

    def fetchall(self) -> list[Row]:
        return self._cursor.fetchall()

    def fetchone(self) -> Row | None:
        return self._cursor.fetchone()

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount


class WriteBehindCursor(PostgresCursor):
    """A cursor whose writes are held (`cronica.projections.write_behind`) and sent before the
    next read and when `flush`ed, or in the background once many are held
    (`cronica.projections.background_writes`); `close` ends that."""

    def __init__(self, connection: psycopg.Connection[Any]) -> None:
        super().__init__(connection.cursor(row_factory=dict_row))
        self._binder = psycopg.ClientCursor(connection)
        self._held = HeldWrites(lambda sql, params: self._binder.mogrify(to_pyformat(sql), params))
        self._background = BackgroundWrites(self._send)

    def execute(self, sql: str, params: Params = ()) -> Any:
        if is_held_write(sql):
            self._held.add(sql, params)
            if len(self._held) >= SEND_FROM_WRITES:
                self._background.start(self._held.take())
            return None
        self._background.wait()
        if self._held.needed_by(sql):
            self.flush()
        return super().execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Params]) -> Any:
        for params in rows:
            self.execute(sql, params)

    @property
    def rowcount(self) -> int:
        raise TypeError("a write-behind cursor does not know how many rows its writes changed")

    def flush(self) -> None:
        self._background.wait()
        self._send(self._held.take())

    def close(self) -> None:
        self._background.close()

    def _send(self, taken: Taken) -> None:
        """Binds and sends writes: in the background, or with nothing being sent (so the
        connection and the binding cursor serve one thread at a time)."""
        for step in taken.steps():
            if isinstance(step, Copy):
                copy_sql = f"COPY {step.table} ({step.columns}) FROM STDIN"
                with self._cursor.copy(copy_sql) as copy:
                    for row in step.rows:
                        copy.write_row(row)
            else:
                self._binder.execute(step)


def to_pyformat(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")
