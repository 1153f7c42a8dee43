"""Case commands over HTTP: open, rename, close, reopen."""

from __future__ import annotations

from fastapi import APIRouter

from cronica.commands import cases
from cronica.commands.http.routes import Action, Create, declare_routes
from cronica.commands.models.cases import CloseCase, OpenCase, RenameCase, ReopenCase
from cronica.domain.case import Case

router = APIRouter(prefix="/v1/cases", tags=["cases"])


declare_routes(
    router,
    Case,
    "caseId",
    [
        Create(
            cases.open_case,
            OpenCase,
            "Open a case for a customer",
            "A case groups the customer's tasks about a matter that lasts; it is numbered "
            "CS-000001 onwards.",
        ),
        Action("rename", cases.rename_case, RenameCase, "Change its subject"),
        Action(
            "close",
            cases.close_case,
            CloseCase,
            "Close with its outcome",
            "No task can be planned in a closed case until it is reopened.",
        ),
        Action("reopen", cases.reopen_case, ReopenCase, "Reopen a closed case"),
    ],
)
