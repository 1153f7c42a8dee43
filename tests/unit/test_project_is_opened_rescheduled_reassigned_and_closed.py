"""The project's rules (DOMAIN.md, Project): opened for a customer with its dates and responsible
user, renamed and redescribed in any status, rescheduled and reassigned while open, closed as
completed or cancelled, reopened; repair orders are received into an open project only."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

import pytest

from cronica.domain.context import CommandContext
from cronica.domain.errors import IllegalTransitionError, InvalidDateRangeError
from cronica.domain.project import Project, ProjectDates, ProjectStatus
from tests.fixtures.domain_records import (
    assert_its_events_survive_the_stores_transcoding,
    assert_stamped_by,
    replayed,
)
from tests.fixtures.new_records.project import MARCH, RESPONSIBLE, new_project


def test_a_project_is_opened_for_a_customer_with_its_dates(acting: CommandContext) -> None:
    customer, contact = uuid4(), uuid4()

    project = new_project(customer_id=customer, contact_id=contact)

    (opened,) = project.collect_events()
    assert isinstance(opened, Project.Opened)
    assert (opened.number, opened.customer_id, opened.contact_id) == (
        "PR-000001",
        customer,
        contact,
    )
    assert (opened.starts_on, opened.target_on) == ("2025-03-03", "2025-03-31")
    assert (project.dates, project.responsible_id, project.status) == (
        MARCH,
        RESPONSIBLE,
        ProjectStatus.OPEN,
    )
    assert vars(replayed(Project, [opened])) | {"_pending_events": []} == vars(project)


def test_the_target_date_is_the_start_date_or_later() -> None:
    assert ProjectDates(date(2025, 3, 3), date(2025, 3, 3)).target_on == date(2025, 3, 3)
    with pytest.raises(InvalidDateRangeError, match="before the start"):
        ProjectDates(date(2025, 3, 3), date(2025, 3, 2))


def test_name_and_description_change_in_any_status_one_event_per_change(
    acting: CommandContext,
) -> None:
    project = new_project()
    project.rename(name="Warehouse and shop fit-out")
    project.rename(name="Warehouse and shop fit-out", description="Also the shop's tills.")
    project.close(ProjectStatus.COMPLETED)
    project.rename(description="Done in March.")
    for same in ({}, {"name": project.name}, {"description": "Done in March."}):
        with pytest.raises(IllegalTransitionError, match="already has that name"):
            project.rename(**same)

    events = project.collect_events()
    assert [type(e) for e in events] == [
        Project.Opened,
        Project.Renamed,
        Project.Redescribed,
        Project.Closed,
        Project.Redescribed,
    ]
    assert (project.name, project.description) == ("Warehouse and shop fit-out", "Done in March.")


def test_an_open_project_is_rescheduled_and_handed_to_another_user(
    acting: CommandContext,
) -> None:
    project = new_project()
    april = ProjectDates(date(2025, 4, 1), date(2025, 4, 30))
    other = uuid4()

    project.reschedule(april)
    project.reassign(other)

    with pytest.raises(IllegalTransitionError, match="already has those dates"):
        project.reschedule(april)
    with pytest.raises(IllegalTransitionError, match="already responsible"):
        project.reassign(other)
    project.close(ProjectStatus.CANCELLED, "The customer moved")
    with pytest.raises(IllegalTransitionError, match="cannot reschedule a project that is"):
        project.reschedule(MARCH)
    with pytest.raises(IllegalTransitionError, match="cannot reassign a project that is"):
        project.reassign(RESPONSIBLE)
    assert (project.dates, project.responsible_id) == (april, other)
    rescheduled = project.collect_events()[1]
    assert isinstance(rescheduled, Project.Rescheduled)
    assert (rescheduled.starts_on, rescheduled.target_on) == ("2025-04-01", "2025-04-30")


@pytest.mark.parametrize("outcome", [ProjectStatus.COMPLETED, ProjectStatus.CANCELLED])
def test_a_project_is_closed_with_its_outcome_and_reopened(
    acting: CommandContext, outcome: ProjectStatus
) -> None:
    project = new_project()
    with pytest.raises(IllegalTransitionError):
        project.reopen("Not closed yet")
    with pytest.raises(IllegalTransitionError, match="completed or cancelled"):
        project.close(ProjectStatus.OPEN)

    project.close(outcome, "Handed over")
    assert (project.status, project.closing_note) == (outcome, "Handed over")
    for other in (ProjectStatus.COMPLETED, ProjectStatus.CANCELLED):
        with pytest.raises(IllegalTransitionError, match="cannot close"):
            project.close(other)

    project.reopen("One scanner is missing")
    assert (project.status, project.closing_note) == (ProjectStatus.OPEN, None)
    assert [type(e) for e in project.collect_events()] == [
        Project.Opened,
        Project.Closed,
        Project.Reopened,
    ]


def test_orders_are_received_into_an_open_project_only(acting: CommandContext) -> None:
    project = new_project()
    project.require_open_for("receive an order into")

    project.close(ProjectStatus.COMPLETED)

    with pytest.raises(IllegalTransitionError, match="receive an order into a project that is"):
        project.require_open_for("receive an order into")


def test_every_event_survives_the_stores_transcoding(acting: CommandContext) -> None:
    project = new_project(contact_id=uuid4())
    project.rename("Shop fit-out", "Tills and scanners")
    project.reschedule(ProjectDates(date(2025, 5, 5), date(2025, 6, 6)))
    project.reassign(uuid4())
    project.close(ProjectStatus.COMPLETED, None)
    project.reopen("Missing a scanner")

    events = assert_its_events_survive_the_stores_transcoding(project)

    assert_stamped_by(events, acting)
