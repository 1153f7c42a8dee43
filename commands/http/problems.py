"""Problem details (RFC 9457): the one shape of every error the command API answers.

Each error of the write side and of the domain has a stable `type` URI, a status and a title; the
most specific entry of `KINDS` along an exception's class hierarchy decides its answer, and each
rule of the domain (a DomainError subclass) is its own kind, named after its class.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, Field
from pydantic.alias_generators import to_camel
from starlette.responses import JSONResponse

from cronica.commands.api_tokens import TokenShownOnceError
from cronica.commands.errors import (
    AuthenticationError,
    CommandError,
    ConcurrentWriteError,
    DuplicateRecordError,
    ForbiddenError,
    IdempotencyKeyReusedError,
    NotMovableError,
    QuotaExceededError,
    ReadOnlyError,
    RecordNotFoundError,
    StaleVersionError,
    TooManyRequestsError,
    UnknownReferenceError,
)
from cronica.commands.sessions import CsrfError, TooManySignInsError
from cronica.domain.errors import DomainError, IllegalTransitionError

PROBLEM_MEDIA_TYPE = "application/problem+json"
CORRELATION_HEADER = "X-Correlation-Id"
"""Names the request on every event it causes, and is echoed on every answer (errors too)."""
PROBLEM_BASE = "https://cronica.dev/problems/"


class FieldProblem(BaseModel):
    """One offending field: its camelCase JSON path in the body (or a header's or path's name)."""

    field: str
    message: str


class Problem(BaseModel):
    """An error answer as RFC 9457 describes it."""

    type: str = Field(description="A stable URI naming the kind of problem.")
    title: str = Field(description="A short summary of the kind of problem.")
    status: int
    detail: str = Field(description="What went wrong with this request.")
    errors: list[FieldProblem] | None = Field(
        default=None, description="For validation errors: the offending fields."
    )


class InvalidHeaderError(Exception):
    """Raised when a request header (If-Match, Idempotency-Key, X-Correlation-Id) is malformed."""


@dataclass(frozen=True)
class ProblemKind:
    """How one kind of error is answered."""

    status: int
    slug: str
    title: str

    @property
    def type(self) -> str:
        # RFC 9457 §4.2.1: "about:blank" when the status says it all (an unknown route).
        return self.slug if self.slug == "about:blank" else PROBLEM_BASE + self.slug


INVALID_BODY = ProblemKind(422, "invalid-body", "The request is invalid")
MALFORMED_JSON = ProblemKind(400, "malformed-json", "The request body is not valid JSON")

KINDS: dict[type[Exception], ProblemKind] = {
    InvalidHeaderError: ProblemKind(400, "invalid-header", "A request header is malformed"),
    AuthenticationError: ProblemKind(401, "unauthenticated", "Authentication is required"),
    ForbiddenError: ProblemKind(403, "forbidden", "The caller's role does not allow this"),
    CsrfError: ProblemKind(403, "csrf-token-missing", "The session's CSRF token is missing"),
    TooManySignInsError: ProblemKind(429, "too-many-sign-ins", "Too many failed sign-ins"),
    ReadOnlyError: ProblemKind(403, "read-only", "The caller may see the record, not change it"),
    RecordNotFoundError: ProblemKind(404, "not-found", "No such record"),
    StaleVersionError: ProblemKind(412, "stale-version", "The record has changed"),
    ConcurrentWriteError: ProblemKind(409, "concurrent-write", "The record kept changing"),
    DuplicateRecordError: ProblemKind(409, "duplicate-record", "The record already exists"),
    TokenShownOnceError: ProblemKind(409, "token-shown-once", "The token was shown once"),
    IllegalTransitionError: ProblemKind(
        409, "illegal-transition", "The command does not apply in the record's status"
    ),
    IdempotencyKeyReusedError: ProblemKind(
        422, "idempotency-key-reused", "The Idempotency-Key was used for another request"
    ),
    UnknownReferenceError: ProblemKind(422, "unknown-reference", "The body names no such record"),
    QuotaExceededError: ProblemKind(413, "quota-exceeded", "The caller's storage quota is full"),
    TooManyRequestsError: ProblemKind(429, "too-many-requests", "The caller's limit is used up"),
    NotMovableError: ProblemKind(422, "not-movable", "The record belongs to no business unit"),
    DomainError: ProblemKind(422, "rule-violated", "The command breaks a rule of the business"),
    CommandError: ProblemKind(422, "command-refused", "The command was refused"),
}

DESCRIPTIONS = {
    400: "Malformed JSON or a malformed header.",
    401: "No credential, or an unknown, revoked or expired one, or a disabled user's.",
    403: "The caller's role does not allow the command, or the record is read only to them.",
    404: "The record in the URL does not exist in the caller's company, or is out of their scope.",
    409: "The command does not apply to the record's status, the record already exists, or "
    "writers kept racing.",
    412: "If-Match names a version other than the record's current one.",
    413: "The body is over the size limit, or the caller's storage quota is full.",
    422: "The body is invalid, breaks a rule, or names an unknown record.",
    429: "The caller's limit is used up for now; `Retry-After` says when to try again.",
}


def kind_of(error: Exception) -> ProblemKind:
    """The answer of the most specific class of the error that has one in KINDS; a rule of the
    domain without an entry of its own is answered as `domain_kind` describes it (every error
    handled has one: handlers are installed for classes of KINDS only)."""
    for cls in type(error).__mro__:
        if cls in KINDS:
            return KINDS[cls]
        if issubclass(cls, DomainError) and cls.__doc__:
            return domain_kind(cls)
    raise LookupError(f"no problem kind for {type(error).__name__}")  # pragma: no cover


def domain_kind(cls: type[DomainError]) -> ProblemKind:
    """A rule's own kind, read off its class: `NotASellerError` is 422 `not-a-seller`, titled by
    its "Raised when ..." docstring; a duplicate is a 409 conflict, any other rule answers the
    status of its nearest ancestor in KINDS (a kind of illegal transition is a 409 too)."""
    name = cls.__name__.removesuffix("Error")
    inherited = next(KINDS[ancestor] for ancestor in cls.__mro__ if ancestor in KINDS)
    slug = re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()
    first_line = cls.__doc__.strip().splitlines()[0] if cls.__doc__ else name
    title = first_line.removeprefix("Raised when ").rstrip(".")
    return ProblemKind(
        409 if name.startswith("Duplicate") else inherited.status,
        slug,
        title[:1].upper() + title[1:],
    )


def fields_of(error: Exception) -> list[FieldProblem] | None:
    """The body field at fault, camelCased (each part of a dotted path), when the error names
    one."""
    field = getattr(error, "field", None)
    if not isinstance(field, str):
        return None
    path = ".".join(to_camel(part) for part in field.split("."))
    return [FieldProblem(field=path, message=str(error))]


def problem_response(
    kind: ProblemKind,
    detail: str,
    errors: list[FieldProblem] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    problem = Problem(
        type=kind.type, title=kind.title, status=kind.status, detail=detail, errors=errors
    )
    return JSONResponse(
        problem.model_dump(exclude_none=True),
        status_code=kind.status,
        headers=headers,
        media_type=PROBLEM_MEDIA_TYPE,
    )


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The `responses=` of a route: each status answered with a Problem."""
    return {
        status: {
            "description": DESCRIPTIONS[status],
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for status in statuses
    }


ACTION_PROBLEMS = problem_responses(400, 401, 403, 404, 409, 412, 422)
"""What any command on an existing record may meet (403: the caller's role, or a record they may
only read)."""
