"""Errors a GraphQL query answers with (in the response's `errors`, never as an HTTP 500), and
the `extensions.code` every error carries: `ErrorCode` is their one declaration.

A client's mistake keeps its message; anything else is INTERNAL_SERVER_ERROR, logged with the
request's correlation id and answered with a generic text (no database error or traceback
reaches the client).
"""

import re
import uuid
from enum import StrEnum
from typing import Any, ClassVar

from graphql import GraphQLError, GraphQLSyntaxError

from cronica.projections.filtering import FilterTooLargeError, UnknownFilterFieldError


class ErrorCode(StrEnum):
    """Every `extensions.code` the API answers, each an error a client can act on alike."""

    BAD_REQUEST = "BAD_REQUEST"
    """The HTTP request is not a GraphQL request: its body is not JSON, it has no query..."""
    UNAUTHENTICATED = "UNAUTHENTICATED"
    """No valid bearer token or session (HTTP 401)."""
    GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED"
    """The query is not GraphQL (a syntax error)."""
    GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"
    """The query does not fit the schema (an unknown field, a missing argument)."""
    QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX"
    """The query is over a limit of size or cost (graphql/limits/bounds.py)."""
    BAD_USER_INPUT = "BAD_USER_INPUT"
    """An argument, filter, cursor, global id, variable or header value is malformed."""
    FORBIDDEN = "FORBIDDEN"
    """The viewer may not read what they asked for at all (another employee's timesheet)."""
    NOT_CAUGHT_UP = "NOT_CAUGHT_UP"
    """The read models have not reached the position asked for yet: retry (`retryAfter`)."""
    INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"
    """The server's fault, logged under the request's correlation id (the only thing said)."""


CORRELATION_HEADER = "X-Correlation-Id"
"""The header a client names its request with (as for commands); the server makes one up
when it is absent or malformed."""
_CORRELATION = re.compile(r"[A-Za-z0-9._:-]{1,100}")
RETRY_AFTER_SECONDS = 1
"""When a client is told to try a query again that came too early for the read models."""


class ReadApiError(Exception):
    """Raised when a query cannot be answered; its message is shown to the client."""

    code: ClassVar[ErrorCode] = ErrorCode.BAD_USER_INPUT

    def extensions(self) -> dict[str, Any]:
        """What the error's `extensions` say besides its code."""
        return {}


class InvalidArgumentError(ReadApiError):
    """Raised when an argument is malformed or out of range (a bad cursor, `first` over the cap)."""


class NotAllowedError(ReadApiError):
    """Raised when the viewer may not read what they asked for (another employee's timesheet)."""

    code = ErrorCode.FORBIDDEN


class ReadModelsBehindError(ReadApiError):
    """Raised when the read models have not reached a requested position within the wait."""

    code = ErrorCode.NOT_CAUGHT_UP

    def extensions(self) -> dict[str, Any]:
        return {"retryable": True, "retryAfter": RETRY_AFTER_SECONDS}


class QueryTooComplexError(ReadApiError):
    """Raised when a query is over a limit of size or cost (graphql/limits/bounds.py)."""

    code = ErrorCode.QUERY_TOO_COMPLEX


_INPUT_ERRORS = (FilterTooLargeError, UnknownFilterFieldError, GraphQLError)
"""What the read side refuses in a client's filter, and graphql-core's errors wrapped in
another (a variable of the wrong type)."""


def error_code(error: GraphQLError) -> ErrorCode:
    """The `extensions.code` of an error of the answer."""
    given = (error.extensions or {}).get("code")
    if isinstance(given, ErrorCode):  # validation errors are marked as such (graphql/limits)
        return given
    original = error.original_error
    if isinstance(original, ReadApiError):
        return original.code
    if isinstance(error, GraphQLSyntaxError):
        return ErrorCode.GRAPHQL_PARSE_FAILED
    # Without an original error it is graphql-core's own: a variable or an operation name that
    # does not fit the document.
    if original is None or isinstance(original, _INPUT_ERRORS):
        return ErrorCode.BAD_USER_INPUT
    return ErrorCode.INTERNAL_SERVER_ERROR


def error_extensions(error: GraphQLError) -> dict[str, Any]:
    """The `extensions` of an error of the answer: its code and what its kind adds."""
    original = error.original_error
    added = original.extensions() if isinstance(original, ReadApiError) else {}
    return {**(error.extensions or {}), **added, "code": error_code(error)}


def internal_message(correlation_id: str) -> str:
    """What the client is told of an unexpected error, instead of its own text."""
    return f"an unexpected error occurred; it was logged with correlation id {correlation_id}"


def correlation_id(request: Any) -> str:
    """The request's correlation id (a Starlette request), made once per request."""
    known: str | None = getattr(request.state, "correlation_id", None)
    if known is None:
        given = request.headers.get(CORRELATION_HEADER, "")
        known = given if _CORRELATION.fullmatch(given) else str(uuid.uuid4())
        request.state.correlation_id = known
    return known
