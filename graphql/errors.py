"""Errors a GraphQL query answers with (in the response's `errors`, never as an HTTP 500), and
the `extensions.code` every error carries.

A client's mistake keeps its message; anything else is INTERNAL_SERVER_ERROR, logged with the
request's correlation id and answered with a generic text (no database error or traceback
reaches the client).
"""

import re
import uuid
from typing import Any, ClassVar

from graphql import GraphQLError, GraphQLSyntaxError

from cronica.projections.filtering import FilterTooLargeError, UnknownFilterFieldError

BAD_USER_INPUT = "BAD_USER_INPUT"
INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"
PARSE_FAILED = "GRAPHQL_PARSE_FAILED"
CORRELATION_HEADER = "X-Correlation-Id"
"""The header a client names its request with (as for commands); the server makes one up
when it is absent or malformed."""
_CORRELATION = re.compile(r"[A-Za-z0-9._:-]{1,100}")


class ReadApiError(Exception):
    """Raised when a query cannot be answered; its message is shown to the client."""

    code: ClassVar[str] = BAD_USER_INPUT


class InvalidArgumentError(ReadApiError):
    """Raised when an argument is malformed or out of range (a bad cursor, `first` over the cap)."""


class NotAllowedError(ReadApiError):
    """Raised when the viewer may not read what they asked for (another employee's timesheet)."""

    code = "FORBIDDEN"


class ReadModelsBehindError(ReadApiError):
    """Raised when the read models have not reached a requested position within the wait."""

    code = "NOT_CAUGHT_UP"


class QueryTooComplexError(ReadApiError):
    """Raised when a query is over a limit of size or cost (graphql/limits/bounds.py)."""

    code = "QUERY_TOO_COMPLEX"


_INPUT_ERRORS = (FilterTooLargeError, UnknownFilterFieldError, GraphQLError)
"""What the read side refuses in a client's filter, and graphql-core's errors wrapped in
another (a variable of the wrong type)."""


def error_code(error: GraphQLError) -> str:
    """The `extensions.code` of an error of the answer."""
    given = (error.extensions or {}).get("code")
    if isinstance(given, str):  # validation errors are marked as such (graphql/limits)
        return given
    original = error.original_error
    if isinstance(original, ReadApiError):
        return original.code
    if isinstance(error, GraphQLSyntaxError):
        return PARSE_FAILED
    # Without an original error it is graphql-core's own: a variable or an operation name that
    # does not fit the document.
    if original is None or isinstance(original, _INPUT_ERRORS):
        return BAD_USER_INPUT
    return INTERNAL_SERVER_ERROR


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
