"""What an HTTP read takes from its request besides its parameters: who reads (the viewer of
the bearer token or of the web app's session cookie, as `ReadApi.authenticate` finds him) and the
event store position to wait for (the X-Cronica-Position header)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from cronica.domain.session import SESSION_COOKIE, presented_credential
from cronica.graphql.http.refusals import InvalidPositionError, UnauthenticatedError
from cronica.graphql.read_api import ReadApi, Viewer

POSITION_HEADER = "X-Cronica-Position"
POSITION_PATTERN = "[0-9]{1,18}"
"""An event store position, as the header gives it (ASCII digits: a position fits in 64 bits)."""
POSITION_PARAMETER: dict[str, Any] = {
    "name": POSITION_HEADER,
    "in": "header",
    "required": False,
    "description": "Wait until the read models reach this event store position (400 if it is "
    "not one).",
    "schema": {"type": "string", "pattern": f"^{POSITION_PATTERN}$"},
}
"""The header as the OpenAPI document states it, on every read that takes it."""

# The same scheme as the command routes': OpenAPI lists one bearer scheme for the whole API.
bearer = HTTPBearer(auto_error=False, description="An API token, as `cronica user add` prints it.")

Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


async def viewer_of(api: ReadApi, request: Request) -> Viewer | None:
    """The viewer of the request's bearer token, else of its session cookie; None without a
    valid one. Reads need no CSRF token: they change nothing."""
    credential = presented_credential(
        request.headers.get("Authorization"), request.cookies.get(SESSION_COOKIE)
    )
    return await asyncio.to_thread(api.authenticate, credential) if credential else None


def authenticated(read_api: Callable[[], ReadApi]) -> Callable[..., Awaitable[Viewer]]:
    """A dependency answering the viewer of the request's credential; `read_api` gives the
    process's ReadApi when a request comes."""

    async def viewer(request: Request, _credentials: Credentials) -> Viewer:
        found = await viewer_of(read_api(), request)
        if found is None:
            raise UnauthenticatedError("send a valid API token as `Authorization: Bearer <token>`")
        return await found.ready()

    return viewer


def requested_position(request: Request) -> int | None:
    """The position the X-Cronica-Position header asks the read models to reach, if any; GraphQL
    reads it too."""
    value = request.headers.get(POSITION_HEADER)
    if value is None:
        return None
    if re.fullmatch(POSITION_PATTERN, value) is None:
        raise InvalidPositionError(f"{POSITION_HEADER} must be an event store position")
    return int(value)
