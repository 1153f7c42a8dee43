"""Read-only grants (administrators): a user, or every user of a unit and of the units under it,
may read another unit's records (and those under it) without changing them."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from cronica.commands.call import CommandCall, require_capability
from cronica.commands.models.organisation import ReadGrant
from cronica.commands.records import referenced
from cronica.commands.results import Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.business_unit import BusinessUnit
from cronica.domain.read_grants import ReadGrants, read_grants_id_for
from cronica.domain.roles import Capability
from cronica.domain.user import User

Change = Callable[[ReadGrants, UUID], None]


def _change_grants(
    call: CommandCall,
    grantee_kind: type[User | BusinessUnit],
    grantee_id: UUID,
    command: ReadGrant,
    change: Change,
) -> Written:
    """Grants or withdraws the unit of the body to the user or unit of the URL; answers the
    grantee's grants (a record of their own, made at the first grant)."""
    require_capability(call.who, Capability.ADMINISTER)

    def decide() -> list[CronicaAggregate]:
        grantee = call.load(grantee_kind, grantee_id)
        unit = referenced(call, BusinessUnit, command.unit_id, "unit_id")
        grants = call.app.find(ReadGrants, read_grants_id_for(grantee.id))
        grants = grants or ReadGrants(company_id=call.who.company_id, grantee_id=grantee.id)
        change(grants, unit.id)
        return [grants]

    return call.write(decide)


def grant_user_reading(call: CommandCall, user_id: UUID, command: ReadGrant) -> Written:
    return _change_grants(call, User, user_id, command, ReadGrants.grant)


def withdraw_user_reading(call: CommandCall, user_id: UUID, command: ReadGrant) -> Written:
    return _change_grants(call, User, user_id, command, ReadGrants.withdraw)


def grant_unit_reading(call: CommandCall, unit_id: UUID, command: ReadGrant) -> Written:
    return _change_grants(call, BusinessUnit, unit_id, command, ReadGrants.grant)


def withdraw_unit_reading(call: CommandCall, unit_id: UUID, command: ReadGrant) -> Written:
    return _change_grants(call, BusinessUnit, unit_id, command, ReadGrants.withdraw)
