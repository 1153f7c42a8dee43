"""Notice (aviso) commands over HTTP: log, forward, note an action, resolve, reopen."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Response

from cronica.commands import notices
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import ACTION_PROBLEMS, problem_responses
from cronica.commands.models.notices import (
    ForwardNotice,
    LogNotice,
    NoteNoticeAction,
    ReopenNotice,
    ResolveNotice,
)

router = APIRouter(prefix="/v1/notices", tags=["notices"])

NoticeId = Annotated[UUID, Path(alias="noticeId")]


@router.post(
    "",
    status_code=201,
    summary="Log a notice",
    description="A message taken by the caller for a recipient, numbered AV-000001 onwards; its "
    "code is an active entry of the notice-codes catalogue. Without `takenAt`, taken now.",
    responses=problem_responses(400, 401, 409, 422),
)
def log_notice(body: LogNotice, call: Call, response: Response) -> Accepted:
    return accepted(response, notices.log_notice(call, body))


@router.post(
    "/{noticeId}/forward",
    summary="Forward to another recipient",
    description="Only an open notice, and to a user other than its current recipient.",
    responses=ACTION_PROBLEMS,
)
def forward_notice(
    notice_id: NoticeId, body: ForwardNotice, call: Call, response: Response
) -> Accepted:
    written = notices.forward_notice(call, notice_id, body)
    return accepted(response, written)


@router.post(
    "/{noticeId}/actions",
    summary="Note an action taken to resolve it",
    description="Noted as the caller's; without `doneAt`, done now.",
    responses=ACTION_PROBLEMS,
)
def note_notice_action(
    notice_id: NoticeId, body: NoteNoticeAction, call: Call, response: Response
) -> Accepted:
    written = notices.note_notice_action(call, notice_id, body)
    return accepted(response, written)


@router.post(
    "/{noticeId}/resolve",
    summary="Resolve it",
    description="The resolution code is an active entry of the resolution-codes catalogue; "
    "without `resolverId` the caller resolved it, without `resolvedAt` just now.",
    responses=ACTION_PROBLEMS,
)
def resolve_notice(
    notice_id: NoticeId, body: ResolveNotice, call: Call, response: Response
) -> Accepted:
    written = notices.resolve_notice(call, notice_id, body)
    return accepted(response, written)


@router.post("/{noticeId}/reopen", summary="Reopen a resolved one", responses=ACTION_PROBLEMS)
def reopen_notice(
    notice_id: NoticeId, body: ReopenNotice, call: Call, response: Response
) -> Accepted:
    written = notices.reopen_notice(call, notice_id, body)
    return accepted(response, written)
