"""Permission refusals are audited: a command refused with 403 (ForbiddenError) leaves an
`AccessRefused` event on the caller's record, with the request's correlation id, before the
refusal is answered as problem+json like any other.

One event per refusal would let a user grow his own record without bound by repeating a refused
request: a refusal is recorded unless the caller's previous one was less than `QUIET_SECONDS`
ago (the event says what was refused; the repeats that follow it are not new facts)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from fastapi import FastAPI, Request
from starlette.responses import Response

from cronica.commands.application import CommandRequest, CronicaApplication
from cronica.commands.errors import ForbiddenError
from cronica.commands.http.handlers import on_refusal
from cronica.commands.results import Principal
from cronica.domain.base import CronicaAggregate
from cronica.domain.user import User

QUIET_SECONDS = 10


def install_refusal_audit(app: FastAPI) -> None:
    app.add_exception_handler(ForbiddenError, _on_forbidden)


async def _on_forbidden(request: Request, error: Exception) -> Response:
    who = getattr(request.state, "principal", None)
    if isinstance(who, Principal):
        correlation_id = getattr(request.state, "correlation_id", None) or "unknown"
        what = f"{request.method} {request.url.path}: {error}"
        application = request.app.state.application
        await asyncio.to_thread(record_refusal, application, who, what, correlation_id)
    return await on_refusal(request, error)


def record_refusal(app: CronicaApplication, who: Principal, what: str, correlation_id: str) -> None:
    """Records the refusal on the caller's record (unless he was refused a moment ago)."""

    def decide() -> list[CronicaAggregate]:
        user = app.load(User, who.user_id, who.company_id)
        last = user.last_refused_at
        if last is None or datetime.now(UTC) >= last + timedelta(seconds=QUIET_SECONDS):
            user.record_refusal(what)
        return [user]

    app.write(CommandRequest(str(who.user_id), correlation_id), decide)
