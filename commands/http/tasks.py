"""Task commands over HTTP: plan, record a history note, take charge, reassign, reschedule,
follow up, close, cancel, reopen."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Response

from cronica.commands import tasks
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import ACTION_PROBLEMS, problem_responses
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

router = APIRouter(prefix="/v1/tasks", tags=["tasks"])

TaskId = Annotated[UUID, Path(alias="taskId")]
NEW_TASK_PROBLEMS = problem_responses(400, 401, 409, 422)


class FollowedUp(Accepted):
    """The task followed up (now done), and the next task planned with it."""

    next_task_id: UUID


@router.post(
    "",
    status_code=201,
    summary="Plan a task",
    description="Numbered T-000001 onwards; its type must be an active entry of the task-type "
    "catalogue. Without an operator it is in preparation until someone takes charge of it.",
    responses=NEW_TASK_PROBLEMS,
)
def plan_task(body: PlanTask, call: Call, response: Response) -> Accepted:
    return accepted(response, tasks.plan_task(call, body))


@router.post(
    "/history-notes",
    status_code=201,
    summary="Record something already done",
    description="A history note is done from the start: it records work that ended by now.",
    responses=NEW_TASK_PROBLEMS,
)
def record_history_note(body: RecordHistoryNote, call: Call, response: Response) -> Accepted:
    return accepted(response, tasks.record_history_note(call, body))


@router.post(
    "/{taskId}/take-charge",
    summary="Take charge of a task in preparation",
    description="The caller becomes its operator; a task that has one is reassigned instead.",
    responses=ACTION_PROBLEMS,
)
def take_charge(task_id: TaskId, call: Call, response: Response) -> Accepted:
    written = tasks.take_charge_of_task(call, task_id)
    return accepted(response, written)


@router.post("/{taskId}/reassign", summary="Hand to another operator", responses=ACTION_PROBLEMS)
def reassign_task(task_id: TaskId, body: ReassignTask, call: Call, response: Response) -> Accepted:
    written = tasks.reassign_task(call, task_id, body)
    return accepted(response, written)


@router.post("/{taskId}/reschedule", summary="Move in time", responses=ACTION_PROBLEMS)
def reschedule_task(
    task_id: TaskId, body: RescheduleTask, call: Call, response: Response
) -> Accepted:
    written = tasks.reschedule_task(call, task_id, body)
    return accepted(response, written)


@router.post(
    "/{taskId}/follow-up",
    summary="Close with an outcome and plan the next task",
    description="Both are saved together. Answers the closed task's new version (the ETag) and "
    "the next task's id; the next task relates to the same customer, contact, case and project.",
    responses=ACTION_PROBLEMS,
)
def follow_up_task(
    task_id: TaskId, body: FollowUpTask, call: Call, response: Response
) -> FollowedUp:
    written, next_task_id = tasks.follow_up_task(call, task_id, body)
    answer = accepted(response, written)
    return FollowedUp(**answer.model_dump(), next_task_id=next_task_id)


@router.post("/{taskId}/close", summary="Close, with an optional note", responses=ACTION_PROBLEMS)
def close_task(task_id: TaskId, body: CloseTask, call: Call, response: Response) -> Accepted:
    written = tasks.close_task(call, task_id, body)
    return accepted(response, written)


@router.post("/{taskId}/cancel", summary="Cancel for good", responses=ACTION_PROBLEMS)
def cancel_task(task_id: TaskId, body: CancelTask, call: Call, response: Response) -> Accepted:
    written = tasks.cancel_task(call, task_id, body)
    return accepted(response, written)


@router.post(
    "/{taskId}/reopen",
    summary="Reopen a done task",
    description="Neither a history note nor a followed-up task is reopened.",
    responses=ACTION_PROBLEMS,
)
def reopen_task(task_id: TaskId, body: ReopenTask, call: Call, response: Response) -> Accepted:
    written = tasks.reopen_task(call, task_id, body)
    return accepted(response, written)
