"""Command bodies as clients send them: JSON in camelCase, unknown fields refused."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, ConfigDict, EmailStr, Field
from pydantic.alias_generators import to_camel

Text = Annotated[str, Field(min_length=1, max_length=10_000)]
Name = Annotated[str, Field(min_length=1, max_length=200)]


class CommandModel(BaseModel):
    model_config = ConfigDict(
        alias_generator=to_camel, populate_by_name=True, extra="forbid", frozen=True
    )


class CreateCustomer(CommandModel):
    kind: Literal["prospect", "customer"]
    name: Name
    tax_id: Annotated[str, Field(max_length=20)] | None = None


class AddContact(CommandModel):
    name: Name
    position: Name | None = None
    phone: Annotated[str, Field(max_length=40)] | None = None
    email: EmailStr | None = None


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
