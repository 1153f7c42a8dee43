"""Notice (aviso) commands over HTTP: log, forward, note an action, resolve, reopen."""

from __future__ import annotations

from fastapi import APIRouter

from cronica.commands import notices
from cronica.commands.http.routes import Action, Create, declare_routes
from cronica.commands.models.notices import (
    ForwardNotice,
    LogNotice,
    NoteNoticeAction,
    ReopenNotice,
    ResolveNotice,
)
from cronica.domain.notice import Notice

router = APIRouter(prefix="/v1/notices", tags=["notices"])


declare_routes(
    router,
    Notice,
    "noticeId",
    [
        Create(
            notices.log_notice,
            LogNotice,
            "Log a notice",
            "A message taken by the caller for a recipient, numbered AV-000001 onwards; its "
            "code is an active entry of the notice-codes catalogue. Without `takenAt`, taken now.",
        ),
        Action(
            "forward",
            notices.forward_notice,
            ForwardNotice,
            "Forward to another recipient",
            "Only an open notice, and to a user other than its current recipient.",
        ),
        Action(
            "actions",
            notices.note_notice_action,
            NoteNoticeAction,
            "Note an action taken to resolve it",
            "Noted as the caller's; without `doneAt`, done now.",
        ),
        Action(
            "resolve",
            notices.resolve_notice,
            ResolveNotice,
            "Resolve it",
            "The resolution code is an active entry of the resolution-codes catalogue; "
            "without `resolverId` the caller resolved it, without `resolvedAt` just now.",
        ),
        Action("reopen", notices.reopen_notice, ReopenNotice, "Reopen a resolved one"),
    ],
)
