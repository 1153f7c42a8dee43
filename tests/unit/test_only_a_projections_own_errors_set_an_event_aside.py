"""Which failures set an event aside: those of the projection's code and of what it wrote, not
the database's passing faults (a dropped connection, a locked SQLite file), which retry."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import psycopg_pool
import pytest
from eventsourcing import persistence

from cronica.projections.set_aside.faults import is_transient


def sqlite_error(path: Path, statement: str) -> sqlite3.Error:
    """The error SQLite itself raises for the statement, while another connection holds the
    file's write lock."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY)")
    holder.execute("BEGIN IMMEDIATE")
    try:
        sqlite3.connect(path, timeout=0, isolation_level=None).execute(statement)
    except sqlite3.Error as error:
        return error
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    raise AssertionError(f"{statement} did not fail")


@pytest.mark.parametrize(
    "error",
    [
        psycopg.OperationalError("server closed the connection unexpectedly"),
        psycopg.errors.AdminShutdown("terminating connection due to administrator command"),
        psycopg.errors.SerializationFailure("could not serialize access"),
        psycopg.InterfaceError("the connection is closed"),
        psycopg_pool.PoolTimeout("couldn't get a connection after 30 sec"),
        persistence.OperationalError("the event store is unreachable"),
        ConnectionResetError("connection reset by peer"),
    ],
)
def test_a_passing_fault_of_the_database_is_retried_not_set_aside(error: Exception) -> None:
    assert is_transient(error)


@pytest.mark.parametrize(
    "error",
    [
        OverflowError("date value out of range"),
        ValueError("bad value"),
        KeyError("missing"),
        psycopg.DataError("PostgreSQL text fields cannot contain NUL (0x00) bytes"),
        psycopg.errors.UniqueViolation("duplicate key value violates unique constraint"),
        psycopg.errors.UndefinedColumn('column "nope" does not exist'),
        psycopg.errors.PipelineAborted("pipeline aborted"),
    ],
)
def test_an_error_of_the_projections_code_or_of_what_it_wrote_sets_the_event_aside(
    error: Exception,
) -> None:
    assert not is_transient(error)


def test_a_locked_sqlite_file_is_retried_and_a_missing_sqlite_table_sets_the_event_aside(
    tmp_path: Path,
) -> None:
    locked = sqlite_error(tmp_path / "db", "INSERT INTO t (id) VALUES (1)")
    missing = sqlite_error(tmp_path / "db", "SELECT * FROM no_such_table")

    assert "locked" in str(locked) and is_transient(locked)
    assert "no such table" in str(missing) and not is_transient(missing)
