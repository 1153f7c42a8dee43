"""The task (activity): planned, taken in charge, moved, followed up into the next task, closed,
cancelled, reopened; or recorded already done as a history note.

A task is created `Planned` ("in preparation" while it has no operator) or `Recorded` (a history
note, done from its first event). Only a planned task is taken in charge (when it has no operator:
otherwise it is reassigned), reassigned, rescheduled, followed up or closed (-> done), or cancelled
(final: one plans a new task instead). `follow_up` returns the next task, planned with
`follows_task_id`, for the application to save atomically with this one. Only a done task is
reopened, and neither a history note nor a followed-up one (see `require_reopenable`).
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import ClassVar, Self
from uuid import UUID

from eventsourcing.domain import event

from cronica.domain import lifecycle_steps as steps
from cronica.domain import task_values as values
from cronica.domain.base import CronicaAggregate, people_named
from cronica.domain.lifecycle import StatusGuarded
from cronica.domain.record_rules import RecordRule
from cronica.domain.task_values import TaskLinks, TaskSpec, TaskStatus

PLANNED = frozenset({TaskStatus.PLANNED})


class Task(StatusGuarded, CronicaAggregate):
    """Something to do for a customer, with a consecutive number within its company."""

    noun = "a task"

    access_rule: ClassVar[RecordRule] = RecordRule.BUSINESS

    @property
    def people(self) -> frozenset[UUID]:
        """Its operator."""
        return people_named(self.operator_id)

    class Created(CronicaAggregate.Created):
        number: str
        details: values.TaskDetailsData
        customer_id: UUID
        contact_id: UUID | None
        case_id: UUID | None
        project_id: UUID | None
        operator_id: UUID | None
        starts_at: datetime
        ends_at: datetime | None

    class Planned(Created):
        lifecycle = steps.CREATED
        follows_task_id: UUID | None

        def apply(self, aggregate: Task) -> None:
            aggregate.follows_task_id = self.follows_task_id

    class Recorded(Created):
        """A history note: something already done, from `starts_at` (to `ends_at`)."""

        lifecycle = steps.CREATED

        def apply(self, aggregate: Task) -> None:
            aggregate.status = TaskStatus.DONE
            aggregate.is_history_note = True

    class TakenInCharge(CronicaAggregate.Event):
        lifecycle = steps.ASSIGNED
        operator_id: UUID

    class Reassigned(CronicaAggregate.Event):
        lifecycle = steps.ASSIGNED
        operator_id: UUID

    class Rescheduled(CronicaAggregate.Event):
        starts_at: datetime
        ends_at: datetime | None

    class FollowedUp(CronicaAggregate.Event):
        lifecycle = steps.FOLLOWED_UP
        outcome: str
        next_task_id: UUID

    class Closed(CronicaAggregate.Event):
        lifecycle = steps.closed(steps.Outcome.DONE)
        note: str | None

    class Cancelled(CronicaAggregate.Event):
        lifecycle = steps.closed(steps.Outcome.CANCELLED)
        reason: str

    class Reopened(CronicaAggregate.Event):
        lifecycle = steps.REOPENED
        reason: str

    @classmethod
    def plan(cls, *, company_id: UUID, number: str, links: TaskLinks, spec: TaskSpec) -> Self:
        """Plans a task for an operator, or in preparation until someone takes charge of it."""
        data = values.creation_event_data(company_id, number, links, spec)
        return cls._create(cls.Planned, follows_task_id=None, **data)

    @classmethod
    def record_history_note(
        cls, *, company_id: UUID, number: str, links: TaskLinks, spec: TaskSpec, now: datetime
    ) -> Self:
        """Records something already done by its operator (it must not end after `now`)."""
        values.require_already_happened(spec.schedule, now)
        data = values.creation_event_data(company_id, number, links, spec)
        return cls._create(cls.Recorded, **data)

    def __init__(
        self,
        company_id: UUID,
        number: str,
        details: values.TaskDetailsData,
        customer_id: UUID,
        contact_id: UUID | None,
        case_id: UUID | None,
        project_id: UUID | None,
        operator_id: UUID | None,
        starts_at: datetime,
        ends_at: datetime | None,
    ) -> None:
        """The state both creation events share; each event's `apply` then sets its own part."""
        self.company_id = company_id
        self.number = number
        self.details = values.TaskDetails.from_event_data(details)
        self.links = TaskLinks(customer_id, contact_id, case_id, project_id)
        self.operator_id = operator_id
        self.schedule = values.Schedule(starts_at, ends_at)
        self.status = TaskStatus.PLANNED
        self.is_history_note = False
        self.follows_task_id: UUID | None = None
        self.outcome: str | None = None
        self.next_task_id: UUID | None = None
        self.closing_note: str | None = None
        self.cancellation_reason: str | None = None

    @property
    def in_preparation(self) -> bool:
        """Planned, and nobody has taken charge of it yet."""
        return self.status is TaskStatus.PLANNED and self.operator_id is None

    def take_charge(self, operator_id: UUID) -> None:
        """The user (the one acting, as a rule) becomes the operator of a task in preparation."""
        self._require(PLANNED, "take charge of")
        values.require_no_operator(self.number, self.operator_id)
        self._taken_in_charge(operator_id=operator_id)

    @event(TakenInCharge)
    def _taken_in_charge(self, operator_id: UUID) -> None:
        self.operator_id = operator_id

    def reassign(self, operator_id: UUID) -> None:
        """Hands the task to another operator (a task in preparation too)."""
        self._require(PLANNED, "reassign")
        values.require_change(operator_id, self.operator_id, f"task {self.number}'s operator")
        self._reassigned(operator_id=operator_id)

    @event(Reassigned)
    def _reassigned(self, operator_id: UUID) -> None:
        self.operator_id = operator_id

    def reschedule(self, schedule: values.Schedule) -> None:
        self._require(PLANNED, "reschedule")
        values.require_change(schedule, self.schedule, f"task {self.number}'s schedule")
        self._rescheduled(**asdict(schedule))

    @event(Rescheduled)
    def _rescheduled(self, starts_at: datetime, ends_at: datetime | None) -> None:
        self.schedule = values.Schedule(starts_at, ends_at)

    def follow_up(self, outcome: str, next_task_number: str, next_task: TaskSpec) -> Self:
        """Closes the task with its outcome and returns the next task, which relates to the same
        customer, contact, case and project and names this one in `follows_task_id`."""
        self._require(PLANNED, "follow up")
        data = values.creation_event_data(self.company_id, next_task_number, self.links, next_task)
        following = self._create(self.Planned, follows_task_id=self.id, **data)
        self._followed_up(outcome=outcome, next_task_id=following.id)
        return following

    @event(FollowedUp)
    def _followed_up(self, outcome: str, next_task_id: UUID) -> None:
        self.status = TaskStatus.DONE
        self.outcome = outcome
        self.next_task_id = next_task_id

    def close(self, note: str | None = None) -> None:
        self._require(PLANNED, "close")
        self._closed(note=note)

    @event(Closed)
    def _closed(self, note: str | None) -> None:
        self.status = TaskStatus.DONE
        self.closing_note = note

    def cancel(self, reason: str) -> None:
        self._require(PLANNED, "cancel")
        self._cancelled(reason=reason)

    @event(Cancelled)
    def _cancelled(self, reason: str) -> None:
        self.status = TaskStatus.CANCELLED
        self.cancellation_reason = reason

    def reopen(self, reason: str) -> None:
        """Puts a done task back to planned; a cancelled one stays cancelled."""
        self._require({TaskStatus.DONE}, "reopen")
        values.require_reopenable(self.number, self.is_history_note, self.next_task_id)
        self._reopened(reason=reason)

    @event(Reopened)
    def _reopened(self, reason: str) -> None:
        self.status = TaskStatus.PLANNED
        self.closing_note = None
