"""Business units: a tree per company (head office, regions, branches, teams) under one root.

Users belong to one unit and every record is owned by one; access to data will follow the tree.
A unit is owned by the unit above it (the root by itself), so its own events say where it hangs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar
from uuid import UUID, uuid4

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate
from cronica.domain.context import CommandContext
from cronica.domain.errors import UnitHierarchyError
from cronica.domain.ownership import root_unit_id_for
from cronica.domain.record_rules import RecordRule


class BusinessUnit(CronicaAggregate):
    """One unit of a company's hierarchy; `parent_id` is None for the root."""

    access_rule: ClassVar[RecordRule] = RecordRule.COMPANY

    class Created(CronicaAggregate.Created):
        name: str
        parent_id: UUID | None

    class Renamed(CronicaAggregate.Event):
        name: str

    class Moved(CronicaAggregate.Event):
        """The unit now hangs from another parent (with everything under it)."""

        parent_id: UUID

    @classmethod
    def _owning_unit(cls, company_id: UUID, context: CommandContext, **kwargs: Any) -> UUID:
        parent_id: UUID | None = kwargs.get("parent_id")
        return parent_id or root_unit_id_for(company_id)

    @staticmethod
    def create_id(company_id: UUID, parent_id: UUID | None) -> UUID:
        """The root's id is derived from its company (one root per company); others are new."""
        return root_unit_id_for(company_id) if parent_id is None else uuid4()

    @classmethod
    def found_root(cls, company_id: UUID, name: str) -> BusinessUnit:
        """The company's root unit, founded with the company."""
        return cls(company_id=company_id, name=name, parent_id=None)

    @classmethod
    def add_under(cls, parent: BusinessUnit, name: str) -> BusinessUnit:
        return cls(company_id=parent.company_id, name=name, parent_id=parent.id)

    @event(Created)
    def __init__(self, company_id: UUID, name: str, parent_id: UUID | None) -> None:
        self.company_id = company_id
        self.name = name
        self.parent_id = parent_id

    @property
    def is_root(self) -> bool:
        return self.parent_id is None

    def rename(self, name: str) -> None:
        if name != self.name:
            self._renamed(name=name)

    @event(Renamed)
    def _renamed(self, name: str) -> None:
        self.name = name

    def move_under(self, parent: BusinessUnit, parent_ancestry: Sequence[UUID]) -> None:
        """Hangs this unit from `parent`, whose chain of ancestors up to the root is given:
        the root stays the root, and a unit cannot hang from itself or from a unit under it."""
        if self.is_root:
            raise UnitHierarchyError("the root unit cannot be moved")
        if parent.company_id != self.company_id:
            raise UnitHierarchyError("a unit can only hang from a unit of its own company")
        if parent.id == self.id or self.id in parent_ancestry:
            raise UnitHierarchyError(f"unit {parent.id} is {self.name!r} or lies under it")
        if parent.id != self.parent_id:
            self._moved(parent_id=parent.id)

    @event(Moved)
    def _moved(self, parent_id: UUID) -> None:
        self.parent_id = parent_id
        # From now on the unit's events say where it hangs.
        self.unit_id = parent_id
