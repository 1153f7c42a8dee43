"""Customer commands over HTTP: register a prospect or customer, add a contact."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Response

from cronica.commands import customers
from cronica.commands.http.answers import Accepted, ContactAccepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import problem_responses
from cronica.commands.models.customers import AddContact, CreateCustomer

router = APIRouter(prefix="/v1/customers", tags=["customers"])

CustomerId = Annotated[UUID, Path(alias="customerId")]


@router.post(
    "",
    status_code=201,
    summary="Register a prospect or customer",
    responses=problem_responses(400, 401, 422),
)
def create_customer(body: CreateCustomer, call: Call, response: Response) -> Accepted:
    return accepted(response, customers.create_customer(call.app, call.who, call.request, body))


@router.post(
    "/{customerId}/contacts",
    status_code=201,
    summary="Add a contact person to a customer",
    responses=problem_responses(400, 401, 404, 412, 422),
)
def add_contact(
    customer_id: CustomerId, body: AddContact, call: Call, response: Response
) -> ContactAccepted:
    written, contact_id = customers.add_contact(call.app, call.who, call.request, customer_id, body)
    answer = accepted(response, written)
    return ContactAccepted(**answer.model_dump(), contact_id=contact_id)
