"""Opening the event store: one `CronicaApplication` per process, built from the settings.

On PostgreSQL, building it creates the library's tables and functions, and the container creates
the read models' tables; processes starting at the same moment (serve, worker, relay, CLI) would
race on `CREATE OR REPLACE FUNCTION` ("tuple concurrently updated") and `CREATE TABLE IF NOT
EXISTS`, so they take turns under an advisory lock.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg

from cronica.commands.application import CronicaApplication
from cronica.commands.passwords import Passwords
from cronica.ops.settings import Settings

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
    return application
