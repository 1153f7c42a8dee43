"""Bodies of the organisation commands: business units, users and read-only grants (administrators
only), and moving a record to another unit."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from pydantic import Field

from cronica.commands.models.base import CommandModel, Email, Name

RoleName = Literal["admin", "manager", "agent", "technician", "office", "auditor"]


class AddBusinessUnit(CommandModel):
    name: Name
    parent_id: UUID


class RenameBusinessUnit(CommandModel):
    name: Name


class MoveBusinessUnit(CommandModel):
    parent_id: UUID


class AddUser(CommandModel):
    name: Name
    role: RoleName
    unit_id: UUID | None = None
    email: Email | None = Field(
        default=None, max_length=320, description="The address the user signs in with."
    )


class MoveToUnit(CommandModel):
    """Hands a user, or a record of the business, to another unit of the company."""

    unit_id: UUID


class ReadGrant(CommandModel):
    """A unit whose records (and those under it) a user or a unit may read, not change."""

    unit_id: UUID


class ChangeUserRole(CommandModel):
    role: RoleName
