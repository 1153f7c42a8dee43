"""If-Match: a command sent against a version the record has moved past is refused (412 over
HTTP) and writes nothing; sent against the current version, it is carried out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from cronica.commands.application import CommandRequest
from cronica.commands.call import CommandCall
from cronica.commands.errors import StaleVersionError
from cronica.commands.incidents import close_incident, follow_up_incident
from cronica.commands.models.incidents import CloseIncident, FollowUpIncident
from cronica.commands.results import Principal
from cronica.domain.incident import Incident, IncidentStatus
from tests.fixtures.staff.office import Office
from tests.fixtures.write_side import stored_events

MONDAY = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
WORK = FollowUpIncident(note="Cleaned", started_at=MONDAY, ended_at=MONDAY + timedelta(hours=1))


def if_match(who: Principal, version: int) -> CommandRequest:
    return CommandRequest(str(who.user_id), "test:if-match", expected_version=version)


def test_a_stale_version_is_refused_and_nothing_is_written(office: Office) -> None:
    technician = office.hire("Pau Roig", "technician")
    opened = office.open(technician, office.customer(technician, "Ferrer SL"), "Jams")
    office.follow_up(technician, opened.id, MONDAY, 30)  # someone else's change: version 2
    events_before = len(stored_events(office.app))

    with pytest.raises(StaleVersionError):
        close_incident(
            CommandCall(office.app, technician, if_match(technician, opened.version)),
            opened.id,
            CloseIncident(resolution="Fixed"),
        )

    assert len(stored_events(office.app)) == events_before
    incident = office.app.repository.get(opened.id)
    assert isinstance(incident, Incident) and incident.status is IncidentStatus.OPEN


def test_the_current_version_is_accepted(office: Office) -> None:
    technician = office.hire("Pau Roig", "technician")
    opened = office.open(technician, office.customer(technician, "Ferrer SL"), "Jams")

    written = follow_up_incident(
        CommandCall(office.app, technician, if_match(technician, opened.version)), opened.id, WORK
    )

    assert written.version == opened.version + 1
