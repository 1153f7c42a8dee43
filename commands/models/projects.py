"""Bodies of the project commands."""

from __future__ import annotations

from datetime import date
from typing import Literal
from uuid import UUID

from pydantic import Field

from cronica.commands.models.base import CommandModel, Name, Text
from cronica.commands.models.own_records import Amendment


class ProjectDatesModel(CommandModel):
    starts_on: date
    target_on: date = Field(description="The day it should be done by: the start or later.")


class OpenProject(ProjectDatesModel):
    customer_id: UUID
    contact_id: UUID | None = Field(default=None, description="One of the customer's contacts.")
    name: Name
    description: Text
    responsible_id: UUID | None = Field(
        default=None, description="The user responsible for it; without it, the caller."
    )


class RenameProject(Amendment):
    name: Name | None = None
    description: Text | None = None


class RescheduleProject(ProjectDatesModel):
    pass


class AssignProject(CommandModel):
    responsible_id: UUID


class CloseProject(CommandModel):
    outcome: Literal["completed", "cancelled"]
    note: Text | None = None


class ReopenProject(CommandModel):
    reason: Text
