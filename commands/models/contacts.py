"""Bodies of the contact commands: a person's details, for a customer's contact or for a contact
met without a customer."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import Field

from cronica.commands.models.base import CommandModel, Email, Line, Name


class ContactPerson(CommandModel):
    """A person's details, given together: what is left out is not known."""

    name: Name
    position: Name | None = Field(default=None, description="The person's position (cargo).")
    phone: Annotated[Line, Field(max_length=40)] | None = None
    email: Email | None = None


class CreateContact(ContactPerson):
    """A contact met without a customer."""


class ChangeContact(ContactPerson):
    """The contact's details now."""


class AttachContact(CommandModel):
    customer_id: UUID
