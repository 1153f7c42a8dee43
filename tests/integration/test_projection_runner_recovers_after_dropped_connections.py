"""The runner survives PostgreSQL dropping its connections: it reconnects and catches up."""

from __future__ import annotations

import pytest

from cronica.ops.container import Container
from cronica.ops.settings import Settings
from cronica.projections.incidents.queries import list_incidents
from cronica.projections.paging import Window
from tests.fixtures.catching_up import wait_until_caught_up
from tests.fixtures.dropped_connections import name_connections, terminate_backends
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.office import Office


def test_projections_catch_up_after_postgres_drops_every_connection(
    postgres_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    application_name = name_connections(monkeypatch)  # only this test's ones are terminated
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
        page = list_incidents(
            container.store, whole_company(str(ana.company_id)), None, [], Window(first=10)
        )
        assert [row.subject for row in page.rows] == ["After the outage", "Before the outage"]
    finally:
        container.close()


def test_a_runner_starting_as_postgres_drops_its_connections_starts_over(
    postgres_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The soak once killed a worker this way: PostgreSQL dropped the connections while the
    worker made its tables current, and the worker gave up, leaving its read models behind."""
    application_name = name_connections(monkeypatch)
    container = Container.build(postgres_settings)
    try:
        assert terminate_backends(application_name) >= 1  # the pool's idle connections

        container.runner.setup()

        assert container.runner.catch_up() >= 0
    finally:
        container.close()
