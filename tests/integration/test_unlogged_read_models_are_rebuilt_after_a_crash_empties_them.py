"""On PostgreSQL the read models' tables are UNLOGGED (`cronica.projections.unlogged`): a crash
empties them, with the table of their shapes, and a runner that lost its connections to the
crash makes them anew and refills them from the events. The positions, the events and the
attachments' bytes stay logged; a setting keeps the read models logged too."""

from __future__ import annotations

import psycopg
import pytest

from cronica.ops.container import Container
from cronica.ops.read_model_snapshots import snapshot
from cronica.ops.settings import Settings
from tests.fixtures.dropped_connections import name_connections, terminate_backends
from tests.fixtures.services import POSTGRES_URL
from tests.fixtures.staff.office import Office


def persistence(settings: Settings) -> dict[str, str]:
    """Each table of the settings' schema: 'u' unlogged, 'p' logged."""
    with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
        rows = connection.execute(
            "SELECT relname, relpersistence FROM pg_class WHERE relkind = 'r'"
            " AND relnamespace = %s::regnamespace",
            (settings.database_schema,),
        ).fetchall()
    return dict(rows)


def every_row(container: Container) -> dict[str, dict[str, list[dict[str, object]]]]:
    return {p.name: snapshot(container.store, p.tables) for p in container.runner.projections}


def crash_recovery(settings: Settings) -> None:
    """What PostgreSQL does to unlogged tables when it recovers from a crash: empties them."""
    unlogged = [table for table, kind in persistence(settings).items() if kind == "u"]
    with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
        schema = settings.database_schema
        connection.execute(f"TRUNCATE {', '.join(f'{schema}.{t}' for t in unlogged)}")


def test_only_the_projections_tables_are_unlogged(postgres_settings: Settings) -> None:
    container = Container.build(postgres_settings)
    container.close()

    tables = persistence(postgres_settings)
    unlogged = {t for p in container.runner.projections for t in p.tables}
    unlogged |= {"projection_schemas", "projection_set_aside"}
    assert {t for t, kind in tables.items() if kind == "u"} == unlogged
    assert {"projection_positions", "cronica_events"} <= {t for t, k in tables.items() if k == "p"}


def test_a_runner_refills_read_models_a_crash_emptied(
    postgres_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    application_name = name_connections(monkeypatch)
    container = Container.build(postgres_settings)
    try:
        office = Office(container.application)
        ana = office.hire("Ana", "manager")
        shop = office.customer(ana, "Shop")
        office.open(ana, shop, "Before the crash")
        container.runner.catch_up()
        before = every_row(container)

        crash_recovery(postgres_settings)
        assert terminate_backends(application_name) >= 1  # a crash drops every connection
        with pytest.raises(Exception):  # noqa: B017 - psycopg's or ours: a dropped connection
            container.runner.catch_up()
        container.runner.catch_up()

        assert every_row(container) == before
    finally:
        container.close()


def test_a_setting_keeps_read_models_logged_and_alters_unlogged_ones(
    postgres_settings: Settings,
) -> None:
    Container.build(postgres_settings).close()

    logged = postgres_settings.model_copy(update={"read_models_unlogged": False})
    Container.build(logged).close()

    assert set(persistence(postgres_settings).values()) == {"p"}
