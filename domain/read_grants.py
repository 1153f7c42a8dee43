"""Read-only grants: a user, or every user of a unit and the units under it, may see another
unit's records (and those under it) without changing them (seed [004]).

The grants of one grantee are one record whose id derives from the grantee's, so the command side
finds a user's grants, and those of the units above them, by loading a few records by id.
"""

from __future__ import annotations

from typing import ClassVar
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate
from cronica.domain.record_rules import RecordRule


def read_grants_id_for(grantee_id: UUID) -> UUID:
    """The id of the grants of a user or a unit."""
    return uuid5(NAMESPACE_URL, f"cronica:read-grants:{grantee_id}")


class ReadGrants(CronicaAggregate):
    """The units one grantee (a user or a business unit) may read but not change."""

    company_wide = True

    access_rule: ClassVar[RecordRule] = RecordRule.COMPANY

    class Created(CronicaAggregate.Created):
        grantee_id: UUID

    class Granted(CronicaAggregate.Event):
        unit_id_granted: UUID

    class Withdrawn(CronicaAggregate.Event):
        unit_id_granted: UUID

    @staticmethod
    def create_id(grantee_id: UUID) -> UUID:
        return read_grants_id_for(grantee_id)

    @event(Created)
    def __init__(self, company_id: UUID, grantee_id: UUID) -> None:
        self.company_id = company_id
        self.grantee_id = grantee_id
        self.units: set[UUID] = set()

    def grant(self, unit_id: UUID) -> None:
        if unit_id not in self.units:
            self._granted(unit_id_granted=unit_id)

    @event(Granted)
    def _granted(self, unit_id_granted: UUID) -> None:
        self.units.add(unit_id_granted)

    def withdraw(self, unit_id: UUID) -> None:
        if unit_id in self.units:
            self._withdrawn(unit_id_granted=unit_id)

    @event(Withdrawn)
    def _withdrawn(self, unit_id_granted: UUID) -> None:
        self.units.discard(unit_id_granted)
