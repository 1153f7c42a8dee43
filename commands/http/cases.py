"""Case commands over HTTP: open, rename, close, reopen."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Response

from cronica.commands import cases
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import ACTION_PROBLEMS, problem_responses
from cronica.commands.models.cases import CloseCase, OpenCase, RenameCase, ReopenCase

router = APIRouter(prefix="/v1/cases", tags=["cases"])

CaseId = Annotated[UUID, Path(alias="caseId")]


@router.post(
    "",
    status_code=201,
    summary="Open a case for a customer",
    description="A case groups the customer's tasks about a matter that lasts; it is numbered "
    "CS-000001 onwards.",
    responses=problem_responses(400, 401, 409, 422),
)
def open_case(body: OpenCase, call: Call, response: Response) -> Accepted:
    return accepted(response, cases.open_case(call, body))


@router.post("/{caseId}/rename", summary="Change its subject", responses=ACTION_PROBLEMS)
def rename_case(case_id: CaseId, body: RenameCase, call: Call, response: Response) -> Accepted:
    return accepted(response, cases.rename_case(call, case_id, body))


@router.post(
    "/{caseId}/close",
    summary="Close with its outcome",
    description="No task can be planned in a closed case until it is reopened.",
    responses=ACTION_PROBLEMS,
)
def close_case(case_id: CaseId, body: CloseCase, call: Call, response: Response) -> Accepted:
    return accepted(response, cases.close_case(call, case_id, body))


@router.post("/{caseId}/reopen", summary="Reopen a closed case", responses=ACTION_PROBLEMS)
def reopen_case(case_id: CaseId, body: ReopenCase, call: Call, response: Response) -> Accepted:
    return accepted(response, cases.reopen_case(call, case_id, body))
