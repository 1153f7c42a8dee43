"""A save NOTIFYs the followers of its event store (they wake at once instead of at their next
poll). Channels belong to the whole database, so each schema's store has a channel of its own:
stores of other schemas in the same database are not woken by it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest

from cronica.commands.identity import ensure_company
from cronica.ops.container import Container
from cronica.ops.settings import Settings
from tests.fixtures.services import POSTGRES_URL


@pytest.fixture
def other_schema(postgres_settings: Settings) -> Iterator[Settings]:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield postgres_settings.model_copy(update={"database_schema": schema})
    finally:
        with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


def listening(channel: str) -> psycopg.Connection[tuple[object, ...]]:
    connection = psycopg.connect(POSTGRES_URL, autocommit=True)
    connection.execute(f'LISTEN "{channel}"')
    return connection


def woken(connection: psycopg.Connection[tuple[object, ...]]) -> bool:
    return any(True for _ in connection.notifies(timeout=1.0, stop_after=1))


@pytest.mark.postgres
def test_a_save_wakes_its_own_schemas_listeners_and_no_others(
    postgres_settings: Settings, other_schema: Settings
) -> None:
    saving, other = Container.build(postgres_settings), Container.build(other_schema)
    try:
        own_channel = saving.application.recorder.channel_name  # type: ignore[attr-defined]
        other_channel = other.application.recorder.channel_name  # type: ignore[attr-defined]
        assert own_channel != other_channel
        with listening(own_channel) as own, listening(other_channel) as others:
            ensure_company(saving.application, postgres_settings.company, "Cronica Demo S.L.")

            assert woken(own)
            assert not woken(others)
    finally:
        saving.close()
        other.close()
