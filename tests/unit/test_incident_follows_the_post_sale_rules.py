"""The incident's rules (DOMAIN.md, post-sale incident), one story per rule."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from uuid import uuid4

import pytest

from cronica.domain.context import CommandContext
from cronica.domain.errors import (
    IllegalTransitionError,
    InvalidTimeRangeError,
    MissingCommandContextError,
    NotATechnicianError,
)
from cronica.domain.incident import Article, ContactDetails, Incident, IncidentStatus, Priority
from cronica.domain.user import Role
from tests.fixtures.domain_records import assert_stamped_by, new_incident, replayed

NINE = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)


def test_an_incident_opens_with_the_contact_copied_onto_it(acting: CommandContext) -> None:
    contact = ContactDetails(uuid4(), "Lucía Ferrer", "+34 600 111 222", "lucia@ferrer.es")

    incident = new_incident(contact=contact)

    (created,) = incident.collect_events()
    assert isinstance(created, Incident.Created)
    assert (created.contact_name, created.contact_phone, created.contact_email) == (
        "Lucía Ferrer",
        "+34 600 111 222",
        "lucia@ferrer.es",
    )
    assert not created.closed_at_once
    assert incident.contact == contact
    assert (incident.status, incident.priority, incident.version) == (
        IncidentStatus.OPEN,
        Priority.URGENT,
        1,
    )


def test_an_incident_given_a_resolution_is_closed_at_once(acting: CommandContext) -> None:
    incident = new_incident(resolution="Explained the paper settings by phone")

    created, closed = incident.collect_events()
    assert isinstance(created, Incident.Created) and created.closed_at_once
    assert isinstance(closed, Incident.Closed)
    assert incident.status is IncidentStatus.CLOSED
    assert incident.resolution == "Explained the paper settings by phone"


def test_the_article_keeps_its_warranty_and_invoice_through_the_events(
    acting: CommandContext,
) -> None:
    article = Article("LP-200", "SN-0042", date(2025, 6, 30), "F-2024/118", date(2024, 6, 30))

    incident = new_incident(article=article)

    again = replayed(Incident, incident.collect_events())
    assert again.article == article
    assert again.article.warranty_in_force(date(2025, 6, 30)) is True
    assert again.article.warranty_in_force(date(2025, 7, 1)) is False
    assert Article("LP-200").warranty_in_force(date(2025, 7, 1)) is None


def test_only_a_technician_can_be_assigned(acting: CommandContext) -> None:
    incident = new_incident()
    incident.collect_events()

    for role in (Role.ADMIN, Role.MANAGER, Role.AGENT, Role.OFFICE):
        with pytest.raises(NotATechnicianError):
            incident.assign(uuid4(), role.value)
    assert incident.collect_events() == []

    technician = uuid4()
    incident.assign(technician, Role.TECHNICIAN.value)
    assert incident.assignee_id == technician
    with pytest.raises(IllegalTransitionError):
        incident.assign(technician, Role.TECHNICIAN.value)
    (assigned,) = incident.collect_events()
    assert isinstance(assigned, Incident.Assigned) and assigned.technician_id == technician


def test_follow_ups_add_up_the_minutes_worked(acting: CommandContext) -> None:
    incident = new_incident()

    incident.follow_up("Diagnosed the feeder", NINE, NINE + timedelta(minutes=45))
    incident.follow_up("Replaced the roller", NINE + timedelta(hours=2), NINE + timedelta(hours=3))

    assert incident.minutes_worked == 105
    assert replayed(Incident, incident.collect_events()).minutes_worked == 105


@pytest.mark.parametrize("length", [timedelta(0), timedelta(minutes=-30)])
def test_a_follow_up_must_end_after_it_starts(acting: CommandContext, length: timedelta) -> None:
    incident = new_incident()
    incident.collect_events()

    with pytest.raises(InvalidTimeRangeError):
        incident.follow_up("Backwards", NINE, NINE + length)

    assert incident.collect_events() == []
    assert incident.minutes_worked == 0


def test_a_closed_incident_refuses_work_until_it_is_reopened(acting: CommandContext) -> None:
    incident = new_incident(resolution="Replaced the roller")
    incident.collect_events()

    refused = [
        lambda: incident.follow_up("More work", NINE, NINE + timedelta(hours=1)),
        lambda: incident.close("Closed twice"),
        lambda: incident.assign(uuid4(), Role.TECHNICIAN.value),
    ]
    for command in refused:
        with pytest.raises(IllegalTransitionError):
            command()
    assert incident.collect_events() == []

    incident.reopen("It jams again")
    assert (incident.status, incident.resolution) == (IncidentStatus.OPEN, None)
    with pytest.raises(IllegalTransitionError):
        incident.reopen("Reopened twice")
    incident.follow_up("More work", NINE, NINE + timedelta(hours=1))
    assert [type(e) for e in incident.collect_events()] == [Incident.Reopened, Incident.FollowedUp]


def test_every_event_says_which_company_who_and_in_which_request(acting: CommandContext) -> None:
    incident = new_incident()
    incident.assign(uuid4(), Role.TECHNICIAN.value)
    incident.close("Done")

    events = incident.collect_events()

    assert_stamped_by(events, acting)


def test_no_event_can_be_triggered_outside_a_command() -> None:
    with pytest.raises(MissingCommandContextError):
        new_incident()
