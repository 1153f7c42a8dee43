"""Random but valid work on agendas: entries put (timed or all-day, in several zones, some about
a customer), moved, retitled and cancelled; customers' representatives and visit plans set and
cleared; calendar feeds issued."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from uuid import UUID

from cronica.commands.results import Principal
from tests.integration.agenda_desk import AgendaDesk
from tests.integration.office import Office
from tests.integration.random_moves import Move, RandomMoves

ZONES = [timezone(timedelta(hours=hours)) for hours in (0, 1, 2, -5, 9)]
FIRST_DAY = datetime(2026, 3, 2)
TITLES = [
    "Reunión con el gerente de Ferrer SL",
    "Feria de la climatización (IFEMA)",
    "Llamar a Núñez & Hijos: presupuesto 2ª fase",
    "Curso de prevención de riesgos",
    'Visita a "El Rápido" - revisar caldera',
]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
FREQUENCIES = [{"frequency": "weekly"}, {"frequency": "fortnightly"}, {"frequency": "monthly"}]


@dataclass
class Entry:
    owner: Principal
    starts_at: datetime
    all_day: bool
    title: str


class AgendaMoves(RandomMoves):
    """Each person puts entries in his own agenda (a manager also in others'); each move picks
    an entry still scheduled and makes a change its command accepts."""

    def __init__(self, office: Office, rng: random.Random, customers: list[UUID]) -> None:
        super().__init__(office, rng, customers)
        self.desk = AgendaDesk(office)
        self.entries: dict[UUID, Entry] = {}
        self.planned: set[UUID] = set()

    def available(self) -> list[Move]:
        # One move, picked among the family's own: the other families' records keep their
        # share of the random work however many moves this family has.
        return [self.any_move]

    def any_move(self) -> None:
        moves = [self.put_entry, self.put_entry, self.plan_visits, self.issue_feed]
        if self.entries:
            moves += [self.move_entry, self.retitle_entry, self.cancel_entry]
        if self.planned:
            moves.append(self.stop_visits)
        self.rng.choice(moves)()

    def put_entry(self) -> None:
        owner = self.rng.choice(self.office.staff)
        all_day = self.rng.random() < 0.3
        starts_at = self._start(all_day)
        title = self.rng.choice(TITLES)
        about = {}
        if self.rng.random() < 0.5:
            about = {"relatedRecord": {"type": "customer", "id": self.rng.choice(self.customers)}}
        written = self.desk.put_entry(
            owner, starts_at, self._end(starts_at, all_day), title, allDay=all_day, **about
        )
        self.entries[written.id] = Entry(owner, starts_at, all_day, title)

    def move_entry(self) -> None:
        entry_id = self.rng.choice(sorted(self.entries))
        entry = self.entries[entry_id]
        starts_at = entry.starts_at + timedelta(days=self.rng.randrange(1, 5))
        self.desk.move_entry(entry.owner, entry_id, starts_at, self._end(starts_at, entry.all_day))
        entry.starts_at = starts_at

    def retitle_entry(self) -> None:
        entry_id = self.rng.choice(sorted(self.entries))
        entry = self.entries[entry_id]
        entry.title = f"{entry.title} ({self.rng.randrange(1000)})"
        self.desk.edit_entry(entry.owner, entry_id, entry.title)

    def cancel_entry(self) -> None:
        entry_id = self.rng.choice(sorted(self.entries))
        self.desk.cancel_entry(self.entries.pop(entry_id).owner, entry_id)

    def plan_visits(self) -> None:
        manager = self.office.people("manager")[0]
        customer = self.rng.choice(self.customers)
        self.desk.represent(manager, customer, self.rng.choice(self.office.staff))
        weekdays = self.rng.sample(WEEKDAYS, self.rng.randrange(1, 4))
        frequency = self.rng.choice([*FREQUENCIES, {"frequency": "every_n_weeks", "everyWeeks": 3}])
        starts_on = date(2026, 3, 2) + timedelta(days=self.rng.randrange(30))
        self.desk.plan_visits(manager, customer, weekdays, starts_on, **frequency)
        self.planned.add(customer)

    def stop_visits(self) -> None:
        customer = self.rng.choice(sorted(self.planned))
        self.desk.stop_visits(self.office.people("manager")[0], customer)
        self.planned.remove(customer)

    def issue_feed(self) -> None:
        self.desk.issue_feed(self.rng.choice(self.office.staff))

    def _start(self, all_day: bool) -> datetime:
        day = FIRST_DAY + timedelta(days=self.rng.randrange(28))
        if not all_day:
            day += timedelta(hours=self.rng.randrange(7, 20), minutes=self.rng.choice([0, 30]))
        return day.replace(tzinfo=self.rng.choice(ZONES))

    def _end(self, starts_at: datetime, all_day: bool) -> datetime:
        if all_day:
            return starts_at + timedelta(days=self.rng.randrange(1, 3))
        return starts_at + timedelta(minutes=self.rng.choice([30, 60, 90, 240]))
