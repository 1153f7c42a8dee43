"""The two shapes most commands take: change one existing record, or name others in the body."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from cronica.commands.application import A, CommandRequest, CronicaApplication
from cronica.commands.errors import ForbiddenError, RecordNotFoundError, UnknownReferenceError
from cronica.commands.results import Principal, Written
from cronica.domain.base import CronicaAggregate


def referenced(
    app: CronicaApplication, cls: type[A], record_id: UUID, company_id: UUID, field: str
) -> A:
    """A record named in the command's body (the field given, snake_case); unknown, it is the
    body that is wrong (422 naming the field), not the address of the command (404)."""
    try:
        return app.load(cls, record_id, company_id)
    except RecordNotFoundError as error:
        raise UnknownReferenceError(field, str(error)) from None


def change_record(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    cls: type[A],
    record_id: UUID,
    change: Callable[[A], None],
) -> Written:
    """Loads the record of the caller's company (at the If-Match version), applies `change`
    (which triggers its events, or raises) and saves it."""

    def decide() -> list[CronicaAggregate]:
        record = app.load(cls, record_id, who.company_id, request.expected_version)
        change(record)
        return [record]

    return app.write(request, decide)


def require_role(who: Principal, *roles: str) -> None:
    """Raises ForbiddenError unless the caller has one of `roles`."""
    if who.role not in roles:
        raise ForbiddenError(f"only {' or '.join(roles)} users may do this; you are {who.role}")
