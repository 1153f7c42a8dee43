"""Records that belong to one user, his timesheet lines and agenda entries: a person's work (the
WORK rule of `cronica.domain.access`): he writes his own, supervisors those of the people of their
units and the units under them, admins anyone's. Such a record belongs to its user's business
unit, and may be about another record of the company."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar
from uuid import UUID

from cronica.commands.call import CommandCall
from cronica.commands.errors import ForbiddenError
from cronica.commands.models.own_records import RecordType, RelatedRecord
from cronica.commands.records import change_record, referenced
from cronica.commands.results import Written
from cronica.domain.access import Access
from cronica.domain.base import CronicaAggregate
from cronica.domain.case import Case
from cronica.domain.context import owned_by
from cronica.domain.customer import Customer
from cronica.domain.incident import Incident
from cronica.domain.notice import Notice
from cronica.domain.opportunity import Opportunity
from cronica.domain.project import Project
from cronica.domain.repair_order import RepairOrder
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


def require_work_of(call: CommandCall, user_id: UUID, whose: str) -> None:
    """Raises ForbiddenError when the caller may not write in `user_id`'s `whose` ("timesheet",
    "agenda"): users are everyone's to see, so it is forbidden, not unknown."""
    if call.scope.work_of(user_id) is not Access.CHANGE:
        raise ForbiddenError(
            f"only supervisors of {user_id}'s unit and admins write in another user's {whose}"
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
            owner = referenced(call, User, owner_id or call.who.user_id, self.owner_field)
            require_work_of(call, owner.id, self.whose)
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
        """`change_record`: the WORK rule of the record's kind lets its owner, their supervisors
        and admins change it (`CommandCall.load`)."""
        return change_record(call, self.cls, record_id, change)
