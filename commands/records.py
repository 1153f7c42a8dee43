"""The two shapes most commands take: change one existing record, or name others in the body."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from cronica.commands.application import A, Decided
from cronica.commands.call import CommandCall, unknown
from cronica.commands.errors import ReadOnlyError, RecordNotFoundError, UnknownReferenceError
from cronica.commands.results import Written
from cronica.domain.access import Access
from cronica.domain.base import CronicaAggregate
from cronica.domain.errors import DomainError
from cronica.domain.record_rules import RecordRule
from cronica.domain.user import User


def referenced(
    call: CommandCall, cls: type[A], record_id: UUID, field: str, shared: bool = False
) -> A:
    """A record named in the command's body (the field given, snake_case); unknown, or one the
    caller may not see, it is the body that is wrong (422 naming the field), not the address of
    the command (404).

    The rule for ids inside bodies: a command may name in its body only records it may change
    (a new incident only for a customer the caller changes, a task only of a case they change),
    since naming one links the records or changes it; one the caller may only read is refused
    (403 naming the field). The company's own records (its users and units), which everyone
    reads and only admins change, are named by anyone: an agent addresses a message to any
    colleague, an incident is assigned to any technician.

    `shared`: the process's cached object, for a decision that only reads it (repository.py)."""
    try:
        record = call.app.load(cls, record_id, call.who.company_id, shared=shared)
    except RecordNotFoundError as error:
        raise UnknownReferenceError(field, str(error)) from None
    access = call.scope.access(record)
    if access is Access.NONE:
        raise UnknownReferenceError(field, str(unknown(cls, record_id)))
    if access is Access.READ and record.access_rule is not RecordRule.COMPANY:
        raise ReadOnlyError(f"{cls.__name__.lower()} {record_id} is read only to you", field)
    return record


def user_or_caller(call: CommandCall, user_id: UUID | None, field: str) -> UUID:
    """A user of the caller's company named in the body's `field`; without one, the caller."""
    if user_id is None:
        return call.who.user_id
    return referenced(call, User, user_id, field).id


def change_record(
    call: CommandCall,
    cls: type[A],
    record_id: UUID,
    change: Callable[[A], object],
    missing_parts: tuple[type[DomainError], ...] = (),
) -> Written:
    """Loads the record of the caller's company (at the If-Match version), applies `change`
    (which triggers its events, or raises) and saves it. The `missing_parts` errors say the
    record lacks a part the URL names (a contact, an action): not found (404), as the record."""

    def decide() -> list[CronicaAggregate]:
        record = call.load(cls, record_id)
        try:
            change(record)
        except missing_parts as error:
            raise RecordNotFoundError(str(error)) from None
        return [record]

    return call.write(decide)


def add_to_record(
    call: CommandCall,
    cls: type[A],
    record_id: UUID,
    add: Callable[[A], UUID],
    last_added: Callable[[A], UUID],
) -> tuple[Written, UUID]:
    """A change that adds a part to the record (at the If-Match version): answers the record's
    new version and the part's id."""

    def decide() -> Decided:
        record = call.load(cls, record_id)
        return Decided([record], added_id=add(record))

    written = call.write(decide)
    return written, added_by(call, written, cls, last_added)


def added_by(
    call: CommandCall, written: Written, cls: type[A], last_added: Callable[[A], UUID]
) -> UUID:
    """The id of what a command added besides its record: in its answer; for an answer kept
    before answers held it, `last_added` of the record at the answered version."""
    if written.added_id is not None:
        return written.added_id
    record = call.app.find(cls, written.id, version=written.version)
    assert record is not None, "an answered command's record exists at its version"
    return last_added(record)
