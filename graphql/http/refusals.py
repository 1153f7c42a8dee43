"""Why an HTTP read is refused. Each refusal names the problem (RFC 9457) it is answered with;
the app factory answers them as `application/problem+json` in the one shape of every error of
the API, so the read side states its refusals and the command side's handlers write them."""

from __future__ import annotations

from typing import ClassVar

PROBLEM_MEDIA_TYPE = "application/problem+json"


class ReadRefusedError(Exception):
    """Raised when an HTTP read is refused: answered with its class's status, `type` slug,
    title and headers, and its message as the problem's detail."""

    status: ClassVar[int]
    slug: ClassVar[str]
    title: ClassVar[str]
    headers: ClassVar[dict[str, str]] = {}


class UnauthenticatedError(ReadRefusedError):
    """Raised when a read comes without a bearer token, or with an unknown or revoked one."""

    status, slug, title = 401, "unauthenticated", "Authentication is required"
    headers: ClassVar[dict[str, str]] = {"WWW-Authenticate": "Bearer"}


class InvalidPositionError(ReadRefusedError):
    """Raised when the X-Cronica-Position header is not an event store position."""

    status, slug, title = 400, "invalid-header", "A request header is malformed"
