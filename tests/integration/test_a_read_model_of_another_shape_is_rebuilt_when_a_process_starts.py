"""A release whose read model has other tables (or writes other rows) does not serve the rows of
the old shape: when a process starts, that read model alone is emptied and refilled from the
events; the others keep their rows and positions."""

from __future__ import annotations

from cronica.ops.container import Container
from cronica.projections.positions import all_positions
from tests.fixtures.staff.office import Office


def an_incident_read(container: Container) -> None:
    """An incident, opened by the manager Marta, and every read model caught up with it."""
    office = Office(container.application)
    marta = office.hire("Marta", "manager")
    office.open(marta, office.customer(marta, "Hostal La Alameda"), "Gotea el grifo")
    container.runner.catch_up()


def test_a_read_model_written_in_another_shape_is_refilled_from_the_events(
    container: Container,
) -> None:
    an_incident_read(container)
    live = container.store.query("SELECT id, subject, version FROM incidents")
    reached = container.application.recorder.max_notification_id()
    # The rows as an older release left them: another shape, other contents.
    with container.store.transaction() as cursor:
        cursor.execute("UPDATE incidents SET subject = 'written by an older release'")
        cursor.execute(
            "UPDATE projection_schemas SET fingerprint = 'older' WHERE name = ?", ("incidents",)
        )

    container.runner.setup()  # what a process does when it starts

    positions = all_positions(container.store)
    assert positions["incidents"] == 0
    others = [p.name for p in container.runner.projections if p.name != "incidents"]
    assert {positions[name] for name in others} == {reached}
    assert container.store.query("SELECT id FROM incidents") == []
    container.runner.catch_up()
    assert container.store.query("SELECT id, subject, version FROM incidents") == live


def test_a_read_model_of_the_same_shape_keeps_its_rows_when_a_process_starts(
    container: Container,
) -> None:
    an_incident_read(container)
    before = all_positions(container.store)

    container.runner.setup()

    assert all_positions(container.store) == before
    assert len(container.store.query("SELECT id FROM incidents")) == 1
