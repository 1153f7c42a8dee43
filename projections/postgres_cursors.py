"""The cursors of the PostgreSQL read store (`cronica.projections.store`): SQL written with `?`
placeholders, translated for psycopg; and the cursor of a projection batch, whose writes are held
(`cronica.projections.write_behind`) and sent together, or in the background once many
(`cronica.projections.background_writes`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

import psycopg
from psycopg import abc
from psycopg._copy_base import TextFormatter  # psycopg's own COPY rows, in its C code
from psycopg.adapt import Transformer
from psycopg.rows import dict_row

from cronica.projections.background_writes import SEND_FROM_WRITES, BackgroundWrites
from cronica.projections.write_behind import Copy, HeldWrites, Statements, is_held_write

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


class CopyData(NamedTuple):
    """A COPY's statement and its rows, already in COPY's text format."""

    statement: str
    data: bytes


Sendable = Statements | CopyData


class WriteBehindCursor(PostgresCursor):
    """A cursor whose writes are held (`cronica.projections.write_behind`) and sent before the
    next read and when `flush`ed, or in the background once many are held
    (`cronica.projections.background_writes`); `close` ends that.

    COPY rows are written out in the thread applying events, statements bound in the thread
    sending them: the one touches no connection, the other needs it (its encoding, its
    escaping), and a libpq connection serves one thread at a time. What is left to the sending
    thread is mostly waiting for the server, which keeps the GIL free for the applying one."""

    def __init__(self, connection: psycopg.Connection[Any]) -> None:
        super().__init__(connection.cursor(row_factory=dict_row))
        self._binder = psycopg.ClientCursor(connection)
        self._rows_transformer: abc.Transformer = Transformer(connection)
        _choose_copy_dumpers(self._rows_transformer)
        self._held = HeldWrites()
        self._background: BackgroundWrites[list[Sendable]] = BackgroundWrites(self._send)

    def execute(self, sql: str, params: Params = ()) -> Any:
        if is_held_write(sql):
            if self._held.add(sql, params) >= SEND_FROM_WRITES:
                self._background.start(self._sendable())
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
        self._send(self._sendable())

    def close(self) -> None:
        self._background.close()

    def _sendable(self) -> list[Sendable]:
        """The held writes taken, their COPY rows written out (`CopyData`)."""
        return [
            self._copy_data(step) if isinstance(step, Copy) else step
            for step in self._held.take().steps()
        ]

    def _copy_data(self, copy: Copy) -> CopyData:
        rows = TextFormatter(self._rows_transformer)
        data = [rows.write_row(row) for row in copy.rows]
        data.append(rows.end())
        statement = f"COPY {copy.table} ({copy.columns}) FROM STDIN"
        return CopyData(statement, b"".join(data))

    def _send(self, steps: list[Sendable]) -> None:
        """Binds and sends writes: in the background, or with nothing being sent (so the
        connection and the binding cursor serve one thread at a time)."""
        for step in steps:
            if isinstance(step, CopyData):
                with self._cursor.copy(step.statement) as copy:
                    copy.write(step.data)
            else:
                self._binder.execute(step.text(self._bind))

    def _bind(self, sql: str, params: Sequence[Any]) -> str:
        return self._binder.mogrify(to_pyformat(sql), params)


def to_pyformat(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


def _choose_copy_dumpers(transformer: abc.Transformer) -> None:
    """Makes the transformer choose its COPY dumper for each type the read models write (text,
    integers, booleans, reals, NULL) now, while nothing is being sent: choosing one reads the
    connection's settings, which the applying thread must leave alone while the sending thread
    uses the connection."""
    TextFormatter(transformer).write_row(("text", 1, True, 1.5, None))
