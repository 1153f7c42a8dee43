"""The auditor's view on the command line: `cronica history ID` lists an incident's events with
who did each, and `cronica replay ID --version N | --at TIME` shows the incident as it was."""

from __future__ import annotations

import json
import re
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

from cronica.ops.settings import Settings
from tests.fixtures.cli_process import Cli
from tests.fixtures.staff.office import Office

HISTORY_LINE = re.compile(r"(\S+)  v(\d+) +(\S+) +by (.+?) \((\S+)\)  (\{.*\})")


def opened_assigned_and_closed(cli: Cli) -> tuple[str, list[Any], dict[str, str]]:
    """An incident a manager opened and assigned and a technician closed: its id, its events
    and the names of the people by id. The application is closed before the CLI runs."""
    with cli.application() as app:
        office = Office(app)
        marta, jorge = office.hire("Marta", "manager"), office.hire("Jorge", "technician")
        incident = office.open(marta, office.customer(marta, "Panadería Santa Rita"), "Horno frío")
        office.assign(marta, incident.id, jorge)
        office.close(jorge, incident.id)
        events = list(app.events.get(incident.id))
    names = {str(marta.user_id): "Marta", str(jorge.user_id): "Jorge"}
    return str(incident.id), events, names


def test_history_lists_each_event_and_replay_shows_the_incident_at_a_version_or_a_time(
    settings: Settings, tmp_path: Path
) -> None:
    cli = Cli(settings, tmp_path)
    incident_id, events, names = opened_assigned_and_closed(cli)
    assigned, closed = events[1].timestamp, events[2].timestamp
    assert assigned < closed
    between = (assigned + (closed - assigned) / 2).isoformat()

    history, at_version, at_time = cli.run_all(
        [
            ("history", incident_id),
            ("replay", incident_id, "--version", "2"),
            ("replay", incident_id, "--at", between),
        ]
    )

    lines = [HISTORY_LINE.fullmatch(line) for line in history.succeeded().splitlines()]
    assert all(lines), history
    listed = [(m[1], int(m[2]), m[3], m[4], names[m[5]]) for m in lines if m]
    assert listed == [
        (events[0].timestamp.isoformat(), 1, "Incident.Created", "Marta", "Marta"),
        (events[1].timestamp.isoformat(), 2, "Incident.Assigned", "Marta", "Marta"),
        (events[2].timestamp.isoformat(), 3, "Incident.Closed", "Jorge", "Jorge"),
    ]
    data = [json.loads(m[6]) for m in lines if m]
    assert data[0]["subject"] == "Horno frío"
    assert names[data[1]["technician_id"]] == "Jorge"
    assert data[2] == {"resolution": "fixed"}
    for outcome in (at_version, at_time):
        incident = json.loads(outcome.succeeded())
        assert (incident["id"], incident["version"]) == (incident_id, 2)
        assert incident["status"] == "open"
        assert names[incident["assignee_id"]] == "Jorge"
        assert incident["resolution"] is None


def test_an_unknown_or_malformed_id_or_time_or_a_version_that_never_was_is_refused_in_one_line(
    sqlite_only_settings: Settings, tmp_path: Path
) -> None:
    cli = Cli(sqlite_only_settings, tmp_path)
    incident_id, events, _ = opened_assigned_and_closed(cli)
    created = events[0].timestamp
    naive = created.replace(tzinfo=None).isoformat()
    before = (created - timedelta(seconds=1)).isoformat().replace("+00:00", "Z")

    refused = cli.run_all(
        [
            ("history", str(uuid.uuid4())),
            ("replay", str(uuid.uuid4()), "--version", "1"),
            ("replay", "INC-000001", "--version", "1"),
            ("replay", incident_id, "--at", naive),
            ("replay", incident_id, "--at", "yesterday"),
            ("replay", incident_id, "--at", before),
            ("replay", incident_id, "--version", "4"),
        ]
    )

    messages = [outcome.error() for outcome in refused]
    assert "no record" in messages[0]
    assert "no record" in messages[1]
    assert "is not a record id" in messages[2]
    assert "has no time zone" in messages[3]
    assert "is not an ISO 8601 time" in messages[4]
    assert "did not exist yet" in messages[5]
    assert "has no version 4" in messages[6]
