"""Bodies of the opportunity commands."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field

from cronica.commands.models.base import CommandModel, Name, Text
from cronica.commands.models.stated_rules import DecimalForm

# Whole cents, at least zero: the domain keeps amounts as cents and never rounds them.
Amount = Annotated[Decimal, DecimalForm(digits=14, places=2)]


class OpenOpportunity(CommandModel):
    customer_id: UUID
    contact_id: UUID | None = Field(default=None, description="One of the customer's contacts.")
    agent_id: UUID | None = Field(
        default=None, description="A user who sells (agent, manager or admin); none: unassigned."
    )
    type: Name
    subject: Name
    notes: Text | None = None
    source: Name | None = Field(default=None, description="How the customer heard about us.")
    priority: Literal["low", "normal", "high", "urgent"] = "normal"
    expected_amount: Amount | None = Field(
        default=None, description="In the company's currency, with at most two decimals."
    )
    expected_on: date | None = Field(default=None, description="When the sale is expected.")


class AssignOpportunity(CommandModel):
    agent_id: UUID = Field(description="A user who sells: an agent, a manager or an admin.")


class RecordCommercialAction(CommandModel):
    kind: Literal["documentation", "visit", "call", "email", "other"]
    description: Text
    done: bool = Field(default=False, description="Already done, or still to do.")


class WaitForCustomer(CommandModel):
    comment: Text
    next_contact_on: date = Field(description="When to contact the customer again: today or later.")


class WorkOnOpportunity(CommandModel):
    comment: Text


class WinOpportunity(CommandModel):
    invoice_number: Name = Field(description="The invoice of the sale.")


class LoseOpportunity(CommandModel):
    reason: Name = Field(
        description="Why it was lost: an active code of the lost-reasons catalogue."
    )
    what_to_improve: Text | None = Field(default=None, description="What we could do better.")


class ReopenOpportunity(CommandModel):
    reason: Text
