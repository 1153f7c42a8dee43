"""Handing a record of the business to another unit of its company: who may see and change it
follows from that moment (`cronica.domain.access`). Users move with `move_user_to_unit`."""

from __future__ import annotations

from uuid import UUID

from cronica.commands.call import CommandCall
from cronica.commands.errors import NotMovableError, ReadOnlyError
from cronica.commands.models.organisation import MoveToUnit
from cronica.commands.records import referenced
from cronica.commands.results import Written
from cronica.domain.access import Access
from cronica.domain.base import CronicaAggregate
from cronica.domain.business_unit import BusinessUnit
from cronica.domain.record_rules import RecordRule


def move_record_to_unit(call: CommandCall, record_id: UUID, command: MoveToUnit) -> Written:
    """Moves a record of the business (a customer, an incident, a task...) that the caller may
    change to a unit they may change records in: their own and those under it (admins: any)."""

    def decide() -> list[CronicaAggregate]:
        record = call.load(CronicaAggregate, record_id)
        kind = type(record).__name__.lower()
        if record.access_rule is not RecordRule.BUSINESS:
            raise NotMovableError(
                f"a {kind} follows the {record.access_rule.value} rule: it belongs to no unit"
            )
        unit = referenced(call, BusinessUnit, command.unit_id, "unit_id")
        if call.scope.in_unit(unit.id) is not Access.CHANGE:
            raise ReadOnlyError(f"you may not hand records to unit {unit.name!r}", "unit_id")
        record.move_to_unit(unit.id)
        return [record]

    return call.write(decide)
