"""Bodies of the customer commands."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import EmailStr, Field

from cronica.commands.models.base import CommandModel, Name


class CreateCustomer(CommandModel):
    kind: Literal["prospect", "customer"]
    name: Name
    tax_id: Annotated[str, Field(max_length=20)] | None = None


class AddContact(CommandModel):
    name: Name
    position: Name | None = None
    phone: Annotated[str, Field(max_length=40)] | None = None
    email: EmailStr | None = None
