"""Organisation commands: the business-unit tree of a company and the units and roles of its
users. Only administrators give them."""

from __future__ import annotations

from dataclasses import replace
from uuid import UUID

from cronica.commands.application import CronicaApplication, Decided
from cronica.commands.call import CommandCall, require_capability
from cronica.commands.identity import new_user_records
from cronica.commands.models.organisation import (
    AddBusinessUnit,
    AddUser,
    ChangeUserRole,
    MoveBusinessUnit,
    MoveToUnit,
    RenameBusinessUnit,
)
from cronica.commands.people import change_role
from cronica.commands.records import change_record, referenced
from cronica.commands.results import Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.business_unit import BusinessUnit
from cronica.domain.ownership import root_unit_id_for
from cronica.domain.roles import Capability
from cronica.domain.user import User


def add_business_unit(call: CommandCall, command: AddBusinessUnit) -> Written:
    require_capability(call.who, Capability.ADMINISTER)

    def decide() -> list[CronicaAggregate]:
        parent = referenced(call, BusinessUnit, command.parent_id, "parent_id")
        return [BusinessUnit.add_under(parent, command.name)]

    return call.write(decide)


def rename_business_unit(
    call: CommandCall,
    unit_id: UUID,
    command: RenameBusinessUnit,
) -> Written:
    require_capability(call.who, Capability.ADMINISTER)
    return change_record(call, BusinessUnit, unit_id, lambda unit: unit.rename(command.name))


def _ancestry(app: CronicaApplication, unit: BusinessUnit) -> list[UUID]:
    """The ids of the units above `unit`, nearest first, up to the root."""
    chain: list[UUID] = []
    while unit.parent_id is not None:
        chain.append(unit.parent_id)
        unit = app.load(BusinessUnit, unit.parent_id, unit.company_id)
    return chain


def move_business_unit(
    call: CommandCall,
    unit_id: UUID,
    command: MoveBusinessUnit,
) -> Written:
    require_capability(call.who, Capability.ADMINISTER)

    def move(unit: BusinessUnit) -> None:
        parent = referenced(call, BusinessUnit, command.parent_id, "parent_id")
        unit.move_under(parent, _ancestry(call.app, parent))

    return change_record(call, BusinessUnit, unit_id, move)


def add_user(call: CommandCall, command: AddUser) -> Written:
    """Adds a user to a unit (the root by default) and answers his first API token as the
    answer's secret; a repeated Idempotency-Key answers no secret (the token is shown once, to
    the first request, and never kept)."""
    require_capability(call.who, Capability.ADMINISTER)
    unit_id = command.unit_id or root_unit_id_for(call.who.company_id)
    referenced(call, BusinessUnit, unit_id, "unit_id")
    token, decide = new_user_records(
        call.app, call.who.company_id, command.name, command.role, command.email
    )

    def answering() -> Decided:
        return Decided(decide(), secret=token)

    return call.app.write(replace(call.request, unit_id=unit_id), answering)


def move_user_to_unit(
    call: CommandCall,
    user_id: UUID,
    command: MoveToUnit,
) -> Written:
    require_capability(call.who, Capability.ADMINISTER)
    unit = referenced(call, BusinessUnit, command.unit_id, "unit_id")
    return change_record(call, User, user_id, lambda user: user.move_to_unit(unit.id))


def change_user_role(
    call: CommandCall,
    user_id: UUID,
    command: ChangeUserRole,
) -> Written:
    """Gives the user another role (never taking the company's last administrator's)."""
    return change_role(call, user_id, command.role)
