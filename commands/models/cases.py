"""Bodies of the case commands."""

from __future__ import annotations

from uuid import UUID

from pydantic import Field

from cronica.commands.models.base import CommandModel, Name, Text


class OpenCase(CommandModel):
    customer_id: UUID
    subject: Name
    description: Text
    owner_id: UUID | None = Field(
        default=None, description="The user who follows the matter; without it, the caller."
    )


class RenameCase(CommandModel):
    subject: Name


class CloseCase(CommandModel):
    outcome: Text


class ReopenCase(CommandModel):
    reason: Text
