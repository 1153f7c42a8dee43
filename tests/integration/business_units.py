"""Business units for the stories of teams: an administrator adds units and moves people into
them, through the command functions as the HTTP API would call them."""

from __future__ import annotations

from uuid import UUID

from cronica.commands.models.organisation import AddBusinessUnit, MoveUserToUnit
from cronica.commands.organisation import add_business_unit, move_user_to_unit
from cronica.commands.results import Principal
from tests.integration.office import Office, call_of


def unit(office: Office, admin: Principal, name: str, parent_id: UUID) -> UUID:
    """A new unit under `parent_id` (the company's root unit is `root_unit_id_for(company)`)."""
    command = AddBusinessUnit(name=name, parent_id=parent_id)
    return add_business_unit(call_of(office.app, admin), command).id


def move(office: Office, admin: Principal, who: Principal, unit_id: UUID) -> None:
    """Moves `who` into the unit: he is then in its team and in the teams of the units above."""
    command = MoveUserToUnit(unit_id=unit_id)
    move_user_to_unit(call_of(office.app, admin), who.user_id, command)
