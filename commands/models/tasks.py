"""Bodies of the task commands."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import AwareDatetime, Field

from cronica.commands.models.base import CommandModel, Line, Name, Text
from cronica.domain.task_values import TaskDetails

Tag = Annotated[Line, Field(min_length=1, max_length=50)]


class TaskTimes(CommandModel):
    """When a task is planned."""

    starts_at: AwareDatetime
    ends_at: AwareDatetime | None = Field(
        default=None, description="Without an end, the task is without a deadline."
    )


class TaskWork(TaskTimes):
    """What a task is, when, and who does it."""

    description: Text
    type: Name = Field(
        description="A code of the company's task-type catalogue.", examples=["call"]
    )
    tags: list[Tag] = Field(default_factory=list, max_length=20)
    place: Name | None = None
    operator_id: UUID | None = Field(
        default=None,
        description="Who must do it; without one, the task is in preparation until someone "
        "takes charge of it.",
    )

    def details(self) -> TaskDetails:
        """What the task is, as the domain holds it."""
        return TaskDetails(self.description, self.type, frozenset(self.tags), self.place)


class NewTask(TaskWork):
    """A task of a customer, maybe with one of his contacts, in one of his cases or projects."""

    customer_id: UUID
    contact_id: UUID | None = None
    case_id: UUID | None = None
    project_id: UUID | None = None


class PlanTask(NewTask):
    """A task to do; a case it is planned in must be open."""


class RecordHistoryNote(NewTask):
    """Something already done (it must not end after now); without an operator, by the caller."""


class FollowUpTask(TaskWork):
    """The task's outcome, and the next task: of the same customer, contact, case and project,
    possibly for another operator."""

    outcome: Text


class ReassignTask(CommandModel):
    operator_id: UUID


class RescheduleTask(TaskTimes):
    """The task's new times."""


class CloseTask(CommandModel):
    note: Text | None = None


class CancelTask(CommandModel):
    reason: Text


class ReopenTask(CommandModel):
    reason: Text
