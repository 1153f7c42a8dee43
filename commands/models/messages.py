"""Bodies of the internal message commands."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import AwareDatetime, Field

from cronica.commands.models.base import CommandModel, Line, Name, Text
from cronica.commands.models.own_records import RelatedRecord
from cronica.domain.attachment import SHA256_PATTERN


class AttachmentReference(CommandModel):
    """A file uploaded to `POST /v1/attachments`, named by the digest that answered."""

    sha256: Annotated[Line, Field(pattern=SHA256_PATTERN)]
    name: Name
    media_type: Name = Field(default="application/octet-stream", examples=["application/pdf"])


class SendMessage(CommandModel):
    recipient_ids: Annotated[list[UUID], Field(min_length=1, max_length=100)]
    subject: Name
    body: Text
    reminder: bool = Field(
        default=False, description="Follow the message: it shows among the reminders."
    )
    remind_at: AwareDatetime | None = Field(
        default=None, description="When to remind; only with `reminder`."
    )
    related_record: RelatedRecord | None = Field(
        default=None, description="The record the message is about (archived on it)."
    )
    attachments: list[AttachmentReference] = Field(default_factory=list, max_length=20)
