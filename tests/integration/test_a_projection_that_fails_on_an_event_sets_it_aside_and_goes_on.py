"""A projection whose code fails on an event the domain accepted sets that event aside, with its
error, and goes on: the other projections, the later events and the other companies are applied.
The record's later events wait behind it; a dropped connection sets nothing aside; once the code
is fixed, a retry (or a rebuild) applies them again and empties the list."""

from __future__ import annotations

import logging

import psycopg
import pytest

from cronica.ops.container import Container
from cronica.projections.incidents.queries import list_incidents
from cronica.projections.paging import Window
from cronica.projections.positions import all_positions
from cronica.projections.set_aside.queries import set_aside_events
from tests.fixtures.broken_projection import BrokenProjection, TwoCompanies
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.office import Office


@pytest.fixture
def set_aside(container: Container) -> tuple[BrokenProjection, TwoCompanies]:
    """The two companies' events stored, and caught up with by a runner whose incident list
    fails on Acme's "Poison"."""
    broken = BrokenProjection(container.runner, "incidents")
    stored = TwoCompanies.stored(container.application, broken)
    container.runner.catch_up()
    return broken, stored


def subjects(container: Container, office: Office) -> list[str]:
    scope = whole_company(office.staff[0].company_id)
    page = list_incidents(container.store, scope, None, [], Window(first=50))
    return sorted(row.subject for row in page.rows)


def projection_positions(container: Container) -> set[int]:
    positions = all_positions(container.store)
    return {positions[projection.name] for projection in container.runner.projections}


def aside(container: Container) -> list[tuple[str, int, str, str, str, str | None]]:
    return [
        (e.projection, e.position, e.record_id, e.event_type, e.error_class, e.company_id)
        for e in set_aside_events(container.store)
    ]


def test_the_failing_event_is_set_aside_and_every_other_event_is_applied(
    container: Container,
    set_aside: tuple[BrokenProjection, TwoCompanies],
    caplog: pytest.LogCaptureFixture,
) -> None:
    _, stored = set_aside

    last = container.application.recorder.max_notification_id()
    assert projection_positions(container) == {last}
    assert subjects(container, stored.acme) == ["After", "Before"]
    assert subjects(container, stored.beta) == ["Other"]
    acme_id = str(stored.acme.staff[0].company_id)
    customers = container.store.query("SELECT name FROM customers ORDER BY name")
    assert customers == [{"name": "Shop"}, {"name": "Store"}]
    opened, closed = stored.poison_positions
    assert aside(container) == [
        ("incidents", opened, stored.poison_id, "Incident.Created", "OverflowError", acme_id),
        ("incidents", closed, stored.poison_id, "Incident.Closed", "HeldBackError", acme_id),
    ]
    assert set_aside_events(container.store)[1].error == (
        f"held back behind position {opened}, set aside for the same record"
    )
    caught_up = caplog.get_records("setup")  # the fixture caught up
    logged = [r.getMessage() for r in caught_up if r.levelno == logging.ERROR]
    assert logged[0] == (
        f"projection incidents set aside the event at position {opened} (record "
        f"{stored.poison_id}): OverflowError: date value out of range"
    )


def test_a_row_the_database_refuses_sets_the_event_aside_as_an_error_of_the_code_would(
    container: Container,
) -> None:
    # On PostgreSQL the refusal reaches the runner later, when the pipelined batch is synced.
    null_id = "INSERT INTO incidents (id) VALUES (NULL)"
    broken = BrokenProjection(container.runner, "incidents", statement=null_id)
    stored = TwoCompanies.stored(container.application, broken)

    container.runner.catch_up()

    assert [e.error_class for e in set_aside_events(container.store)] == [
        "NotNullViolation" if container.store.dialect == "postgres" else "IntegrityError",
        "HeldBackError",
    ]
    assert subjects(container, stored.acme) == ["After", "Before"]
    assert subjects(container, stored.beta) == ["Other"]


def test_once_fixed_a_retry_applies_the_events_in_order_and_empties_the_list(
    container: Container, set_aside: tuple[BrokenProjection, TwoCompanies]
) -> None:
    broken, stored = set_aside

    broken.fix()
    outcome = container.runner.retry_set_aside("incidents")

    assert [e.position for e in outcome.applied] == list(stored.poison_positions)
    assert outcome.still_failing == []
    assert set_aside_events(container.store) == []
    assert subjects(container, stored.acme) == ["After", "Before", "Poison"]
    page = list_incidents(
        container.store, whole_company(stored.acme.staff[0].company_id), None, [], Window(first=50)
    )
    assert {row.subject: row.status for row in page.rows}["Poison"] == "closed"


def test_a_retry_that_fails_again_keeps_the_event_with_its_new_error_and_the_record_behind_it(
    container: Container, set_aside: tuple[BrokenProjection, TwoCompanies]
) -> None:
    broken, stored = set_aside

    broken.error = KeyError("still broken")
    outcome = container.runner.retry_set_aside()

    assert outcome.applied == []
    assert [(e.position, e.error_class) for e in outcome.still_failing] == [
        (stored.poison_positions[0], "KeyError"),
        (stored.poison_positions[1], "HeldBackError"),
    ]
    assert set_aside_events(container.store)[0].error == "'still broken'"
    assert subjects(container, stored.acme) == ["After", "Before"]


def test_a_dropped_connection_sets_nothing_aside_and_the_batch_is_applied_once_it_is_back(
    container: Container,
) -> None:
    broken = BrokenProjection(container.runner, "incidents", psycopg.OperationalError("closed"))
    stored = TwoCompanies.stored(container.application, broken)

    with pytest.raises(psycopg.OperationalError):
        container.runner.catch_up()
    assert projection_positions(container) == {0}
    broken.fix()
    container.runner.catch_up()

    assert set_aside_events(container.store) == []
    assert subjects(container, stored.acme) == ["After", "Before", "Poison"]


def test_a_rebuild_applies_the_set_aside_events_with_the_others_and_clears_them(
    container: Container, set_aside: tuple[BrokenProjection, TwoCompanies]
) -> None:
    broken, stored = set_aside

    broken.fix()
    container.runner.rebuild("incidents")

    assert set_aside_events(container.store) == []
    assert subjects(container, stored.acme) == ["After", "Before", "Poison"]
