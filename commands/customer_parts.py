"""Commands on the parts of a customer: add a contact, an address or a valuation, and change or
remove one by its id (in the URL).

PART_CHANGES and ADDITIONS carry them out by the body's type (a removal has a body type of no
fields), as `customers.CHANGES` does for the customer itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar
from uuid import UUID

from cronica.commands.call import CommandCall
from cronica.commands.models import customers as bodies
from cronica.commands.models.base import CommandModel
from cronica.commands.models.contacts import ChangeContact
from cronica.commands.records import add_to_record, change_record
from cronica.commands.results import Written
from cronica.domain.customer import Customer
from cronica.domain.customer_values import Address, Valuation
from cronica.domain.errors import UnknownAddressError, UnknownContactError, UnknownValuationError

C = TypeVar("C", bound=CommandModel)
PartChange = Callable[[Any, Customer, UUID], None]
Parts = Callable[[Customer], Mapping[UUID, object]]
Addition = tuple[Callable[[Any, Customer], UUID], Parts]


def _on_part(
    body: type[C], change: Callable[[C, Customer, UUID], None]
) -> tuple[type[CommandModel], PartChange]:
    return body, change


def _adding(
    body: type[C], add: Callable[[C, Customer], UUID], parts: Parts
) -> tuple[type[CommandModel], Addition]:
    return body, (add, parts)


PART_CHANGES: dict[type[CommandModel], PartChange] = dict(
    [
        _on_part(
            ChangeContact,
            lambda body, c, part: c.change_contact(
                part, body.name, body.position, body.phone, body.email
            ),
        ),
        _on_part(bodies.RemoveContact, lambda _, c, part: c.remove_contact(part)),
        _on_part(
            bodies.AddressBody,
            lambda body, c, part: c.change_address(part, Address(**body.model_dump())),
        ),
        _on_part(bodies.RemoveAddress, lambda _, c, part: c.remove_address(part)),
        _on_part(
            bodies.ValuationBody,
            lambda body, c, part: c.change_valuation(part, Valuation(**body.model_dump())),
        ),
        _on_part(bodies.RemoveValuation, lambda _, c, part: c.remove_valuation(part)),
    ]
)

# How each kind of part is added, answering its id, and where the customer keeps them.
ADDITIONS: dict[type[CommandModel], Addition] = dict(
    [
        _adding(
            bodies.AddContact,
            lambda body, c: c.add_contact(body.name, body.position, body.phone, body.email),
            lambda c: c.contacts,
        ),
        _adding(
            bodies.AddressBody,
            lambda body, c: c.add_address(Address(**body.model_dump())),
            lambda c: c.addresses,
        ),
        _adding(
            bodies.ValuationBody,
            lambda body, c: c.record_valuation(Valuation(**body.model_dump())),
            lambda c: c.valuations,
        ),
    ]
)


def change_part(
    call: CommandCall,
    customer_id: UUID,
    part_id: UUID,
    command: CommandModel,
) -> Written:
    """Carries out the change of PART_CHANGES the body's type names, on the part of the URL: one
    the customer lacks is not found (404)."""
    change = PART_CHANGES[type(command)]
    return change_record(
        call,
        Customer,
        customer_id,
        lambda customer: change(command, customer, part_id),
        (UnknownContactError, UnknownAddressError, UnknownValuationError),
    )


def add_part(
    call: CommandCall,
    customer_id: UUID,
    command: CommandModel,
) -> tuple[Written, UUID]:
    """Adds the part of ADDITIONS the body's type names; answers the customer's new version and
    the part's id. An idempotent repeat finds it as the last of its kind at that version."""
    add, parts = ADDITIONS[type(command)]
    return add_to_record(
        call,
        Customer,
        customer_id,
        lambda customer: add(command, customer),
        lambda customer: list(parts(customer))[-1],
    )
