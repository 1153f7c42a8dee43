"""Bodies of the incident commands."""

from __future__ import annotations

from datetime import date
from typing import Literal
from uuid import UUID

from pydantic import AwareDatetime, Field

from cronica.commands.models.base import CommandModel, Name, Text


class ArticleModel(CommandModel):
    reference: Name
    serial_number: Name | None = None
    warranty_ends_on: date | None = None
    invoice_number: Name | None = None
    invoice_date: date | None = None


class OpenIncident(CommandModel):
    customer_id: UUID
    contact_id: UUID | None = None
    subject: Name
    description: Text
    priority: Literal["low", "normal", "high", "urgent"] = "normal"
    type: Name = "general"
    article: ArticleModel | None = None
    resolution: Text | None = Field(
        default=None, description="Given, the incident is closed at once: no manager is alerted."
    )


class AssignIncident(CommandModel):
    technician_id: UUID


class FollowUpIncident(CommandModel):
    note: Text
    started_at: AwareDatetime
    ended_at: AwareDatetime


class CloseIncident(CommandModel):
    resolution: Text


class ReopenIncident(CommandModel):
    reason: Text
