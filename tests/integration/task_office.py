"""The task commands of an office's staff, issued through the command functions as the HTTP API
would: plan, record a history note, take charge, reassign, reschedule, follow up, close, cancel,
reopen, and an administrator marking task types priority."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from cronica.commands.catalogues import deprioritise_task_type, prioritise_task_type
from cronica.commands.models.tasks import (
    CancelTask,
    CloseTask,
    FollowUpTask,
    PlanTask,
    ReassignTask,
    RecordHistoryNote,
    ReopenTask,
    RescheduleTask,
)
from cronica.commands.results import Principal, Written
from cronica.commands.tasks import (
    cancel_task,
    close_task,
    follow_up_task,
    plan_task,
    reassign_task,
    record_history_note,
    reopen_task,
    reschedule_task,
    take_charge_of_task,
)
from tests.integration.office import Office, call_of


def work(description: str, starts_at: datetime, **fields: Any) -> dict[str, Any]:
    """A task body: a call unless `type` is given; other fields in the API's camelCase."""
    return {"description": description, "type": "call", "startsAt": starts_at, **fields}


@dataclass
class TaskOffice:
    """The task commands of `office`'s people."""

    office: Office

    def plan(self, who: Principal, customer_id: UUID, body: dict[str, Any]) -> Written:
        command = PlanTask.model_validate({**body, "customerId": customer_id})
        return plan_task(call_of(self.office.app, who), command)

    def record(self, who: Principal, customer_id: UUID, body: dict[str, Any]) -> Written:
        command = RecordHistoryNote.model_validate({**body, "customerId": customer_id})
        return record_history_note(call_of(self.office.app, who), command)

    def take_charge(self, who: Principal, task_id: UUID) -> Written:
        return take_charge_of_task(call_of(self.office.app, who), task_id)

    def reassign(self, who: Principal, task_id: UUID, operator: Principal) -> Written:
        command = ReassignTask(operator_id=operator.user_id)
        return reassign_task(call_of(self.office.app, who), task_id, command)

    def reschedule(
        self, who: Principal, task_id: UUID, starts_at: datetime, ends_at: datetime | None
    ) -> Written:
        command = RescheduleTask(starts_at=starts_at, ends_at=ends_at)
        return reschedule_task(call_of(self.office.app, who), task_id, command)

    def follow_up(
        self, who: Principal, task_id: UUID, outcome: str, next_task: dict[str, Any]
    ) -> UUID:
        """Closes the task with its outcome; answers the next task's id."""
        command = FollowUpTask.model_validate({**next_task, "outcome": outcome})
        return follow_up_task(call_of(self.office.app, who), task_id, command)[1]

    def close(self, who: Principal, task_id: UUID, note: str | None = None) -> Written:
        command = CloseTask(note=note)
        return close_task(call_of(self.office.app, who), task_id, command)

    def cancel(self, who: Principal, task_id: UUID, reason: str = "No longer needed") -> Written:
        command = CancelTask(reason=reason)
        return cancel_task(call_of(self.office.app, who), task_id, command)

    def reopen(self, who: Principal, task_id: UUID, reason: str = "Not done after all") -> Written:
        command = ReopenTask(reason=reason)
        return reopen_task(call_of(self.office.app, who), task_id, command)

    def prioritise(self, admin: Principal, task_type: str) -> Written:
        return prioritise_task_type(call_of(self.office.app, admin), task_type)

    def deprioritise(self, admin: Principal, task_type: str) -> Written:
        return deprioritise_task_type(call_of(self.office.app, admin), task_type)
