"""The caller's scope during one command: what the access policy (`cronica.domain.access`) gives
the caller over each record the command loads.

Built lazily and once per call: the caller's `Member` (their role and unit come with the
authenticated `Principal`; their read-only grants are those of the user and of every unit above
them), and the chain of each unit met, loaded upwards one `BusinessUnit` at a time (a company has
few units, and a call meets few of them).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cached_property
from uuid import UUID

from cronica.commands.application import CronicaApplication
from cronica.commands.results import Principal
from cronica.domain.access import (
    Access,
    Member,
    RecordFacts,
    UnitTree,
    access_to,
    record_access,
    work_access,
)
from cronica.domain.base import CronicaAggregate
from cronica.domain.business_unit import BusinessUnit
from cronica.domain.read_grants import ReadGrants, read_grants_id_for
from cronica.domain.record_rules import RecordRule
from cronica.domain.user import User


class _LoadedParents(Mapping[UUID, UUID | None]):
    """Each unit's parent, loaded when first asked (None for the root and for a unit that is not
    the company's): a `UnitTree` over it climbs only the chains it is asked for."""

    def __init__(self, app: CronicaApplication, company_id: UUID) -> None:
        self._app = app
        self._company_id = company_id
        self._parents: dict[UUID, UUID | None] = {}

    def __getitem__(self, unit_id: UUID) -> UUID | None:
        if unit_id not in self._parents:
            self.learn(unit_id, self._app.find(BusinessUnit, unit_id))
        return self._parents[unit_id]

    def learn(self, unit_id: UUID, unit: object) -> UUID | None:
        """Keeps the parent of a unit loaded elsewhere (None: not the company's unit)."""
        known = isinstance(unit, BusinessUnit) and unit.company_id == self._company_id
        self._parents[unit_id] = (
            unit.parent_id if isinstance(unit, BusinessUnit) and known else None
        )
        return self._parents[unit_id]

    def __iter__(self) -> Iterator[UUID]:
        return iter(self._parents)

    def __len__(self) -> int:
        return len(self._parents)


def _level_reads(units: list[UUID], grantees: list[UUID]) -> list[UUID]:
    return [*units, *map(read_grants_id_for, grantees)]


def first_reads(user_id: UUID, unit_id: UUID | None) -> list[UUID]:
    """The records `CallerScope.member` reads first for a user of a unit (the unit and the
    grants of both), which authentication reads with the user's token when it can."""
    units = [] if unit_id is None else [unit_id]
    return _level_reads(units, [user_id, *units])


class CallerScope:
    """What one caller may do with the records of their company, asked record by record."""

    def __init__(self, app: CronicaApplication, who: Principal) -> None:
        self._app = app
        self._who = who
        self._parents = _LoadedParents(app, who.company_id)
        self._tree = UnitTree(self._parents)

    @cached_property
    def member(self) -> Member:
        """The caller as the rules see them, with the grants of the user and of their units:
        read a level at a time, each unit with its grants (the user's with the first), in one
        round trip per level (one for a user of the root unit)."""
        granted: set[UUID] = set()
        grantees = [self._who.user_id]
        unit_id: UUID | None = self._who.unit_id
        climbed: set[UUID] = set()
        while grantees or unit_id is not None:
            units = [unit_id] if unit_id is not None and unit_id not in climbed else []
            grantees += units
            found = self._app.find_many(_level_reads(units, grantees))
            for grantee in grantees:
                grants = found.get(read_grants_id_for(grantee))
                if isinstance(grants, ReadGrants) and grants.company_id == self._who.company_id:
                    granted |= grants.units
            grantees = []
            if not units:
                break
            climbed.update(units)
            unit_id = self._parents.learn(units[0], found.get(units[0]))
        return Member(self._who.user_id, self._who.role, self._who.unit_id, frozenset(granted))

    def chain(self, unit_id: UUID) -> tuple[UUID, ...]:
        """The unit and those above it, up to the company's root."""
        return self._tree.chain(unit_id)

    def _person_chain(self, person_id: UUID) -> tuple[UUID, ...]:
        person = self._app.find(User, person_id, shared=True)
        if person is None or person.company_id != self._who.company_id:
            return ()
        return self.chain(person.unit_id)

    def facts(self, record: CronicaAggregate) -> RecordFacts:
        """What the rule of the record's kind needs to know of it."""
        rule = record.access_rule
        if rule is RecordRule.BUSINESS:
            return RecordFacts(rule, self.chain(record.unit_id), record.people)
        if rule is RecordRule.WORK:
            (person,) = record.people
            return RecordFacts(rule, self._person_chain(person), record.people)
        return RecordFacts(rule, (), record.people)

    def access(self, record: CronicaAggregate) -> Access:
        """The caller's access to a record of their company."""
        return access_to(self.member, self.facts(record))

    def work_of(self, person_id: UUID) -> Access:
        """The caller's access to a person's work (a new agenda entry or timesheet line)."""
        return work_access(self.member, person_id, self._person_chain(person_id))

    def in_unit(self, unit_id: UUID) -> Access:
        """The caller's access to the records a unit owns (by the unit alone, nobody named)."""
        return record_access(self.member, self.chain(unit_id))
