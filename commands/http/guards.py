"""What every command carries besides its body: who sends it (a bearer token, or the session
cookie of the web app with its CSRF token), in which request (X-Correlation-Id) and under which
guards (If-Match, Idempotency-Key), as FastAPI dependencies."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, Request, Response
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer

from cronica.commands.application import CommandRequest
from cronica.commands.call import CommandCall
from cronica.commands.errors import AuthenticationError
from cronica.commands.http.header_rules import CORRELATION_ID, IDEMPOTENCY_KEY, IF_MATCH
from cronica.commands.http.problems import CORRELATION_HEADER
from cronica.commands.idempotency import IdempotentRequest
from cronica.commands.identity import authenticate
from cronica.commands.results import Principal
from cronica.commands.sessions import require_csrf
from cronica.domain.session import (
    CSRF_COOKIE,
    CSRF_HEADER,
    SESSION_COOKIE,
    is_session_secret,
    presented_credential,
)

bearer = HTTPBearer(auto_error=False, description="An API token, as `cronica user add` prints it.")
session_cookie = APIKeyCookie(
    name=SESSION_COOKIE,
    auto_error=False,
    description="The web app's session (`POST /v1/sign-in`); unsafe methods also need the "
    f"`{CSRF_COOKIE}` cookie's value in the `{CSRF_HEADER}` header.",
)
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


async def correlation_id(
    request: Request,
    response: Response,
    x_correlation_id: Annotated[
        str | None, CORRELATION_ID.documented, CORRELATION_ID.header
    ] = None,
) -> str:
    """The client's correlation id or a new one; kept on the request so errors echo it too."""
    value = (
        str(uuid.uuid4()) if x_correlation_id is None else CORRELATION_ID.checked(x_correlation_id)
    )
    request.state.correlation_id = value
    response.headers[CORRELATION_HEADER] = value
    return value


async def presented(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    session: Annotated[str | None, Depends(session_cookie)],
) -> str:
    """The bearer token or the session cookie the request presents (nothing is read yet: no
    thread needed)."""
    authorization = f"Bearer {credentials.credentials}" if credentials else None
    credential = presented_credential(authorization, session)
    if credential is None:
        raise AuthenticationError(
            "send an API token as `Authorization: Bearer <token>`, or sign in"
        )
    return credential


def authenticated(request: Request, credential: str) -> Principal:
    """The user of the credential, which on an unsafe method must come with its CSRF token if
    it is a session (reads the event store: call it off the event loop). Kept on the request,
    so that a refusal can be audited on the caller's record."""
    app = request.app.state.application
    who = authenticate(app, credential)
    if is_session_secret(credential) and request.method not in SAFE_METHODS:
        require_csrf(
            app, credential, request.headers.get(CSRF_HEADER), request.cookies.get(CSRF_COOKIE)
        )
    request.state.principal = who
    return who


def principal(request: Request, credential: Annotated[str, Depends(presented)]) -> Principal:
    """The caller, as a dependency (a plain `def`, run in a thread: authenticating reads the
    event store)."""
    return authenticated(request, credential)


Who = Annotated[Principal, Depends(principal)]
"""The caller, for a route that needs no more of a command's guards (a read, an upload)."""


def expected_version(if_match: str | None) -> int | None:
    """The version an If-Match header names; None without one or for `*` (any version). Weak
    and strong tags compare alike: a version is a version."""
    if if_match is None or IF_MATCH.checked(if_match) == "*":
        return None
    return int(if_match.removeprefix("W/").strip('"'))


async def _body_as_sent(request: Request) -> Any:
    """The body's JSON (so spacing and key order do not matter), or its text if it is not JSON
    (the body's own validation then refuses it)."""
    body = await request.body()
    try:
        return json.loads(body) if body else None
    except ValueError:
        return body.decode("utf-8", "replace")


@dataclass
class CommandAsked:
    """A command's request as it came, before anything is read from the store: `call`
    authenticates the caller, checks the headers and the route's access (`checks`, which the
    route's access guard adds) and makes the CommandCall, in the thread that goes on to run the
    command (one thread hop per command: each costs the event loop and the thread a wake-up)."""

    request: Request
    correlation_id: str
    credential: str
    if_match: str | None
    idempotency_key: str | None
    body: Any
    """The body as sent (JSON decoded), read only when there is an Idempotency-Key."""
    checks: list[Callable[[CommandCall], None]] = field(default_factory=list)

    def call(self) -> CommandCall:
        """The command's call, once the caller may make it (off the event loop)."""
        who = authenticated(self.request, self.credential)
        idempotency = None
        if self.idempotency_key is not None:
            key = IDEMPOTENCY_KEY.checked(self.idempotency_key)
            url = self.request.url.path
            idempotency = IdempotentRequest.of(key, self.request.method, url, self.body)
        command_request = CommandRequest(
            actor_id=str(who.user_id),
            correlation_id=self.correlation_id,
            expected_version=expected_version(self.if_match),
            idempotency=idempotency,
            unit_id=who.unit_id,
        )
        call = CommandCall(self.request.app.state.application, who, command_request)
        for check in self.checks:
            check(call)
        return call


async def command_asked(
    request: Request,
    correlation: Annotated[str, Depends(correlation_id)],
    credential: Annotated[str, Depends(presented)],
    if_match: Annotated[str | None, IF_MATCH.documented, IF_MATCH.header] = None,
    idempotency_key: Annotated[
        str | None, IDEMPOTENCY_KEY.documented, IDEMPOTENCY_KEY.header
    ] = None,
) -> CommandAsked:
    """The command's request, kept on the request too: a body refused by its validation is
    answered only once the caller passed these guards (handlers.py)."""
    body = await _body_as_sent(request) if idempotency_key is not None else None
    asked = CommandAsked(request, correlation, credential, if_match, idempotency_key, body)
    request.state.asked = asked
    return asked


Asked = Annotated[CommandAsked, Depends(command_asked)]


def command_call(asked: Asked) -> CommandCall:
    """The call of a route that runs its command itself (a plain `def`: authenticating reads
    the event store)."""
    return asked.call()


Call = Annotated[CommandCall, Depends(command_call)]
