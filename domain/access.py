"""Who may see and change what, declared once (DOMAIN.md "Organisation and access", seed [004]).

Three kinds of record, three rules:
- a record of the business (a customer and what hangs from it: incidents, opportunities, repair
  orders, tasks, notices...) belongs to a unit: a user changes the records of their unit and the
  units under it, and the people a record names (its agent, its technician) change it wherever it
  lies; a read-only grant to the user, or to a unit above them, lets them see another unit's
  records (and those under it) but not change them;
- a person's work (their agenda, timesheet and activity) follows the people hierarchy: its person
  changes it, and so do supervisors of a unit above that person;
- a private record (a message, a personal agenda entry, an e-mail) is its people's only.
Over all three: admins change everything of their company, auditors read everything and change
nothing (roles' capabilities in `cronica.domain.roles`). Companies never see each other: a record
of another company is not found before any rule here is asked.

The command side asks `record_access`, `work_access` and `private_access` of one record; the read
side filters lists by `ReadScope`, the same rules as sets a query can filter on. A test checks
that both agree on every unit of random trees.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from uuid import UUID

from cronica.domain.record_rules import RecordRule
from cronica.domain.roles import Capability, can


class Access(IntEnum):
    """What a user may do with one record; more is better, so levels compare."""

    NONE = 0
    """Not even know it exists: refused as not found."""
    READ = 1
    """See it; a command on it is refused as forbidden."""
    CHANGE = 2


@dataclass(frozen=True)
class UnitTree:
    """A company's business units, each with its parent (None for the root)."""

    parents: Mapping[UUID, UUID | None]

    def chain(self, unit_id: UUID) -> tuple[UUID, ...]:
        """The unit and the units above it, up to the root (stops at an unknown unit)."""
        chain: list[UUID] = []
        current: UUID | None = unit_id
        while current is not None and current not in chain:
            chain.append(current)
            current = self.parents.get(current)
        return tuple(chain)

    def subtree(self, unit_ids: Iterable[UUID]) -> frozenset[UUID]:
        """The units given and every unit under them."""
        children: dict[UUID, list[UUID]] = {}
        for unit, parent in self.parents.items():
            if parent is not None:
                children.setdefault(parent, []).append(unit)
        found: set[UUID] = set()
        pending = list(unit_ids)
        while pending:
            unit = pending.pop()
            if unit not in found:
                found.add(unit)
                pending.extend(children.get(unit, []))
        return frozenset(found)


@dataclass(frozen=True)
class Member:
    """A user as the access rules see them."""

    user_id: UUID
    role: str
    unit_id: UUID
    read_only_units: frozenset[UUID] = frozenset()
    """Units granted read-only to the user or to a unit above them (see `ReadGrants`)."""

    def may(self, capability: Capability) -> bool:
        return can(self.role, capability)

    @property
    def own_access(self) -> Access:
        """What the member does with what is theirs: change it, or only read it (auditors)."""
        return Access.CHANGE if self.may(Capability.CHANGE) else Access.READ


def record_access(
    member: Member, record_chain: Sequence[UUID], people: Collection[UUID] = ()
) -> Access:
    """Access to a record of the business owned by `record_chain[0]` (the chain runs up to the
    root unit), naming `people` (its agent, its technician...)."""
    if member.may(Capability.CHANGE_COMPANY):
        return Access.CHANGE
    if member.user_id in people or member.unit_id in record_chain:
        return member.own_access
    if member.may(Capability.READ_COMPANY) or not member.read_only_units.isdisjoint(record_chain):
        return Access.READ
    return Access.NONE


def work_access(member: Member, person_id: UUID, person_chain: Sequence[UUID]) -> Access:
    """Access to a person's own work (agenda, timesheet, activity); `person_chain` is the chain of
    that person's unit."""
    if member.may(Capability.CHANGE_COMPANY):
        return Access.CHANGE
    if person_id == member.user_id:
        return member.own_access
    if member.may(Capability.SUPERVISE) and member.unit_id in person_chain:
        return member.own_access
    if member.may(Capability.READ_COMPANY):
        return Access.READ
    return Access.NONE


def private_access(member: Member, people: Collection[UUID]) -> Access:
    """Access to a private record (a message, a personal agenda entry, an e-mail) of `people`."""
    if member.user_id in people:
        return member.own_access
    if member.may(Capability.AUDIT):
        return Access.READ
    return Access.NONE


@dataclass(frozen=True)
class RecordFacts:
    """What the rules need to know of one record."""

    rule: RecordRule
    chain: Sequence[UUID]
    """BUSINESS: the chain of the record's unit; WORK: the chain of its person's unit."""
    people: Collection[UUID] = ()
    """The users it names; for WORK, its person alone."""


def access_to(member: Member, record: RecordFacts) -> Access:
    """Access to one record, by the rule its kind follows."""
    if record.rule is RecordRule.BUSINESS:
        return record_access(member, record.chain, record.people)
    if record.rule is RecordRule.WORK:
        (person,) = record.people
        return work_access(member, person, record.chain)
    if record.rule is RecordRule.PRIVATE:
        return private_access(member, record.people)
    return Access.CHANGE if member.may(Capability.ADMINISTER) else Access.READ


@dataclass(frozen=True)
class ReadScope:
    """What a member may read, as sets a query filters on; None: everything of the company."""

    user_id: UUID
    units: frozenset[UUID] | None
    """The units whose records of the business the member reads (besides those naming them)."""
    work_units: frozenset[UUID] | None
    """The units whose people's work the member reads (besides their own)."""
    every_private_record: bool
    """Whether the member reads private records that are not theirs (auditors)."""


def read_scope(member: Member, tree: UnitTree) -> ReadScope:
    """The member's reads over a company whose units are `tree`."""
    every = member.may(Capability.READ_COMPANY) or member.may(Capability.CHANGE_COMPANY)
    supervised = tree.subtree([member.unit_id]) if member.may(Capability.SUPERVISE) else frozenset()
    return ReadScope(
        user_id=member.user_id,
        units=None if every else tree.subtree([member.unit_id, *member.read_only_units]),
        work_units=None if every else supervised,
        every_private_record=member.may(Capability.AUDIT),
    )
