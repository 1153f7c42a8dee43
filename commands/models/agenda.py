"""Bodies of the agenda commands."""

from __future__ import annotations

from uuid import UUID

from pydantic import AwareDatetime, Field

from cronica.commands.models.base import CommandModel, Name, Notes, Text
from cronica.commands.models.own_records import Amendment, RelatedRecord


class PutInAgenda(CommandModel):
    owner_id: UUID | None = Field(
        default=None,
        description="Whose agenda; without it, the caller's. Only managers and admins put "
        "entries in another user's agenda.",
    )
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    all_day: bool = Field(
        default=False,
        description="An all-day entry starts and ends at midnight (the end is the midnight "
        "after its last day).",
    )
    title: Name
    notes: Notes = ""
    related_record: RelatedRecord | None = None


class MoveAgendaEntry(CommandModel):
    starts_at: AwareDatetime
    ends_at: AwareDatetime


class EditAgendaEntry(Amendment):
    title: Name | None = None
    notes: Notes | None = None


class CancelAgendaEntry(CommandModel):
    reason: Text | None = None
