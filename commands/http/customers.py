"""Customer commands over HTTP: register a prospect or customer; convert, activate, block,
rename, classify, link... it; plan its visits. (Its contacts, addresses and valuations:
`customer_parts`.)"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar
from uuid import UUID

from fastapi import APIRouter, Depends, Path, Response
from pydantic.alias_generators import to_snake

from cronica.commands import customer_parts, customers
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call, CommandCall
from cronica.commands.http.problems import ACTION_PROBLEMS, problem_responses
from cronica.commands.models import customers as bodies
from cronica.commands.models.base import CommandModel
from cronica.commands.results import Written

router = APIRouter(prefix="/v1/customers", tags=["customers"])

CustomerId = Annotated[UUID, Path(alias="customerId")]
B = TypeVar("B", bound=CommandModel)
Command = Callable[[CommandCall, UUID, B], Written]


@dataclass(frozen=True)
class CustomerCall:
    """A command on the customer of the URL: the call, and the response to give its ETag."""

    customer_id: UUID
    call: CommandCall
    response: Response

    def run(self, command: Command[B], body: B) -> Accepted:
        written = command(self.call, self.customer_id, body)
        return accepted(self.response, written)

    def change(self, body: CommandModel) -> Accepted:
        """Carries out the change of `customers.CHANGES` the body's type names."""
        return self.run(customers.change_customer, body)

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

SETTING = "Writes nothing when the customer has these values already."


@dataclass(frozen=True)
class Route:
    """A command on the customer with a body: `customers.change_customer` unless it needs a
    command of its own (one that looks up records its body names)."""

    body: type[CommandModel]
    summary: str
    description: str = SETTING
    command: Command[Any] = customers.change_customer


ROUTES: dict[str, Route] = {
    "block": Route(bodies.BlockCustomer, "Block, with a reason", "409 if it is blocked."),
    "unblock": Route(bodies.UnblockCustomer, "Unblock, with a reason", "409 unless blocked."),
    "rename": Route(bodies.RenameCustomer, "Change the commercial and legal names"),
    "tax-id": Route(bodies.ChangeTaxId, "Change or clear the tax id"),
    "activity-codes": Route(bodies.ChangeActivityCodes, "Set the SIC and CNAE codes"),
    "no-mailing": Route(bodies.SetNoMailing, "Set whether it receives mailings"),
    "classification": Route(bodies.ClassifyCustomer, "Set the segment and the criteria"),
    "territory": Route(bodies.ChangeTerritory, "Set the zone, sub-zone and route"),
    "representative": Route(
        bodies.AssignRepresentative,
        "Assign the sales representative",
        f"A user of the company. {SETTING}",
        customers.assign_representative,
    ),
    "notes": Route(bodies.ChangeNotes, "Change the notes"),
    "particularities": Route(bodies.ChangeParticularities, "Change the particularities notes"),
    "link": Route(
        bodies.LinkCustomer,
        "Link another customer to it",
        "Another customer of the company; 409 if it is linked already.",
        customers.link_customer,
    ),
    "unlink": Route(bodies.UnlinkCustomer, "Unlink a linked customer", "409 unless linked."),
    "custom-fields": Route(
        bodies.SetCustomField,
        "Set a custom field",
        f"An entry of the custom-fields catalogue, to a value of its type. {SETTING}",
        customers.set_custom_field,
    ),
    "custom-fields/clear": Route(bodies.ClearCustomField, "Clear a custom field"),
    "visit-plan": Route(bodies.SetVisitPlan, "Plan the visits: weekdays, time window, frequency"),
}


def _add_route(verb: str, route: Route) -> None:
    def command(body: CommandModel, on: OnCustomer) -> Accepted:
        return on.run(route.command, body)

    # FastAPI reads the body's model from the annotation: each route has its own.
    command.__annotations__ = command.__annotations__ | {"body": route.body}
    router.post(
        f"/{{customerId}}/{verb}",
        name=to_snake(route.body.__name__),
        summary=route.summary,
        description=route.description,
        responses=ACTION_PROBLEMS,
    )(command)


for route_verb, customer_route in ROUTES.items():
    _add_route(route_verb, customer_route)


@router.post(
    "",
    status_code=201,
    summary="Register a prospect or customer",
    responses=problem_responses(400, 401, 422),
)
def create_customer(body: bodies.CreateCustomer, call: Call, response: Response) -> Accepted:
    return accepted(response, customers.create_customer(call, body))


@router.post(
    "/{customerId}/convert",
    summary="Convert a prospect into a customer",
    description="Everything recorded about the prospect stays.",
    responses=ACTION_PROBLEMS,
)
def convert_customer(on: OnCustomer) -> Accepted:
    return on.change(bodies.ConvertCustomer())


@router.post("/{customerId}/activate", summary="Activate", responses=ACTION_PROBLEMS)
def activate_customer(on: OnCustomer) -> Accepted:
    return on.change(bodies.ActivateCustomer())


@router.post("/{customerId}/deactivate", summary="Deactivate", responses=ACTION_PROBLEMS)
def deactivate_customer(on: OnCustomer) -> Accepted:
    return on.change(bodies.DeactivateCustomer())


@router.post(
    "/{customerId}/visit-plan/clear", summary="Clear the visit plan", responses=ACTION_PROBLEMS
)
def clear_visit_plan(on: OnCustomer) -> Accepted:
    return on.change(bodies.ClearVisitPlan())
