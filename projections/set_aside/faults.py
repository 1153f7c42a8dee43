"""Which failures of a projection batch are the database's passing faults (retried as they are,
from the stored positions) and which are the projection's own, on one event (set aside)."""

from __future__ import annotations

import sqlite3

import psycopg
from eventsourcing import persistence

# SQLite's primary result codes for a busy, locked, full or unreachable database: the same
# statement may work a moment later. Anything else (SQLITE_ERROR: no such table, a bad column;
# SQLITE_CONSTRAINT; SQLITE_MISMATCH...) is about the statement and its values.
_SQLITE_PASSING_CODES = frozenset(
    {
        sqlite3.SQLITE_BUSY,
        sqlite3.SQLITE_LOCKED,
        sqlite3.SQLITE_NOMEM,
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_INTERRUPT,
        sqlite3.SQLITE_FULL,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_PROTOCOL,
    }
)


def is_transient(error: BaseException) -> bool:
    """Whether `error` is a passing fault of the database or its connection, that must NOT set
    an event aside: the batch is retried whole, as before, once the database answers again.

    Transient:
    - psycopg's `OperationalError` and everything under it: a dropped or refused connection
      (class 08), the server shutting down or cancelling (57), out of resources (53), a
      serialisation failure or deadlock (40), a lock not available (55P03), the pool timing out
      (`PoolTimeout`); and `InterfaceError` (a connection psycopg already knows is closed);
    - SQLite's `OperationalError` when its code says busy, locked, full, I/O or unreachable (a
      raised one without a code is counted transient: it cannot be told apart);
    - the event store's own `OperationalError`/`InterfaceError` (reading the notification log);
    - `OSError` (sockets, files) and `MemoryError`.

    Not transient, so the event is set aside: every other exception raised while one event is
    applied, i.e. by the projection's own code (`OverflowError`, `ValueError`, `KeyError`...) or
    by the database refusing what that code wrote (`DataError` such as a NUL in PostgreSQL text
    or a number out of range, `IntegrityError`, `ProgrammingError`, SQLite's errors about the
    statement), and psycopg's `PipelineAborted`, which only follows an earlier error of the same
    transaction that the projection's code swallowed.
    """
    if isinstance(error, psycopg.errors.PipelineAborted):
        return False
    if isinstance(error, sqlite3.OperationalError):
        code = getattr(error, "sqlite_errorcode", None)
        return code is None or code & 0xFF in _SQLITE_PASSING_CODES
    return isinstance(
        error,
        psycopg.OperationalError
        | psycopg.InterfaceError
        | persistence.OperationalError
        | persistence.InterfaceError
        | OSError
        | MemoryError,
    )
