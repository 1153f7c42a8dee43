"""Customer commands over HTTP: register a prospect or customer; convert, activate, block,
rename, classify, link... it; plan its visits. (Its contacts, addresses and valuations:
`customer_parts`.)"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from fastapi import APIRouter
from pydantic.alias_generators import to_snake

from cronica.commands import customers
from cronica.commands.call import CommandCall
from cronica.commands.http.routes import Action, Create, declare_routes
from cronica.commands.models import customers as bodies
from cronica.commands.models.base import CommandModel
from cronica.commands.results import Written
from cronica.domain.customer import Customer

router = APIRouter(prefix="/v1/customers", tags=["customers"])

SETTING = "Writes nothing when the customer has these values already."


def _change(
    verb: str,
    body: type[CommandModel],
    summary: str,
    description: str = SETTING,
    command: Callable[..., Written] = customers.change_customer,
) -> Action:
    """A command on the customer with a body: `customers.change_customer` unless it needs a
    command of its own (one that looks up records its body names). Named after its body."""
    return Action(verb, command, body, summary, description, name=to_snake(body.__name__))


def _changing_to(body: CommandModel) -> Callable[[CommandCall, UUID], Written]:
    """`customers.change_customer` with the body a route without one implies."""
    return lambda call, customer_id: customers.change_customer(call, customer_id, body)


declare_routes(
    router,
    Customer,
    "customerId",
    [
        _change("block", bodies.BlockCustomer, "Block, with a reason", "409 if it is blocked."),
        _change("unblock", bodies.UnblockCustomer, "Unblock, with a reason", "409 unless blocked."),
        _change("rename", bodies.RenameCustomer, "Change the commercial and legal names"),
        _change("tax-id", bodies.ChangeTaxId, "Change or clear the tax id"),
        _change("activity-codes", bodies.ChangeActivityCodes, "Set the SIC and CNAE codes"),
        _change("no-mailing", bodies.SetNoMailing, "Set whether it receives mailings"),
        _change("classification", bodies.ClassifyCustomer, "Set the segment and the criteria"),
        _change("territory", bodies.ChangeTerritory, "Set the zone, sub-zone and route"),
        _change(
            "representative",
            bodies.AssignRepresentative,
            "Assign the sales representative",
            f"A user of the company. {SETTING}",
            customers.assign_representative,
        ),
        _change("notes", bodies.ChangeNotes, "Change the notes"),
        _change(
            "particularities", bodies.ChangeParticularities, "Change the particularities notes"
        ),
        _change(
            "link",
            bodies.LinkCustomer,
            "Link another customer to it",
            "Another customer of the company; 409 if it is linked already.",
            customers.link_customer,
        ),
        _change("unlink", bodies.UnlinkCustomer, "Unlink a linked customer", "409 unless linked."),
        _change(
            "custom-fields",
            bodies.SetCustomField,
            "Set a custom field",
            f"An entry of the custom-fields catalogue, to a value of its type. {SETTING}",
            customers.set_custom_field,
        ),
        _change("custom-fields/clear", bodies.ClearCustomField, "Clear a custom field"),
        _change(
            "visit-plan", bodies.SetVisitPlan, "Plan the visits: weekdays, time window, frequency"
        ),
        Create(
            customers.create_customer,
            bodies.CreateCustomer,
            "Register a prospect or customer",
            problems=(400, 401, 422),
        ),
        Action(
            "convert",
            _changing_to(bodies.ConvertCustomer()),
            None,
            "Convert a prospect into a customer",
            "Everything recorded about the prospect stays.",
            name="convert_customer",
        ),
        Action(
            "activate",
            _changing_to(bodies.ActivateCustomer()),
            None,
            "Activate",
            name="activate_customer",
        ),
        Action(
            "deactivate",
            _changing_to(bodies.DeactivateCustomer()),
            None,
            "Deactivate",
            name="deactivate_customer",
        ),
        Action(
            "visit-plan/clear",
            _changing_to(bodies.ClearVisitPlan()),
            None,
            "Clear the visit plan",
            name="clear_visit_plan",
        ),
    ],
)
