"""Bodies of the notice (aviso) commands. Times left out are the server's present moment."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from pydantic import AwareDatetime, Field

from cronica.commands.models.base import CommandModel, Name, Text


class LogNotice(CommandModel):
    caller_kind: Literal["customer", "supplier", "other"] = Field(
        description="Who the message comes from."
    )
    customer_id: UUID | None = Field(
        default=None, description="The calling customer's record; only for a customer's call."
    )
    caller_name: Name | None = None
    caller_phone: Name | None = None
    recipient_id: UUID = Field(description="The user the message is for.")
    code: Name = Field(description="Its nature: an active code of the notice-codes catalogue.")
    text: Text
    importance: int = Field(ge=1, le=5, description="From 1 (lowest) to 5 (highest).")
    taken_at: AwareDatetime | None = Field(default=None, description="When the call was taken.")


class ForwardNotice(CommandModel):
    recipient_id: UUID = Field(description="The user the message is for from now on.")
    comment: Text | None = None


class NoteNoticeAction(CommandModel):
    description: Text = Field(description="What was done to resolve the notice.")
    done_at: AwareDatetime | None = Field(
        default=None, description="When it was done: not before the notice was taken."
    )


class ResolveNotice(CommandModel):
    resolver_id: UUID | None = Field(
        default=None, description="The user who resolved it; none: the caller."
    )
    department: Name
    work_centre: Name
    resolution_code: Name = Field(description="An active code of the resolution-codes catalogue.")
    solution: Text
    resolved_at: AwareDatetime | None = Field(
        default=None, description="When it was resolved: not before the notice was taken."
    )


class ReopenNotice(CommandModel):
    reason: Text
