"""Problem details (RFC 9457): the one shape of every error the command API answers.

Each error of the write side and of the domain has a stable `type` URI, a status and a title; the
most specific entry of `KINDS` along an exception's class hierarchy decides its answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, Field
from pydantic.alias_generators import to_camel
from starlette.responses import JSONResponse

from cronica.commands.errors import (
    AuthenticationError,
    CommandError,
    ConcurrentWriteError,
    DuplicateRecordError,
    ForbiddenError,
    IdempotencyKeyReusedError,
    RecordNotFoundError,
    StaleVersionError,
    UnknownReferenceError,
)
from cronica.domain.errors import (
    DomainError,
    IllegalTransitionError,
    InvalidTaxIdError,
    InvalidTimeRangeError,
    NotATechnicianError,
    UnitHierarchyError,
    UnknownContactError,
)

PROBLEM_MEDIA_TYPE = "application/problem+json"
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
    RecordNotFoundError: ProblemKind(404, "not-found", "No such record"),
    StaleVersionError: ProblemKind(412, "stale-version", "The record has changed"),
    ConcurrentWriteError: ProblemKind(409, "concurrent-write", "The record kept changing"),
    DuplicateRecordError: ProblemKind(409, "duplicate-record", "The record already exists"),
    IllegalTransitionError: ProblemKind(
        409, "illegal-transition", "The command does not apply in the record's status"
    ),
    IdempotencyKeyReusedError: ProblemKind(
        422, "idempotency-key-reused", "The Idempotency-Key was used for another request"
    ),
    UnknownReferenceError: ProblemKind(422, "unknown-reference", "The body names no such record"),
    NotATechnicianError: ProblemKind(422, "not-a-technician", "The user is not a technician"),
    InvalidTaxIdError: ProblemKind(422, "invalid-tax-id", "The tax id is not valid"),
    InvalidTimeRangeError: ProblemKind(422, "invalid-time-range", "The time range is not valid"),
    UnknownContactError: ProblemKind(422, "unknown-contact", "No such contact of the customer"),
    UnitHierarchyError: ProblemKind(
        422, "unit-hierarchy", "Business units must stay one tree per company"
    ),
    DomainError: ProblemKind(422, "rule-violated", "The command breaks a rule of the business"),
    CommandError: ProblemKind(422, "command-refused", "The command was refused"),
}

# Domain errors that are about one field of the body: named so a client can point at it.
FIELD_OF: dict[type[Exception], str] = {
    NotATechnicianError: "technicianId",
    InvalidTaxIdError: "taxId",
    InvalidTimeRangeError: "endedAt",
    UnknownContactError: "contactId",
}

DESCRIPTIONS = {
    400: "Malformed JSON or a malformed header.",
    401: "No bearer token, or an unknown or revoked one.",
    403: "The caller's role does not allow the command.",
    404: "The record in the URL does not exist in the caller's company.",
    409: "The command does not apply to the record's status, or writers kept racing.",
    412: "If-Match names a version other than the record's current one.",
    422: "The body is invalid, breaks a rule, or names an unknown record.",
}


def kind_of(error: Exception) -> ProblemKind:
    """The answer of the most specific class of the error that has one (every error handled has
    one: handlers are installed for classes of KINDS only)."""
    return next(KINDS[cls] for cls in type(error).__mro__ if cls in KINDS)


def fields_of(error: Exception) -> list[FieldProblem] | None:
    if isinstance(error, UnknownReferenceError):
        return [FieldProblem(field=to_camel(error.field), message=str(error))]
    for cls, field in FIELD_OF.items():
        if isinstance(error, cls):
            return [FieldProblem(field=field, message=str(error))]
    return None


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
