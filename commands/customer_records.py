"""Records a new record is about, named in its command's body: the customer and one of his
contacts, and a case or project that must be that customer's."""

from __future__ import annotations

from typing import TypeVar
from uuid import UUID

from cronica.commands.call import CommandCall
from cronica.commands.records import referenced
from cronica.domain.case import Case
from cronica.domain.customer import Customer
from cronica.domain.project import Project
from cronica.domain.task_values import require_same_customer

CustomersRecord = TypeVar("CustomersRecord", Case, Project)


def customer_and_contact(call: CommandCall, customer_id: UUID, contact_id: UUID | None) -> Customer:
    """The customer named in the body's `customer_id`, once the body's `contact_id` (if any) is
    one of his contacts."""
    customer = referenced(call, Customer, customer_id, "customer_id")
    if contact_id is not None:
        customer.contact(contact_id)
    return customer


def customers_record(
    call: CommandCall,
    cls: type[CustomersRecord],
    record_id: UUID,
    field: str,
    customer_id: UUID,
) -> CustomersRecord:
    """A case or project named in the body's `field` (`case_id`, `project_id`), once it is
    the customer's."""
    record = referenced(call, cls, record_id, field)
    what = f"{field.removesuffix('_id')} {record.number}"
    require_same_customer(customer_id, what, record.customer_id)
    return record
