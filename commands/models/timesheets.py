"""Bodies of the commands on timesheet lines added by hand."""

from __future__ import annotations

from uuid import UUID

from pydantic import AwareDatetime, Field

from cronica.commands.models.base import CommandModel, Name, Text
from cronica.commands.models.own_records import Amendment, RelatedRecord


class AddTimesheetLine(CommandModel):
    employee_id: UUID | None = Field(
        default=None,
        description="Whose timesheet; without it, the caller's. Only managers and admins add "
        "lines to another user's timesheet.",
    )
    work_centre: Name
    department: Name
    started_at: AwareDatetime
    ended_at: AwareDatetime
    description: Text = Field(description="What was done.")
    related_record: RelatedRecord | None = None


class CorrectTimesheetLine(Amendment):
    started_at: AwareDatetime | None = None
    ended_at: AwareDatetime | None = None
    description: Text | None = None


class WithdrawTimesheetLine(CommandModel):
    reason: Text
