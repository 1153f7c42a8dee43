"""Bodies of the customer commands. Those of no fields (convert, remove an address...) name the
commands whose routes take no body: the command layer carries out commands by body type."""

from __future__ import annotations

from datetime import date, time
from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field, StrictBool, StrictFloat, StrictInt

from cronica.commands.models.base import CommandModel, Line, Name, Notes, Text
from cronica.commands.models.contacts import ContactPerson

Code = Annotated[Line, Field(min_length=1, max_length=10)]
TaxId = Annotated[Line, Field(max_length=20)]


class CreateCustomer(CommandModel):
    kind: Literal["prospect", "customer"]
    name: Name
    tax_id: TaxId | None = None


class AddContact(ContactPerson):
    """A person at the customer."""


class ConvertCustomer(CommandModel):
    """Nothing to say: the prospect becomes a customer."""


class ActivateCustomer(CommandModel):
    pass


class DeactivateCustomer(CommandModel):
    pass


class RenameCustomer(CommandModel):
    name: Name = Field(description="The commercial name.")
    legal_name: Name | None = Field(default=None, description="The legal name (razón social).")


class ChangeTaxId(CommandModel):
    tax_id: TaxId | None = Field(description="A Spanish NIF, NIE or CIF; null to clear it.")


class ChangeActivityCodes(CommandModel):
    sic_code: Code | None = Field(default=None, description="Four digits: 5045.")
    cnae_code: Code | None = Field(default=None, description="Four digits: 4651 or 46.51.")


class BlockCustomer(CommandModel):
    reason: Text


class UnblockCustomer(CommandModel):
    reason: Text


class SetNoMailing(CommandModel):
    no_mailing: bool = Field(description="True: the customer receives no mailings.")


class ClassifyCustomer(CommandModel):
    segment: Name | None = None
    criteria: dict[Name, Name] = Field(
        default_factory=dict, description="The value of each classification criterion."
    )


class ChangeTerritory(CommandModel):
    zone: Name | None = None
    sub_zone: Name | None = None
    route: Name | None = None


class AssignRepresentative(CommandModel):
    representative_id: UUID = Field(description="A user of the company.")


class ChangeNotes(CommandModel):
    notes: Notes


class ChangeParticularities(CommandModel):
    particularities: Notes


class LinkCustomer(CommandModel):
    customer_id: UUID = Field(description="Another customer of the company.")


class UnlinkCustomer(CommandModel):
    customer_id: UUID


class SetCustomField(CommandModel):
    name: Name = Field(description="The code of an entry of the custom-fields catalogue.")
    value: StrictBool | StrictInt | StrictFloat | Name = Field(
        description="Suiting the field's type: text, number, ISO date, boolean or one choice."
    )


class ClearCustomField(CommandModel):
    name: Name


class AddressBody(CommandModel):
    kind: Literal["billing", "delivery", "visit", "other"]
    street: Name
    city: Name
    postal_code: Annotated[Line, Field(max_length=20)] | None = None
    province: Name | None = None
    country: Line = Field(default="ES", description="ISO 3166 two-letter code.")
    label: Name | None = None


class ValuationBody(CommandModel):
    kind: Literal["economic", "commercial", "strategic", "other"]
    score: int = Field(description="From 0 (worst) to 100 (best).")
    note: Text | None = None


Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


class SetVisitPlan(CommandModel):
    weekdays: list[Weekday] = Field(max_length=7)
    window_starts: time = Field(description="Local time, without a zone: 09:00.")
    window_ends: time
    frequency: Literal["weekly", "fortnightly", "monthly", "every_n_weeks"]
    every_weeks: int | None = Field(default=None, description="For every_n_weeks: 1 to 52.")
    starts_on: date


class ClearVisitPlan(CommandModel):
    pass


class RemoveContact(CommandModel):
    pass


class RemoveAddress(CommandModel):
    pass


class RemoveValuation(CommandModel):
    pass
