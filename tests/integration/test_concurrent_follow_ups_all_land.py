"""Technicians of two processes following up one incident at the same time: each race lost on
the incident's version is retried on the reloaded incident, so every follow-up lands once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from itertools import cycle, islice
from threading import Barrier

from cronica.commands.application import CronicaApplication
from cronica.commands.results import Written
from cronica.domain.incident import Incident
from cronica.ops.settings import Settings
from tests.fixtures.staff.office import Office
from tests.fixtures.write_side import stored_events

THREADS = 6
EACH = 4
MONDAY = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)


def test_every_concurrent_follow_up_lands_once(settings: Settings, office: Office) -> None:
    technician = office.hire("Pau Roig", "technician")
    opened = office.open(technician, office.customer(technician, "Ferrer SL"), "Jams")
    other_process = Office(CronicaApplication(env=settings.event_store_env()))
    start = Barrier(THREADS)

    def follow_up_several(thread: int, office: Office) -> list[Written]:
        start.wait()
        # Each follow-up lasts a distinct number of minutes, to tell them apart afterwards.
        return [
            office.follow_up(technician, opened.id, MONDAY, 1 + thread * EACH + n)
            for n in range(EACH)
        ]

    try:
        with ThreadPoolExecutor(THREADS) as pool:
            offices = islice(cycle([office, other_process]), THREADS)
            written = [w for ws in pool.map(follow_up_several, range(THREADS), offices) for w in ws]
    finally:
        other_process.app.close()

    total = THREADS * EACH
    assert sorted(w.version for w in written) == list(range(2, total + 2))
    incident = office.app.repository.get(opened.id)
    assert isinstance(incident, Incident)
    assert incident.version == 1 + total
    assert incident.minutes_worked == sum(range(1, total + 1))
    notes = [e.note for e in stored_events(office.app) if isinstance(e, Incident.FollowedUp)]
    assert sorted(notes, key=lambda note: int(note.split()[0])) == [
        f"{minutes} min" for minutes in range(1, total + 1)
    ]
