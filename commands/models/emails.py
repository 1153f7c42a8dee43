"""Bodies of the e-mail commands."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from cronica.commands.models.base import CommandModel, Email, LongText, Name
from cronica.commands.models.own_records import RelatedRecord


class QueueEmail(CommandModel):
    to: Annotated[list[Email], Field(min_length=1, max_length=50)]
    cc: list[Email] = Field(default_factory=list, max_length=50)
    subject: Name
    body: LongText
    related_record: RelatedRecord = Field(
        description="The record the e-mail is sent from, and archived on."
    )
