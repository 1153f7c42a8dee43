"""Task commands over HTTP: plan, record a history note, take charge, reassign, reschedule,
follow up, close, cancel, reopen."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Response

from cronica.commands import tasks
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import ACTION_PROBLEMS
from cronica.commands.http.route_access import on_record
from cronica.commands.http.routes import Action, Create, declare_routes
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
from cronica.domain.task import Task

router = APIRouter(prefix="/v1/tasks", tags=["tasks"])

TaskId = Annotated[UUID, Path(alias="taskId")]


class FollowedUp(Accepted):
    """The task followed up (now done), and the next task planned with it."""

    next_task_id: UUID


declare_routes(
    router,
    Task,
    "taskId",
    [
        Create(
            tasks.plan_task,
            PlanTask,
            "Plan a task",
            "Numbered T-000001 onwards; its type must be an active entry of the task-type "
            "catalogue. Without an operator it is in preparation until someone takes charge of it.",
        ),
        Create(
            tasks.record_history_note,
            RecordHistoryNote,
            "Record something already done",
            "A history note is done from the start: it records work that ended by now.",
            path="/history-notes",
        ),
        Action(
            "take-charge",
            tasks.take_charge_of_task,
            None,
            "Take charge of a task in preparation",
            "The caller becomes its operator; a task that has one is reassigned instead.",
            name="take_charge",
        ),
        Action("reassign", tasks.reassign_task, ReassignTask, "Hand to another operator"),
        Action("reschedule", tasks.reschedule_task, RescheduleTask, "Move in time"),
    ],
)


@router.post(
    "/{taskId}/follow-up",
    summary="Close with an outcome and plan the next task",
    description="Both are saved together. Answers the closed task's new version (the ETag) and "
    "the next task's id; the next task relates to the same customer, contact, case and project.",
    responses=ACTION_PROBLEMS,
    **on_record(Task, "taskId").route_options(),
)
def follow_up_task(
    task_id: TaskId, body: FollowUpTask, call: Call, response: Response
) -> FollowedUp:
    written, next_task_id = tasks.follow_up_task(call, task_id, body)
    answer = accepted(response, written)
    return FollowedUp(**answer.model_dump(), next_task_id=next_task_id)


declare_routes(
    router,
    Task,
    "taskId",
    [
        Action("close", tasks.close_task, CloseTask, "Close, with an optional note"),
        Action("cancel", tasks.cancel_task, CancelTask, "Cancel for good"),
        Action(
            "reopen",
            tasks.reopen_task,
            ReopenTask,
            "Reopen a done task",
            "Neither a history note nor a followed-up task is reopened.",
        ),
    ],
)
