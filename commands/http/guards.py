"""What every command carries besides its body: who sends it (a bearer token, or the session
cookie of the web app with its CSRF token), in which request (X-Correlation-Id) and under which
guards (If-Match, Idempotency-Key), as FastAPI dependencies."""

from __future__ import annotations

import json
import re
import uuid
from typing import Annotated, Any

from fastapi import Depends, Header, Request, Response
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer

from cronica.commands.application import CommandRequest
from cronica.commands.call import CommandCall
from cronica.commands.errors import AuthenticationError
from cronica.commands.http.problems import CORRELATION_HEADER, InvalidHeaderError
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

# Visible ASCII only: these values end up in stored events and response headers.
_HEADER_VALUE = re.compile(r"[\x21-\x7e]{1,200}")
# One entity tag: 3, "3" or W/"3" (weak and strong compare alike: a version is a version).
_VERSION_TAG = re.compile(r'(?:W/)?"(\d{1,18})"|(\d{1,18})')

bearer = HTTPBearer(auto_error=False, description="An API token, as `cronica user add` prints it.")
session_cookie = APIKeyCookie(
    name=SESSION_COOKIE,
    auto_error=False,
    description="The web app's session (`POST /v1/sign-in`); unsafe methods also need the "
    f"`{CSRF_COOKIE}` cookie's value in the `{CSRF_HEADER}` header.",
)
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def _checked(name: str, value: str) -> str:
    if not _HEADER_VALUE.fullmatch(value):
        raise InvalidHeaderError(f"{name} must be 1 to 200 visible ASCII characters")
    return value


async def correlation_id(
    request: Request,
    response: Response,
    x_correlation_id: Annotated[
        str | None, Header(description="Names the request on every event it causes.")
    ] = None,
) -> str:
    """The client's correlation id or a new one; kept on the request so errors echo it too."""
    value = _checked(CORRELATION_HEADER, x_correlation_id or str(uuid.uuid4()))
    request.state.correlation_id = value
    response.headers[CORRELATION_HEADER] = value
    return value


def principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    session: Annotated[str | None, Depends(session_cookie)],
) -> Principal:
    """The user of the bearer token or of the session cookie, which on an unsafe method must
    come with its CSRF token (a plain `def`: authenticating reads the event store). Kept on the
    request, so that a refusal can be audited on the caller's record."""
    authorization = f"Bearer {credentials.credentials}" if credentials else None
    credential = presented_credential(authorization, session)
    if credential is None:
        raise AuthenticationError(
            "send an API token as `Authorization: Bearer <token>`, or sign in"
        )
    app = request.app.state.application
    who = authenticate(app, credential)
    if is_session_secret(credential) and request.method not in SAFE_METHODS:
        require_csrf(
            app, credential, request.headers.get(CSRF_HEADER), request.cookies.get(CSRF_COOKIE)
        )
    request.state.principal = who
    return who


Who = Annotated[Principal, Depends(principal)]
"""The caller, for a route that needs no more of a command's guards (a read, an upload)."""


def expected_version(if_match: str | None) -> int | None:
    """The version an If-Match header names; None without one or for `*` (any version)."""
    if if_match is None or if_match.strip() == "*":
        return None
    match = _VERSION_TAG.fullmatch(if_match.strip())
    if match is None:
        raise InvalidHeaderError(f'If-Match must be one version, like 3 or "3", not {if_match!r}')
    return int(match.group(1) or match.group(2))


async def _body_as_sent(request: Request) -> Any:
    """The body's JSON (so spacing and key order do not matter), or its text if it is not JSON
    (the body's own validation then refuses it)."""
    body = await request.body()
    try:
        return json.loads(body) if body else None
    except ValueError:
        return body.decode("utf-8", "replace")


async def command_call(
    request: Request,
    correlation: Annotated[str, Depends(correlation_id)],
    who: Who,
    if_match: Annotated[
        str | None, Header(description="The version the command expects: 412 when stale.")
    ] = None,
    idempotency_key: Annotated[
        str | None, Header(description="Repeating a key with the same body answers the same.")
    ] = None,
) -> CommandCall:
    idempotency = None
    if idempotency_key is not None:
        key = _checked("Idempotency-Key", idempotency_key)
        body = await _body_as_sent(request)
        idempotency = IdempotentRequest.of(key, request.method, request.url.path, body)
    command_request = CommandRequest(
        actor_id=str(who.user_id),
        correlation_id=correlation,
        expected_version=expected_version(if_match),
        idempotency=idempotency,
        unit_id=who.unit_id,
    )
    return CommandCall(request.app.state.application, who, command_request)


Call = Annotated[CommandCall, Depends(command_call)]
