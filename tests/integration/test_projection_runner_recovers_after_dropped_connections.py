"""The runner survives PostgreSQL dropping its connections: it reconnects and catches up."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from cronica.ops.container import Container
from cronica.ops.settings import Settings
from cronica.projections.incidents.queries import list_incidents
from tests.fixtures.catching_up import wait_until_caught_up
from tests.fixtures.scopes import whole_company
from tests.fixtures.services import POSTGRES_URL
from tests.fixtures.staff.office import Office


def terminate_backends(application_name: str) -> int:
    """Kills, server side, every connection of this process (named by PGAPPNAME)."""
    with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
        rows = connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE application_name = %s AND pid <> pg_backend_pid()",
            (application_name,),
        ).fetchall()
    return len(rows)


def test_projections_catch_up_after_postgres_drops_every_connection(
    postgres_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # libpq names every connection made from now on, so only this test's ones are terminated.
    application_name = f"cronica-test-{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("PGAPPNAME", application_name)
    container = Container.build(postgres_settings)
    names = [projection.name for projection in container.runner.projections]
    try:
        container.start_projections()
        office = Office(container.application)
        ana = office.hire("Ana", "manager")
        shop = office.customer(ana, "Shop")
        office.open(ana, shop, "Before the outage")
        wait_until_caught_up(container.application, container.store, names)

        assert terminate_backends(application_name) >= 2  # at least the listener and the runner's

        office.open(ana, shop, "After the outage")
        wait_until_caught_up(container.application, container.store, names)
        page = list_incidents(container.store, whole_company(str(ana.company_id)), None, [], 0, 10)
        assert [row.subject for row in page.rows] == ["After the outage", "Before the outage"]
    finally:
        container.close()
