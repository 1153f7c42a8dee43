"""Bodies of the repair order commands."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated
from uuid import UUID

from pydantic import AwareDatetime, Field

from cronica.commands.models.base import CommandModel, Name, Text
from cronica.commands.models.stated_rules import DecimalForm
from cronica.domain.priority import Priority

Rating = Annotated[int, Field(ge=1, le=5, description="1 (worst) to 5 (best).")]


class WarrantyModel(CommandModel):
    in_warranty: bool
    reference: Name | None = Field(default=None, description="The warranty's reference.")


class ReceiveRepairOrder(CommandModel):
    customer_id: UUID
    contact_id: UUID | None = None
    project_id: UUID | None = Field(
        default=None, description="An open project of the same customer."
    )
    received_by: UUID = Field(description="The technician who takes the article in.")
    received_at: AwareDatetime | None = Field(default=None, description="Without it, now.")
    fault_description: Text = Field(description="The fault as the customer tells it.")
    accessories: list[Name] = Field(
        default_factory=list, max_length=50, description="What was handed in with the article."
    )
    warranty: WarrantyModel = WarrantyModel(in_warranty=False)
    priority: Priority = Priority.NORMAL


class ScheduleRepairOrder(CommandModel):
    technician_id: UUID
    starts_at: AwareDatetime
    ends_at: AwareDatetime


class RegisterRepairWork(CommandModel):
    technician_id: UUID | None = Field(
        default=None,
        description="Who did the work (a line of his timesheet); without it, the caller.",
    )
    work_done: Text
    started_at: AwareDatetime
    ended_at: AwareDatetime
    finishes_service: bool = False


class MaterialModel(CommandModel):
    reference: Name
    description: Name
    quantity: Annotated[Decimal, DecimalForm(digits=18, places=6, positive=True)]


class UseMaterials(CommandModel):
    materials: list[MaterialModel] = Field(min_length=1, max_length=100)


class DeliverRepairOrder(CommandModel):
    technician_id: UUID | None = Field(
        default=None, description="Who handed the article back; without it, the caller."
    )
    delivered_at: AwareDatetime | None = Field(default=None, description="Without it, now.")


class VerifyRepairOrder(CommandModel):
    comments: Text
    rating: Rating


class ReopenRepairOrder(CommandModel):
    reason: Text
