"""The values a task (activity) is made of: its statuses, what it is about, the records it relates
to, when it is planned, and what the next task of a follow-up must be."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, TypedDict
from uuid import UUID

from cronica.domain.errors import (
    CustomerMismatchError,
    IllegalTransitionError,
    TimeInTheFutureError,
)
from cronica.domain.moments import require_aware, require_time_range


class TaskStatus(StrEnum):
    """The states of DOMAIN.md; "in preparation" is a planned task nobody has taken charge of."""

    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class TaskDetailsData(TypedDict):
    """A task's details as the events hold them."""

    description: str
    task_type: str
    tags: list[str]
    place: str | None


@dataclass(frozen=True)
class TaskDetails:
    """What the task is: a description, a type (a code of the task-type catalogue), free tags and
    where it happens. In the events the tags are a sorted list."""

    description: str
    task_type: str
    tags: frozenset[str] = field(default_factory=frozenset)
    place: str | None = None

    def to_event_data(self) -> TaskDetailsData:
        return {
            "description": self.description,
            "task_type": self.task_type,
            "tags": sorted(self.tags),
            "place": self.place,
        }

    @classmethod
    def from_event_data(cls, data: TaskDetailsData) -> TaskDetails:
        return cls(
            description=data["description"],
            task_type=data["task_type"],
            tags=frozenset(data["tags"]),
            place=data["place"],
        )


@dataclass(frozen=True)
class TaskLinks:
    """The records the task relates to: always a customer, optionally one of his contacts, a case
    and a project. A follow-up's next task relates to the same records."""

    customer_id: UUID
    contact_id: UUID | None = None
    case_id: UUID | None = None
    project_id: UUID | None = None


@dataclass(frozen=True)
class Schedule:
    """When the task is planned: a start and, optionally, an end after it (no end: the task is
    "without a deadline"). Both times carry their time zone."""

    starts_at: datetime
    ends_at: datetime | None = None

    def __post_init__(self) -> None:
        require_time_range(self.starts_at, self.ends_at, "a task", "ends_at")

    @property
    def has_deadline(self) -> bool:
        return self.ends_at is not None


@dataclass(frozen=True)
class TaskSpec:
    """What a task is, when, and its operator: a task to plan (no operator: in preparation), the
    next task of a follow-up (possibly for another operator), or a history note of past work."""

    details: TaskDetails
    schedule: Schedule
    operator_id: UUID | None = None


def creation_event_data(
    company_id: UUID, number: str, links: TaskLinks, spec: TaskSpec
) -> dict[str, Any]:
    """The fields both creation events of a task carry (a planned task and a history note)."""
    return {
        "company_id": company_id,
        "number": number,
        "details": spec.details.to_event_data(),
        "customer_id": links.customer_id,
        "contact_id": links.contact_id,
        "case_id": links.case_id,
        "project_id": links.project_id,
        "operator_id": spec.operator_id,
        "starts_at": spec.schedule.starts_at,
        "ends_at": spec.schedule.ends_at,
    }


def require_already_happened(schedule: Schedule, now: datetime) -> None:
    """Refuses a history note that ends (or, without an end, starts) after `now`: it records
    what was done."""
    require_aware(now, "the present time")
    if (schedule.ends_at or schedule.starts_at) > now:
        raise TimeInTheFutureError(f"a history note records the past, not work until {schedule}")


def require_no_operator(number: str, operator_id: UUID | None) -> None:
    """Refuses taking charge of a task that already has an operator: it is reassigned instead."""
    if operator_id is not None:
        raise IllegalTransitionError(f"task {number} is in {operator_id}'s charge: reassign it")


def require_change(new: object, current: object, what: str) -> None:
    """Refuses a change to what already is (the same operator, the same schedule)."""
    if new == current:
        raise IllegalTransitionError(f"{what} is already {new}")


def require_reopenable(number: str, is_history_note: bool, next_task_id: UUID | None) -> None:
    """Refuses reopening a history note (it records the past) or a followed-up task (its work
    goes on in the next task, so a chain of follow-ups never forks)."""
    if is_history_note:
        raise IllegalTransitionError(f"task {number} is a history note: it records the past")
    if next_task_id is not None:
        raise IllegalTransitionError(f"task {number} was followed up by task {next_task_id}")


def require_same_customer(customer_id: UUID, record: str, records_customer_id: UUID) -> None:
    """Refuses relating a task to another customer's case or project (`record` names it)."""
    if records_customer_id != customer_id:
        raise CustomerMismatchError(f"{record} is another customer's, not {customer_id}'s")
