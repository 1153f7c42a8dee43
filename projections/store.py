"""Where read models live: the same SQLite file or PostgreSQL database as the events.

SQL is written once with `?` placeholders and portable types (text for ids and ISO-8601 UTC
times, integer, real); the PostgreSQL store translates the placeholders for psycopg.
"""

from __future__ import annotations

import sqlite3
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal, Protocol

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from cronica.projections.dropped_connections import ConnectionDroppedError, noticing_drops
from cronica.projections.postgres_cursors import PostgresCursor, WriteBehindCursor

Row = dict[str, Any]
Dialect = Literal["sqlite", "postgres"]
Params = Sequence[Any]


class Cursor(Protocol):
    """The part of a DB-API cursor the projections use, with `?` placeholders on both databases."""

    def execute(self, sql: str, params: Params = ()) -> Any: ...
    def executemany(self, sql: str, rows: Sequence[Params]) -> Any: ...
    def fetchall(self) -> list[Row]: ...
    def fetchone(self) -> Row | None: ...
    @property
    def rowcount(self) -> int: ...


class ReadStore(ABC):
    """A database of read models: transactions for projections, plain queries for readers."""

    dialect: Dialect
    unlogged_tables: bool = False
    """The projections' tables are made UNLOGGED (PostgreSQL; `cronica.projections.unlogged`)."""

    @abstractmethod
    @contextmanager
    def transaction(self) -> Iterator[Cursor]:
        """A cursor whose work commits when the block ends, or rolls back if it raises."""

    @contextmanager
    def bulk_transaction(self) -> Iterator[Cursor]:
        """A transaction for many writes (a projection batch); writes may be sent when the
        next read needs them or at commit, so their errors may be raised then, never lost.
        Nothing may read a held write's `rowcount`."""
        with self.transaction() as cursor:
            yield cursor

    @abstractmethod
    @contextmanager
    def snapshot(self) -> Iterator[Cursor]:
        """A cursor for reading only: its queries see one consistent state, without waiting
        for (or holding up) the projections' writes."""

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        with self.snapshot() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    @abstractmethod
    def close(self) -> None:
        """Releases connections."""


class SQLiteReadStore(ReadStore):
    """Read models in a SQLite file; one connection per thread, WAL so readers never block."""

    dialect = "sqlite"

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self._local = threading.local()
        self._opened: list[sqlite3.Connection] = []
        self._opened_lock = threading.Lock()

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(
                self.path, timeout=30, isolation_level=None, check_same_thread=False
            )
            connection.row_factory = _dict_factory
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            self._local.connection = connection
            with self._opened_lock:
                self._opened.append(connection)
        return connection

    @contextmanager
    def transaction(self) -> Iterator[Cursor]:
        # IMMEDIATE takes the write lock up front, so a transaction never fails half-way on
        # "database is locked" when it first writes.
        with self._begin("BEGIN IMMEDIATE") as cursor:
            yield cursor

    @contextmanager
    def snapshot(self) -> Iterator[Cursor]:
        # A deferred transaction under WAL reads a snapshot and never blocks writers.
        with self._begin("BEGIN") as cursor:
            yield cursor

    @contextmanager
    def _begin(self, statement: str) -> Iterator[Cursor]:
        connection = self._connection()
        cursor = connection.cursor()
        cursor.execute(statement)
        try:
            yield cursor
        except BaseException:
            connection.rollback()
            raise
        else:
            connection.commit()
        finally:
            cursor.close()

    def close(self) -> None:
        with self._opened_lock:
            opened, self._opened = self._opened, []
        for connection in opened:
            connection.close()
        self._local = threading.local()


def _dict_factory(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> Row:
    return {column[0]: value for column, value in zip(cursor.description, row, strict=True)}


class PostgresReadStore(ReadStore):
    """Read models in PostgreSQL, through a pool whose connections are not tested before use: a
    block that fails on a dropped one has the pool's dropped connections replaced and raises
    ConnectionDroppedError for its caller to try again; a query tries again by itself (see
    `cronica.projections.dropped_connections`)."""

    dialect = "postgres"

    def __init__(self, conninfo: str, max_size: int = 8, unlogged_tables: bool = True) -> None:
        self.conninfo = conninfo
        self.unlogged_tables = unlogged_tables
        self._pool = ConnectionPool(
            conninfo,
            min_size=1,
            max_size=max_size,
            kwargs={"row_factory": dict_row},
            open=True,
        )

    @property
    def pool(self) -> ConnectionPool:
        """The connection pool (whose statistics ops exposes as metrics)."""
        return self._pool

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        try:
            return super().query(sql, params)
        except ConnectionDroppedError:
            return super().query(sql, params)  # on a live connection: the dropped ones are gone

    @contextmanager
    def _connection(self) -> Iterator[psycopg.Connection[Any]]:
        with self._pool.connection() as connection, noticing_drops(self._pool, connection):
            yield connection

    @contextmanager
    def transaction(self) -> Iterator[Cursor]:
        with (
            self._connection() as connection,
            connection.pipeline(),
            connection.transaction(),
            connection.cursor(row_factory=dict_row) as cursor,
        ):
            yield PostgresCursor(cursor)

    @contextmanager
    def bulk_transaction(self) -> Iterator[Cursor]:
        with self._connection() as connection, connection.transaction():
            cursor = WriteBehindCursor(connection)
            try:
                yield cursor
                cursor.flush()
            finally:
                cursor.close()

    @contextmanager
    def snapshot(self) -> Iterator[Cursor]:
        with self._connection() as connection:
            connection.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            connection.read_only = True
            try:
                with connection.transaction(), connection.cursor(row_factory=dict_row) as cursor:
                    yield PostgresCursor(cursor)
            finally:
                connection.isolation_level = None
                connection.read_only = None

    def close(self) -> None:
        self._pool.close()
