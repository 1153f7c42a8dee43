"""Random but valid work on tasks: planned (in preparation or for someone), recorded as history
notes, taken in charge, reassigned, rescheduled, followed up, closed, cancelled and reopened, and
task types marked priority or not, at times given in several zones."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any
from uuid import UUID

from cronica.commands.catalogue_defaults import DEFAULT_ENTRIES
from cronica.commands.identity import add_user, authenticate
from cronica.commands.results import Principal
from cronica.domain.catalogue_values import CatalogueKind
from tests.integration.office import Office
from tests.integration.random_moves import Move, RandomMoves
from tests.integration.task_office import TaskOffice, work

ZONES = [timezone(timedelta(hours=hours)) for hours in (0, 1, 2, -5, 9)]
FIRST_DAY = datetime(2026, 3, 2, 8)
PAST = datetime(2025, 6, 2, 8)
TASK_TYPES = [entry.code for entry in DEFAULT_ENTRIES[CatalogueKind.TASK_TYPES]]
TAGS = ["vip", "renewal 2026", "Norte", "a_b", "50%"]
PLANNED, DONE, CANCELLED = "planned", "done", "cancelled"


@dataclass
class Tracked:
    """What a move must know of a task to pick a command its status accepts."""

    status: str
    operator: UUID | None
    starts_at: datetime
    reopenable: bool = False


class TaskMoves(RandomMoves):
    """Tasks of the office's customers, done by anyone of the office."""

    def __init__(self, office: Office, rng: random.Random, customers: list[UUID]) -> None:
        super().__init__(office, rng, customers)
        self.tasks = TaskOffice(office)
        self.tracked: dict[UUID, Tracked] = {}
        self.priority: set[str] = set()
        self.admin: Principal | None = None

    def available(self) -> list[Move]:
        # Few moves, each choosing among several commands, so that the other families' records
        # still get their share of the random work.
        moves: list[Move] = [self.plan, self.record_or_mark_priority]
        if self._ids(PLANNED):
            moves.append(self.work_on_a_planned_task)
        if any(t.status == DONE and t.reopenable for t in self.tracked.values()):
            moves.append(self.reopen)
        return moves

    def work_on_a_planned_task(self) -> None:
        commands = [self.reassign, self.reschedule, self.follow_up, self.close, self.cancel]
        if any(t.status == PLANNED and t.operator is None for t in self.tracked.values()):
            commands.append(self.take_charge)
        self.rng.choice(commands)()

    def record_or_mark_priority(self) -> None:
        self.rng.choice([self.record, self.mark_priority])()

    def plan(self) -> None:
        body = self._work(FIRST_DAY, operator=self.rng.random() < 0.6)
        written = self.tasks.plan(self._staff(), self.rng.choice(self.customers), body)
        self._track(written.id, body)

    def record(self) -> None:
        body = self._work(PAST, operator=self.rng.random() < 0.5)
        written = self.tasks.record(self._staff(), self.rng.choice(self.customers), body)
        self.tracked[written.id] = Tracked(DONE, None, body["startsAt"])

    def take_charge(self) -> None:
        ids = [i for i, t in self.tracked.items() if t.status == PLANNED and t.operator is None]
        task, who = self.rng.choice(ids), self._staff()
        self.tasks.take_charge(who, task)
        self.tracked[task].operator = who.user_id

    def reassign(self) -> None:
        task = self._pick(PLANNED)
        others = [p for p in self.office.staff if p.user_id != self.tracked[task].operator]
        operator = self.rng.choice(others)
        self.tasks.reassign(self._staff(), task, operator)
        self.tracked[task].operator = operator.user_id

    def reschedule(self) -> None:
        task = self._pick(PLANNED)
        starts_at = self.tracked[task].starts_at + timedelta(hours=self.rng.randrange(1, 72))
        ends_at = starts_at + timedelta(minutes=30) if self.rng.random() < 0.5 else None
        self.tasks.reschedule(self._staff(), task, starts_at, ends_at)
        self.tracked[task].starts_at = starts_at

    def follow_up(self) -> None:
        task = self._pick(PLANNED)
        body = self._work(self.tracked[task].starts_at, operator=self.rng.random() < 0.7)
        next_task = self.tasks.follow_up(self._staff(), task, "Went well", body)
        self.tracked[task].status = DONE
        self._track(next_task, body)

    def close(self) -> None:
        task = self._pick(PLANNED)
        self.tasks.close(self._staff(), task, self.rng.choice([None, "Done"]))
        self.tracked[task].status, self.tracked[task].reopenable = DONE, True

    def cancel(self) -> None:
        task = self._pick(PLANNED)
        self.tasks.cancel(self._staff(), task)
        self.tracked[task].status = CANCELLED

    def reopen(self) -> None:
        ids = [i for i, t in self.tracked.items() if t.status == DONE and t.reopenable]
        task = self.rng.choice(ids)
        self.tasks.reopen(self._staff(), task)
        self.tracked[task].status = PLANNED

    def mark_priority(self) -> None:
        if self.admin is None:  # not one of the staff: other families' moves never pick him
            app, slug = self.office.app, self.office.slug
            self.admin = authenticate(app, add_user(app, slug, "Task admin", "admin").token)
        task_type = self.rng.choice(TASK_TYPES)
        if task_type in self.priority:
            self.tasks.deprioritise(self.admin, task_type)
            self.priority.discard(task_type)
        else:
            self.tasks.prioritise(self.admin, task_type)
            self.priority.add(task_type)

    def _work(self, after: datetime, *, operator: bool) -> dict[str, Any]:
        rng = self.rng
        starts_at = (after + timedelta(hours=rng.randrange(1, 24 * 14))).replace(
            tzinfo=rng.choice(ZONES)
        )
        body = work(f"Task {len(self.tracked)}", starts_at, type=rng.choice(TASK_TYPES))
        body["tags"] = rng.sample(TAGS, rng.randrange(3))
        if rng.random() < 0.6:
            body["endsAt"] = starts_at + timedelta(minutes=rng.randrange(15, 240))
        if operator:
            body["operatorId"] = self._staff().user_id
        return body

    def _track(self, task: UUID, body: dict[str, Any]) -> None:
        self.tracked[task] = Tracked(PLANNED, body.get("operatorId"), body["startsAt"])

    def _staff(self) -> Principal:
        return self.rng.choice(self.office.staff)

    def _pick(self, status: str) -> UUID:
        return self.rng.choice(self._ids(status))

    def _ids(self, status: str) -> list[UUID]:
        return [i for i, t in self.tracked.items() if t.status == status]
