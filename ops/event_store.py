"""Opening the event store: one `CronicaApplication` per process, built from the settings.

On PostgreSQL, building it creates the library's tables and functions, and the container creates
the read models' tables; processes starting at the same moment (serve, worker, relay, CLI) would
race on `CREATE OR REPLACE FUNCTION` ("tuple concurrently updated") and `CREATE TABLE IF NOT
EXISTS`, so they take turns under an advisory lock.

Its connections are not tested before use: when PostgreSQL drops them, the first statement on
one fails, the idle ones are replaced (`cronica.projections.dropped_connections`) and the
library's recorders try the statement again (after 0.2 s).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from eventsourcing.postgres import PostgresDatastore
from psycopg.rows import DictRow

from cronica.commands.application import CronicaApplication
from cronica.commands.passwords import Passwords
from cronica.ops.settings import Settings
from cronica.projections.dropped_connections import noticing_drops

# An arbitrary, fixed key: every Cronica process agrees on it.
_SCHEMA_LOCK_KEY = 0x43524F4E  # "CRON"


@contextmanager
def schema_changes_serialised(settings: Settings) -> Iterator[None]:
    """While inside, no other Cronica process creates tables in this database."""
    if not settings.is_postgres:
        yield  # SQLite serialises schema changes by itself
        return
    with psycopg.connect(settings.postgres_conninfo(), autocommit=True) as connection:
        connection.execute("SELECT pg_advisory_lock(%s)", (_SCHEMA_LOCK_KEY,))
        try:
            yield
        finally:
            connection.execute("SELECT pg_advisory_unlock(%s)", (_SCHEMA_LOCK_KEY,))


def open_event_store(settings: Settings) -> CronicaApplication:
    with schema_changes_serialised(settings):
        application = CronicaApplication(env=settings.event_store_env())
    application.passwords = Passwords(
        settings.password_hash_time_cost, settings.password_hash_memory_kib
    )
    datastore = getattr(application.factory, "datastore", None)
    if isinstance(datastore, PostgresDatastore):
        _notice_drops(datastore)
    return application


def _notice_drops(datastore: PostgresDatastore) -> None:
    """Makes every use of the datastore's connections notice a drop (the library gives no hook:
    its recorders call `get_connection`, wrapped here)."""
    get_connection = datastore.get_connection

    @contextmanager
    def connection_noticing_drops() -> Iterator[psycopg.Connection[DictRow]]:
        with get_connection() as connection, noticing_drops(datastore.pool, connection):
            yield connection

    datastore.get_connection = connection_noticing_drops  # type: ignore[method-assign]
