"""Random but valid work in an office, with a tally of what the read models must then show."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from uuid import UUID

from cronica.commands.results import Principal
from cronica.domain.context import CommandContext, acting_as
from cronica.domain.incident import Incident
from cronica.projections.notice_board import alert_id_for
from tests.integration.office import Office
from tests.integration.random_moves import every_family

# Follow-ups are given in several time zones, so that some start on another day in UTC.
ZONES = [timezone(timedelta(hours=hours)) for hours in (0, 1, 2, -5)]
FIRST_DAY = datetime(2026, 3, 2)
STAFF = [
    ("Ana", "manager"),
    ("Luis", "technician"),
    ("Eva", "technician"),
    ("Pau", "technician"),
    ("Sara", "agent"),
]


@dataclass
class Tally:
    """What the commands did, counted per user."""

    lines: Counter[str] = field(default_factory=Counter)
    minutes: Counter[str] = field(default_factory=Counter)
    alerts: Counter[str] = field(default_factory=Counter)
    read: Counter[str] = field(default_factory=Counter)
    unread: list[tuple[Principal, str]] = field(default_factory=list)


class RandomWork:
    """Managers, technicians and an agent opening, assigning, following up, closing, reopening
    incidents and reading their alerts at random; `rng` makes a run repeatable. With
    `every_record`, they also work on every other kind of record (tests/integration/random_moves),
    which the tally does not count."""

    def __init__(self, office: Office, rng: random.Random, *, every_record: bool = False) -> None:
        self.office = office
        self.rng = rng
        self.tally = Tally()
        self.status: dict[UUID, str] = {}
        self.assignee: dict[UUID, UUID | None] = {}
        for name, role in STAFF:
            office.hire(name, role)
        agent = office.people("agent")[0]
        self.customers = [office.customer(agent, f"Customer {n}") for n in range(3)]
        self.families = every_family(office, rng, self.customers) if every_record else []

    def do(self, commands: int) -> None:
        for _ in range(commands):
            self.step()

    def step(self) -> None:
        actions = [self.open_incident] * 3 + [self.hire_manager]
        if self._ids("open"):
            actions += [self.assign, self.follow_up, self.follow_up, self.close]
        if self._ids("closed"):
            actions.append(self.reopen)
        if self.tally.unread:
            actions += [self.read_alert] * 2
        for family in self.families:
            actions += family.available()
        self.rng.choice(actions)()

    def long_follow_ups(self, incidents: int, follow_ups: int) -> None:
        """Many follow-ups of a technician on a few open incidents, each incident's saved in one
        go: a quick way to fill the event store (a save of many events is one transaction)."""
        app = self.office.app
        technician = self.office.people("technician")[0]
        context = CommandContext(str(technician.user_id), "test:long-follow-ups")
        for incident_id in self.rng.sample(self._ids("open"), incidents):
            incident = app.load(Incident, incident_id, technician.company_id)
            with acting_as(context):
                for n in range(follow_ups):
                    started_at = FIRST_DAY.replace(tzinfo=UTC) + timedelta(minutes=10 * n)
                    incident.follow_up(
                        "routine check", started_at, started_at + timedelta(minutes=7)
                    )
            app.save(incident)
            self.tally.lines[str(technician.user_id)] += follow_ups
            self.tally.minutes[str(technician.user_id)] += 7 * follow_ups

    def someone(self) -> Principal:
        return self.rng.choice(self.office.staff)

    def open_incident(self) -> None:
        at_once = self.rng.random() < 0.2
        fields = {"priority": self.rng.choice(["low", "normal", "high", "urgent"])}
        if at_once:
            fields["resolution"] = "solved on the phone"
        customer = self.rng.choice(self.customers)
        written = self.office.open(self.someone(), customer, f"Fault {len(self.status)}", **fields)
        self.status[written.id] = "closed" if at_once else "open"
        self.assignee[written.id] = None
        if not at_once:
            for manager in self.office.people("manager"):
                self._alerted(manager, alert_id_for(written.id, 1, manager.user_id))

    def hire_manager(self) -> None:
        self.office.hire(f"Manager {len(self.office.staff)}", "manager")

    def assign(self) -> None:
        incident = self._pick("open")
        technicians = [
            t for t in self.office.people("technician") if t.user_id != self.assignee[incident]
        ]
        technician = self.rng.choice(technicians)
        written = self.office.assign(self.someone(), incident, technician)
        self.assignee[incident] = technician.user_id
        self._alerted(technician, alert_id_for(incident, written.version, technician.user_id))

    def follow_up(self) -> None:
        who = self.someone()
        day = FIRST_DAY + timedelta(days=self.rng.randrange(14), hours=self.rng.randrange(24))
        started_at = day.replace(tzinfo=self.rng.choice(ZONES))
        minutes = self.rng.randrange(1, 240)
        self.office.follow_up(who, self._pick("open"), started_at, minutes)
        self.tally.lines[str(who.user_id)] += 1
        self.tally.minutes[str(who.user_id)] += minutes

    def close(self) -> None:
        incident = self._pick("open")
        self.office.close(self.someone(), incident)
        self.status[incident] = "closed"

    def reopen(self) -> None:
        incident = self._pick("closed")
        self.office.reopen(self.someone(), incident)
        self.status[incident] = "open"

    def read_alert(self) -> None:
        who, alert_id = self.tally.unread.pop(self.rng.randrange(len(self.tally.unread)))
        self.office.mark_read(who, alert_id)
        self.tally.read[str(who.user_id)] += 1

    def _pick(self, status: str) -> UUID:
        return self.rng.choice(self._ids(status))

    def _ids(self, status: str) -> list[UUID]:
        return [i for i, s in self.status.items() if s == status]

    def _alerted(self, who: Principal, alert_id: str) -> None:
        self.tally.alerts[str(who.user_id)] += 1
        self.tally.unread.append((who, alert_id))
