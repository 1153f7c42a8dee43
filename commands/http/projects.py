"""Project commands over HTTP: open, rename, reschedule, assign, close, reopen."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Response

from cronica.commands import projects
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import ACTION_PROBLEMS, problem_responses
from cronica.commands.models.projects import (
    AssignProject,
    CloseProject,
    OpenProject,
    RenameProject,
    ReopenProject,
    RescheduleProject,
)

router = APIRouter(prefix="/v1/projects", tags=["projects"])

ProjectId = Annotated[UUID, Path(alias="projectId")]


@router.post(
    "",
    status_code=201,
    summary="Open a project for a customer",
    description="Numbered PR-000001 onwards; the target date is the start date or later.",
    responses=problem_responses(400, 401, 409, 422),
)
def open_project(body: OpenProject, call: Call, response: Response) -> Accepted:
    return accepted(response, projects.open_project(call, body))


@router.post(
    "/{projectId}/rename",
    summary="Change its name or description",
    description="In any status: a closed project is still looked up by them.",
    responses=ACTION_PROBLEMS,
)
def rename_project(
    project_id: ProjectId, body: RenameProject, call: Call, response: Response
) -> Accepted:
    written = projects.rename_project(call, project_id, body)
    return accepted(response, written)


@router.post(
    "/{projectId}/reschedule",
    summary="Change its start and target dates",
    responses=ACTION_PROBLEMS,
)
def reschedule_project(
    project_id: ProjectId, body: RescheduleProject, call: Call, response: Response
) -> Accepted:
    written = projects.reschedule_project(call, project_id, body)
    return accepted(response, written)


@router.post(
    "/{projectId}/assign", summary="Hand to another responsible user", responses=ACTION_PROBLEMS
)
def assign_project(
    project_id: ProjectId, body: AssignProject, call: Call, response: Response
) -> Accepted:
    written = projects.assign_project(call, project_id, body)
    return accepted(response, written)


@router.post(
    "/{projectId}/close",
    summary="Close as completed or cancelled",
    description="No repair order is received into a closed project until it is reopened.",
    responses=ACTION_PROBLEMS,
)
def close_project(
    project_id: ProjectId, body: CloseProject, call: Call, response: Response
) -> Accepted:
    written = projects.close_project(call, project_id, body)
    return accepted(response, written)


@router.post("/{projectId}/reopen", summary="Reopen a closed project", responses=ACTION_PROBLEMS)
def reopen_project(
    project_id: ProjectId, body: ReopenProject, call: Call, response: Response
) -> Accepted:
    written = projects.reopen_project(call, project_id, body)
    return accepted(response, written)
