"""Commands on contacts met without a customer over HTTP: create, change, attach to a customer."""

from __future__ import annotations

from fastapi import APIRouter

from cronica.commands import contacts
from cronica.commands.http.routes import Action, Create, declare_routes
from cronica.commands.models.contacts import AttachContact, ChangeContact, CreateContact
from cronica.domain.contact import Contact

router = APIRouter(prefix="/v1/contacts", tags=["contacts"])


declare_routes(
    router,
    Contact,
    "contactId",
    [
        Create(
            contacts.create_contact,
            CreateContact,
            "Create a contact without a customer",
            problems=(400, 401, 422),
        ),
        Action(
            "change",
            contacts.change_contact,
            ChangeContact,
            "Change a contact's details",
            "All of them: what is left out is not known any more. 409 once it is attached.",
        ),
        Action(
            "attach",
            contacts.attach_contact,
            AttachContact,
            "Attach to a customer",
            "The person becomes one of the customer's contacts, under the contact's id, and "
            "is changed there from then on. 409 if it is attached already.",
        ),
    ],
)
