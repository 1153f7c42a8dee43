"""Records that belong to one user, his timesheet lines and agenda entries: he writes his own,
managers and admins anyone's. Such a record belongs to its user's business unit, and may be about
another record of the company."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar
from uuid import UUID

from cronica.commands.call import CommandCall
from cronica.commands.errors import ForbiddenError
from cronica.commands.models.own_records import RecordType, RelatedRecord
from cronica.commands.records import change_record, referenced
from cronica.commands.results import Principal, Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.case import Case
from cronica.domain.context import owned_by
from cronica.domain.customer import Customer
from cronica.domain.incident import Incident
from cronica.domain.notice import Notice
from cronica.domain.opportunity import Opportunity
from cronica.domain.project import Project
from cronica.domain.repair_order import RepairOrder
from cronica.domain.roles import Capability, can
from cronica.domain.task import Task
from cronica.domain.user import User

R = TypeVar("R", bound=CronicaAggregate)

RECORD_TYPES: dict[RecordType, type[CronicaAggregate]] = {
    "case": Case,
    "customer": Customer,
    "incident": Incident,
    "notice": Notice,
    "opportunity": Opportunity,
    "project": Project,
    "repair_order": RepairOrder,
    "task": Task,
}


@dataclass(frozen=True)
class Related:
    """The type and id of the record a new one is about, if any (checked to exist)."""

    related_type: str | None = None
    related_id: UUID | None = None


def require_own_or_managing(who: Principal, user_id: UUID, whose: str) -> None:
    """Raises ForbiddenError when the caller acts in another user's `whose` ("timesheet",
    "agenda") without managing."""
    if user_id != who.user_id and not can(who.role, Capability.SUPERVISE):
        raise ForbiddenError(
            f"only managers and admins write in another user's {whose}; you are {who.role}"
        )


def related(call: CommandCall, record: RelatedRecord | None) -> Related:
    """The record named, which must be one of its type in the caller's company."""
    if record is None:
        return Related()
    found = referenced(call, RECORD_TYPES[record.type], record.id, "related_record")
    return Related(record.type, found.id)


@dataclass(frozen=True)
class OwnRecords(Generic[R]):
    """One kind of record of a user: its attribute `owner_field` says whose it is (the field of
    the same name in a creating body names him), `whose` names where it is kept in refusals."""

    cls: type[R]
    owner_field: str
    whose: str

    def add(
        self,
        call: CommandCall,
        owner_id: UUID | None,
        about: RelatedRecord | None,
        make: Callable[[UUID, Related], R],
    ) -> Written:
        """Saves the record `make` makes for its owner (the caller without `owner_id`) and the
        record it is `about`, in the owner's business unit."""

        def decide() -> list[CronicaAggregate]:
            user_id = owner_id or call.who.user_id
            require_own_or_managing(call.who, user_id, self.whose)
            owner = referenced(call, User, user_id, self.owner_field)
            related_record = related(call, about)
            with owned_by(owner.unit_id):
                return [make(owner.id, related_record)]

        return call.write(decide)

    def change(
        self,
        call: CommandCall,
        record_id: UUID,
        change: Callable[[R], None],
    ) -> Written:
        """`change_record`, for the record's owner or a manager only."""

        def checked(record: R) -> None:
            require_own_or_managing(call.who, getattr(record, self.owner_field), self.whose)
            change(record)

        return change_record(call, self.cls, record_id, checked)
