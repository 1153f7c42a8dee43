"""Project commands over HTTP: open, rename, reschedule, assign, close, reopen."""

from __future__ import annotations

from fastapi import APIRouter

from cronica.commands import projects
from cronica.commands.http.routes import Action, Create, declare_routes
from cronica.commands.models.projects import (
    AssignProject,
    CloseProject,
    OpenProject,
    RenameProject,
    ReopenProject,
    RescheduleProject,
)
from cronica.domain.project import Project

router = APIRouter(prefix="/v1/projects", tags=["projects"])


declare_routes(
    router,
    Project,
    "projectId",
    [
        Create(
            projects.open_project,
            OpenProject,
            "Open a project for a customer",
            "Numbered PR-000001 onwards; the target date is the start date or later.",
        ),
        Action(
            "rename",
            projects.rename_project,
            RenameProject,
            "Change its name or description",
            "In any status: a closed project is still looked up by them.",
        ),
        Action(
            "reschedule",
            projects.reschedule_project,
            RescheduleProject,
            "Change its start and target dates",
        ),
        Action(
            "assign", projects.assign_project, AssignProject, "Hand to another responsible user"
        ),
        Action(
            "close",
            projects.close_project,
            CloseProject,
            "Close as completed or cancelled",
            "No repair order is received into a closed project until it is reopened.",
        ),
        Action("reopen", projects.reopen_project, ReopenProject, "Reopen a closed project"),
    ],
)
