"""A command reads its records' events through one prepared query. PostgreSQL may plan a prepared
query once for any parameters (a generic plan), made while the store is small; that plan must
still find each record by the events' primary key, never by scanning the events table, or every
command costs the server more as the store grows (it did: 0.7 ms of PostgreSQL per open at
1,000 incidents, 2.4 ms at 6,000)."""

from __future__ import annotations

from collections.abc import Iterator
from uuid import uuid4

import psycopg
import pytest

from cronica.ops.container import Container
from cronica.ops.persistence.postgres import NumberingPostgresRecorder
from cronica.ops.settings import Settings


@pytest.fixture
def recorder(postgres_settings: Settings) -> Iterator[NumberingPostgresRecorder]:
    container = Container.build(postgres_settings)
    try:
        recorder = container.application.recorder
        assert isinstance(recorder, NumberingPostgresRecorder)
        yield recorder
    finally:
        container.close()


@pytest.mark.postgres
def test_the_generic_plan_of_reading_records_looks_each_up_by_its_key(
    recorder: NumberingPostgresRecorder, postgres_settings: Settings
) -> None:
    statement = recorder.events_of_statement
    with psycopg.connect(postgres_settings.postgres_conninfo(), autocommit=True) as connection:
        connection.execute("SET plan_cache_mode = force_generic_plan")
        connection.execute(f"PREPARE events_of(uuid[], bigint[]) AS {_numbered(statement)}")
        wanted = f"ARRAY['{uuid4()}', '{uuid4()}']::uuid[], ARRAY[0, 3]::bigint[]"
        plan = "\n".join(
            row[0] for row in connection.execute(f"EXPLAIN EXECUTE events_of({wanted})")
        )

    assert "Seq Scan" not in plan, plan
    assert "cronica_events_pkey" in plan, plan


def _numbered(statement: psycopg.sql.Composable) -> str:
    """The statement's text with PREPARE's numbered parameters in place of psycopg's."""
    text = statement.as_string(None)
    return text.replace("%s", "$1", 1).replace("%s", "$2", 1)
