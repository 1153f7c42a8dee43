"""PostgreSQL drops every connection of a process (a restart, a failover): the next command is
answered at once, not after the pool's back-off of 1+2+4+8+16 s over its dead idle connections,
and the projections, started afterwards, catch up at once too. One warning says what happened."""

from __future__ import annotations

import logging
import time

import pytest

from cronica.ops.container import Container
from cronica.ops.settings import Settings
from tests.fixtures.catching_up import wait_until_caught_up
from tests.fixtures.dropped_connections import name_connections, terminate_backends
from tests.fixtures.staff.office import Office

# Recovery takes a retry of the failed statement (0.2 s) and a new connection (milliseconds);
# before, the pool's back-off made this 30 s.
PROMPTLY = 1.0


def test_a_command_is_answered_at_once_after_postgres_drops_every_connection(
    postgres_settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    application_name = name_connections(monkeypatch)
    container = Container.build(postgres_settings)
    names = [projection.name for projection in container.runner.projections]
    try:
        office = Office(container.application)
        ana = office.hire("Ana", "manager")
        shop = office.customer(ana, "Shop")
        office.open(ana, shop, "Before the outage")
        container.runner.catch_up()

        # Every connection of both pools is idle and open: the event store keeps 5.
        assert terminate_backends(application_name) >= 5
        with caplog.at_level(logging.WARNING, logger="cronica.projections.dropped_connections"):
            started = time.monotonic()
            office.open(ana, shop, "After the outage")
            answered_in = time.monotonic() - started
        assert answered_in < PROMPTLY, f"answered in {answered_in:.2f}s"
        assert "PostgreSQL dropped a connection" in caplog.text

        started = time.monotonic()
        container.start_projections()
        wait_until_caught_up(container.application, container.store, names)
        caught_up_in = time.monotonic() - started
        assert caught_up_in < PROMPTLY, f"caught up in {caught_up_in:.2f}s"
    finally:
        container.close()
