"""Incident numbers are consecutive per company, without gaps or duplicates, even when several
threads (of one process, or of two processes with their own connections) open incidents at the
same time; and nobody loses a race for a number: each save takes its number under the events
table's lock, so no opening is retried."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from itertools import cycle, islice

from cronica.commands.application import CronicaApplication
from cronica.domain.incident import Incident
from cronica.ops.settings import Settings
from tests.fixtures.lost_races import LostRaces
from tests.fixtures.staff.office import Office

THREADS = 8
EACH = 5


def open_concurrently(offices: list[Office]) -> list[str]:
    """THREADS threads, spread over the offices given, each opening EACH incidents; the numbers
    (and no save of any office lost a race)."""
    agent = offices[0].hire("Marta Vidal", "agent")
    customer_id = offices[0].customer(agent, "Ferrer SL")
    lost = [LostRaces(office.app) for office in offices]

    def open_several(office: Office) -> list[str]:
        numbers = []
        for n in range(EACH):
            written = office.open(agent, customer_id, f"Incident {n}")
            incident = office.app.repository.get(written.id)
            assert isinstance(incident, Incident)
            numbers.append(incident.number)
        return numbers

    with ThreadPoolExecutor(THREADS) as pool:
        batches = pool.map(open_several, islice(cycle(offices), THREADS))
    numbers = sorted(number for batch in batches for number in batch)
    assert [races.count for races in lost] == [0] * len(offices)
    return numbers


EVERY_NUMBER = [f"INC-{n:06d}" for n in range(1, THREADS * EACH + 1)]


def test_threads_of_one_process_take_consecutive_numbers(office: Office) -> None:
    assert open_concurrently([office]) == EVERY_NUMBER


def test_two_processes_take_consecutive_numbers(settings: Settings, office: Office) -> None:
    other_process = CronicaApplication(env=settings.event_store_env())
    try:
        assert open_concurrently([office, Office(other_process)]) == EVERY_NUMBER
    finally:
        other_process.close()


def test_each_company_counts_its_own_incidents(office: Office) -> None:
    globex = Office(office.app, slug="globex")
    ours, theirs = office.hire("Marta Vidal", "agent"), globex.hire("Joan Mas", "agent")
    office.open(ours, office.customer(ours, "Ferrer SL"), "First of ours")

    theirs_first = globex.open(theirs, globex.customer(theirs, "Soler SA"), "First of theirs")

    incident = office.app.repository.get(theirs_first.id)
    assert isinstance(incident, Incident) and incident.number == "INC-000001"
