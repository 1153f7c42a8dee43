"""The one object every command function takes first: the application, the caller and how he
asked (by the HTTP routes, the CLI, the demo and the tests alike).

Access is checked here, where records enter a command: a record the command addresses is loaded
through `load`, which refuses it as not found when the caller may not see it (never revealing
that it exists) and as forbidden when they may only read it; and every command is refused to a
role that changes nothing (auditors)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from uuid import UUID

from cronica.commands.application import (
    A,
    AnsweringDecision,
    CommandRequest,
    CronicaApplication,
    Decision,
)
from cronica.commands.errors import ForbiddenError, ReadOnlyError, RecordNotFoundError
from cronica.commands.numbering import claim_number
from cronica.commands.results import Principal, Written
from cronica.commands.scope import CallerScope
from cronica.domain.access import Access
from cronica.domain.base import CronicaAggregate
from cronica.domain.roles import Capability, can, roles_that_can


def require_capability(who: Principal, capability: Capability) -> None:
    """Raises ForbiddenError unless the caller's role may do what `capability` names."""
    if not can(who.role, capability):
        roles = " or ".join(roles_that_can(capability))
        raise ForbiddenError(f"only {roles} users may do this; you are {who.role}")


def unknown(cls: type[CronicaAggregate], record_id: UUID) -> RecordNotFoundError:
    """What the caller is told of a record that does not exist, or that they may not see."""
    noun = "record" if cls is CronicaAggregate else cls.__name__.lower()
    return RecordNotFoundError(f"no {noun} {record_id}")


@dataclass(frozen=True)
class CommandCall:
    """Everything a command needs besides its body: `verb_record(call, [record_id,] command)`."""

    app: CronicaApplication
    who: Principal
    request: CommandRequest

    @cached_property
    def scope(self) -> CallerScope:
        """What the caller may do with each record, worked out once per call."""
        return CallerScope(self.app, self.who)

    def require_change(self, record: CronicaAggregate, kind: type[CronicaAggregate]) -> None:
        """Refuses a record the caller may not see (as an unknown record of the `kind` asked
        for) or may only read (403)."""
        access = self.scope.access(record)
        if access is Access.NONE:
            raise unknown(kind, record.id)
        if access is Access.READ:
            raise ReadOnlyError(f"{kind.__name__.lower()} {record.id} is read only to you")

    def load(self, cls: type[A], record_id: UUID) -> A:
        """The record of the caller's company that the command addresses, once the caller may
        change it, at the If-Match version (checked last: a stale version would tell of a record
        the caller may not see)."""
        record = self.app.load(cls, record_id, self.who.company_id)
        self.require_change(record, cls)
        self.app.require_version(record, self.request.expected_version)
        return record

    def next_number(self, prefix: str) -> str:
        """The caller's company's next number of this prefix, as a stand-in that the save
        replaces by the number (commands/numbering.py): a record is made with it, and saved."""
        return claim_number(self.who.company_id, prefix)

    def numbered(
        self, prefix: str, make: Callable[[str], CronicaAggregate]
    ) -> list[CronicaAggregate]:
        """The record `make` makes with the company's next number of `prefix`."""
        return [make(self.next_number(prefix))]

    def write(self, decide: Decision | AnsweringDecision) -> Written:
        """Runs the decision and saves what it changed, as the caller asked; a role that changes
        nothing is refused every command."""
        require_capability(self.who, Capability.CHANGE)
        return self.app.write(self.request, decide)
