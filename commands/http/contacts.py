"""Commands on contacts met without a customer over HTTP: create, change, attach to a customer."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Response

from cronica.commands import contacts
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import ACTION_PROBLEMS, problem_responses
from cronica.commands.models.contacts import AttachContact, ChangeContact, CreateContact

router = APIRouter(prefix="/v1/contacts", tags=["contacts"])

ContactId = Annotated[UUID, Path(alias="contactId")]


@router.post(
    "",
    status_code=201,
    summary="Create a contact without a customer",
    responses=problem_responses(400, 401, 422),
)
def create_contact(body: CreateContact, call: Call, response: Response) -> Accepted:
    return accepted(response, contacts.create_contact(call, body))


@router.post(
    "/{contactId}/change",
    summary="Change a contact's details",
    description="All of them: what is left out is not known any more. 409 once it is attached.",
    responses=ACTION_PROBLEMS,
)
def change_contact(
    contact_id: ContactId, body: ChangeContact, call: Call, response: Response
) -> Accepted:
    written = contacts.change_contact(call, contact_id, body)
    return accepted(response, written)


@router.post(
    "/{contactId}/attach",
    summary="Attach to a customer",
    description="The person becomes one of the customer's contacts, under the contact's id, and "
    "is changed there from then on. 409 if it is attached already.",
    responses=ACTION_PROBLEMS,
)
def attach_contact(
    contact_id: ContactId, body: AttachContact, call: Call, response: Response
) -> Accepted:
    written = contacts.attach_contact(call, contact_id, body)
    return accepted(response, written)
