"""Customer commands: register a prospect or customer, then change what is recorded about it.
(Its contacts, addresses and valuations: `customer_parts`.)

Most commands need nothing but the customer and the body: CHANGES carries them out by the body's
type (a command of no fields, such as converting, has a body type too).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar
from uuid import UUID

from cronica.commands.call import CommandCall
from cronica.commands.catalogues import require_entry
from cronica.commands.customer_parts import add_part
from cronica.commands.models import customers as bodies
from cronica.commands.models.base import CommandModel
from cronica.commands.records import change_record, referenced
from cronica.commands.results import Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.catalogue_values import CatalogueKind
from cronica.domain.customer import Customer
from cronica.domain.customer_visit_plan import VisitPlan
from cronica.domain.user import User

C = TypeVar("C", bound=CommandModel)
Change = Callable[[Any, Customer], None]


def _on(body: type[C], change: Callable[[C, Customer], None]) -> tuple[type[CommandModel], Change]:
    return body, change


CHANGES: dict[type[CommandModel], Change] = dict(
    [
        _on(bodies.ConvertCustomer, lambda _, c: c.convert()),
        _on(bodies.ActivateCustomer, lambda _, c: c.activate()),
        _on(bodies.DeactivateCustomer, lambda _, c: c.deactivate()),
        _on(bodies.RenameCustomer, lambda body, c: c.rename(body.name, body.legal_name)),
        _on(bodies.ChangeTaxId, lambda body, c: c.change_tax_id(body.tax_id)),
        _on(
            bodies.ChangeActivityCodes,
            lambda body, c: c.change_activity_codes(body.sic_code, body.cnae_code),
        ),
        _on(bodies.BlockCustomer, lambda body, c: c.block(body.reason)),
        _on(bodies.UnblockCustomer, lambda body, c: c.unblock(body.reason)),
        _on(bodies.SetNoMailing, lambda body, c: c.set_no_mailing(body.no_mailing)),
        _on(bodies.ClassifyCustomer, lambda body, c: c.classify(body.segment, body.criteria)),
        _on(
            bodies.ChangeTerritory,
            lambda body, c: c.change_territory(body.zone, body.sub_zone, body.route),
        ),
        _on(bodies.ChangeNotes, lambda body, c: c.change_notes(body.notes)),
        _on(
            bodies.ChangeParticularities,
            lambda body, c: c.change_particularities(body.particularities),
        ),
        _on(bodies.UnlinkCustomer, lambda body, c: c.unlink(body.customer_id)),
        _on(bodies.ClearCustomField, lambda body, c: c.clear_custom_field(body.name)),
        _on(bodies.SetVisitPlan, lambda body, c: c.set_visit_plan(VisitPlan(**body.model_dump()))),
        _on(bodies.ClearVisitPlan, lambda _, c: c.clear_visit_plan()),
    ]
)


def create_customer(call: CommandCall, command: bodies.CreateCustomer) -> Written:
    def decide() -> list[CronicaAggregate]:
        return call.numbered(
            "C",
            lambda number: Customer.register(
                company_id=call.who.company_id,
                number=number,
                kind=command.kind,
                name=command.name,
                tax_id=command.tax_id,
            ),
        )

    return call.write(decide)


def change_customer(
    call: CommandCall,
    customer_id: UUID,
    command: CommandModel,
) -> Written:
    """Carries out the change of CHANGES the body's type names."""
    change = CHANGES[type(command)]
    return change_record(call, Customer, customer_id, lambda c: change(command, c))


def add_contact(
    call: CommandCall,
    customer_id: UUID,
    command: bodies.AddContact,
) -> tuple[Written, UUID]:
    """Adds a contact; answers the customer's new version and the new contact's id."""
    return add_part(call, customer_id, command)


def assign_representative(
    call: CommandCall,
    customer_id: UUID,
    command: bodies.AssignRepresentative,
) -> Written:
    user = referenced(call, User, command.representative_id, "representative_id")
    return change_record(call, Customer, customer_id, lambda c: c.assign_representative(user.id))


def link_customer(
    call: CommandCall,
    customer_id: UUID,
    command: bodies.LinkCustomer,
) -> Written:
    other = referenced(call, Customer, command.customer_id, "customer_id")
    return change_record(call, Customer, customer_id, lambda c: c.link(other))


def set_custom_field(
    call: CommandCall,
    customer_id: UUID,
    command: bodies.SetCustomField,
) -> Written:
    """Sets a field the company's custom-fields catalogue defines, to a value of its type."""
    field = require_entry(call, CatalogueKind.CUSTOM_FIELDS, command.name, "name")
    return change_record(
        call, Customer, customer_id, lambda c: c.set_custom_field(field, command.value)
    )
