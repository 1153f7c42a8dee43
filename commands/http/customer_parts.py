"""Commands on the parts of a customer over HTTP: add its contacts, addresses and valuations, and
change or remove each by its id. A part the customer lacks is not found (404)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Path, Response

from cronica.commands import customer_parts
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call, CommandCall
from cronica.commands.http.problems import ACTION_PROBLEMS
from cronica.commands.http.route_access import on_record
from cronica.commands.models import customers as bodies
from cronica.commands.models.base import CommandModel
from cronica.commands.models.contacts import ChangeContact
from cronica.domain.customer import Customer

router = APIRouter(prefix="/v1/customers/{customerId}", tags=["customers"])

ContactId = Annotated[UUID, Path(alias="contactId")]
AddressId = Annotated[UUID, Path(alias="addressId")]
ValuationId = Annotated[UUID, Path(alias="valuationId")]
CustomerId = Annotated[UUID, Path(alias="customerId")]
ON_CUSTOMER = on_record(Customer, "customerId").route_options()
"""Every route here acts on the customer the URL names."""


@dataclass(frozen=True)
class CustomerCall:
    """A command on a part of the customer of the URL: the call, and the response to give
    its ETag."""

    customer_id: UUID
    call: CommandCall
    response: Response

    def change_part(self, part_id: UUID, body: CommandModel) -> Accepted:
        written = customer_parts.change_part(self.call, self.customer_id, part_id, body)
        return accepted(self.response, written)

    def add(self, body: CommandModel) -> tuple[Accepted, UUID]:
        """Adds a part; answers the customer's version and position, and the new part's id."""
        written, part_id = customer_parts.add_part(self.call, self.customer_id, body)
        return accepted(self.response, written), part_id


def customer_call(customer_id: CustomerId, call: Call, response: Response) -> CustomerCall:
    return CustomerCall(customer_id, call, response)


OnCustomer = Annotated[CustomerCall, Depends(customer_call)]


class ContactAccepted(Accepted):
    """The customer a contact was added to, and the new contact's id."""

    contact_id: UUID


class AddressAccepted(Accepted):
    """The customer an address was added to, and the new address's id."""

    address_id: UUID


class ValuationAccepted(Accepted):
    """The customer a valuation was recorded on, and the new valuation's id."""

    valuation_id: UUID


@router.post(
    "/contacts",
    status_code=201,
    summary="Add a contact person to a customer",
    responses=ACTION_PROBLEMS,
    **ON_CUSTOMER,
)
def add_contact(body: bodies.AddContact, on: OnCustomer) -> ContactAccepted:
    answer, contact_id = on.add(body)
    return ContactAccepted(**answer.model_dump(), contact_id=contact_id)


@router.post(
    "/contacts/{contactId}/change",
    summary="Change a contact's details",
    description="All of them: what is left out is not known any more.",
    responses=ACTION_PROBLEMS,
    **ON_CUSTOMER,
)
def change_contact(contact_id: ContactId, body: ChangeContact, on: OnCustomer) -> Accepted:
    return on.change_part(contact_id, body)


@router.post(
    "/contacts/{contactId}/remove",
    summary="Remove a contact",
    responses=ACTION_PROBLEMS,
    **ON_CUSTOMER,
)
def remove_contact(contact_id: ContactId, on: OnCustomer) -> Accepted:
    return on.change_part(contact_id, bodies.RemoveContact())


@router.post(
    "/addresses",
    status_code=201,
    summary="Add an address",
    responses=ACTION_PROBLEMS,
    **ON_CUSTOMER,
)
def add_address(body: bodies.AddressBody, on: OnCustomer) -> AddressAccepted:
    answer, address_id = on.add(body)
    return AddressAccepted(**answer.model_dump(), address_id=address_id)


@router.post(
    "/addresses/{addressId}/change",
    summary="Change an address",
    responses=ACTION_PROBLEMS,
    **ON_CUSTOMER,
)
def change_address(address_id: AddressId, body: bodies.AddressBody, on: OnCustomer) -> Accepted:
    return on.change_part(address_id, body)


@router.post(
    "/addresses/{addressId}/remove",
    summary="Remove an address",
    responses=ACTION_PROBLEMS,
    **ON_CUSTOMER,
)
def remove_address(address_id: AddressId, on: OnCustomer) -> Accepted:
    return on.change_part(address_id, bodies.RemoveAddress())


@router.post(
    "/valuations",
    status_code=201,
    summary="Record a scored valuation",
    description="Economic, commercial, strategic or other, scored from 0 to 100.",
    responses=ACTION_PROBLEMS,
    **ON_CUSTOMER,
)
def record_valuation(body: bodies.ValuationBody, on: OnCustomer) -> ValuationAccepted:
    answer, valuation_id = on.add(body)
    return ValuationAccepted(**answer.model_dump(), valuation_id=valuation_id)


@router.post(
    "/valuations/{valuationId}/change",
    summary="Change a valuation",
    responses=ACTION_PROBLEMS,
    **ON_CUSTOMER,
)
def change_valuation(
    valuation_id: ValuationId, body: bodies.ValuationBody, on: OnCustomer
) -> Accepted:
    return on.change_part(valuation_id, body)


@router.post(
    "/valuations/{valuationId}/remove",
    summary="Remove a valuation",
    responses=ACTION_PROBLEMS,
    **ON_CUSTOMER,
)
def remove_valuation(valuation_id: ValuationId, on: OnCustomer) -> Accepted:
    return on.change_part(valuation_id, bodies.RemoveValuation())
