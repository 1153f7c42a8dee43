"""How the customer's and the contact's events change the rows of the customer's parts
(`customer_parts`): contacts, addresses and valuations, each under the id its events give it.

A contact met without a customer has a row from its creation, with no customer. Attaching it
saves the contact's event and the customer's ContactAdded (same id) together: whichever comes
first, the row ends up the customer's, and keeps the time the person was first met.
"""

from __future__ import annotations

from typing import Any

from cronica.domain.contact import Contact
from cronica.domain.customer import Customer
from cronica.projections.customers.parts import ADDRESSES, CONTACTS, VALUATIONS
from cronica.projections.rows import id_text, utc_text
from cronica.projections.store import Cursor

_PERSON = ("name", "position", "phone", "email")
_VALUATION = ("kind", "score", "note")

# The removals, by the table they remove from and the event field naming the part.
_REMOVALS: dict[type[Any], tuple[str, str]] = {
    Customer.ContactRemoved: (CONTACTS.table, "contact_id"),
    Customer.AddressRemoved: (ADDRESSES.table, "address_id"),
    Customer.ValuationRemoved: (VALUATIONS.table, "valuation_id"),
}


def apply_part_event(cursor: Cursor, event: Any) -> None:
    """Changes the parts rows for a customer's or contact's event; ignores other events."""
    if not isinstance(event, Customer.Event | Contact.Event):
        return  # the directory sees every event: no work for the others
    at = utc_text(event.timestamp)
    if isinstance(event, Contact.Created | Customer.ContactAdded):
        _contact_met(cursor, event, at)
    elif isinstance(event, Contact.AttachedToCustomer):
        _update(
            cursor, CONTACTS.table, event.originator_id, at, customer_id=id_text(event.customer_id)
        )
    elif isinstance(event, Contact.DetailsChanged):
        _update(cursor, CONTACTS.table, event.originator_id, at, **_values(event, _PERSON))
    elif isinstance(event, Customer.ContactChanged):
        _update(cursor, CONTACTS.table, event.contact_id, at, **_values(event, _PERSON))
    elif isinstance(event, Customer.AddressAdded):
        _insert(cursor, ADDRESSES.table, event, event.address_id, added_at=at, **event.address)
    elif isinstance(event, Customer.AddressChanged):
        _update(cursor, ADDRESSES.table, event.address_id, at, **event.address)
    elif isinstance(event, Customer.ValuationRecorded):
        valuation = _values(event, _VALUATION)
        _insert(cursor, VALUATIONS.table, event, event.valuation_id, recorded_at=at, **valuation)
    elif isinstance(event, Customer.ValuationChanged):
        _update(cursor, VALUATIONS.table, event.valuation_id, at, **_values(event, _VALUATION))
    elif isinstance(event, Customer.MovedToUnit):
        for part in (CONTACTS, ADDRESSES, VALUATIONS):  # a customer's parts are where it is
            cursor.execute(
                f"UPDATE {part.table} SET unit_id = ? WHERE customer_id = ?",
                (str(event.to_unit_id), id_text(event.originator_id)),
            )
    elif isinstance(event, Contact.MovedToUnit):
        _update(cursor, CONTACTS.table, event.originator_id, at, unit_id=str(event.to_unit_id))
    elif (removal := _REMOVALS.get(type(event))) is not None:
        table, part_field = removal
        cursor.execute(f"DELETE FROM {table} WHERE id = ?", (str(getattr(event, part_field)),))


def _values(event: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(event, name) for name in names}


def _contact_met(cursor: Cursor, event: Any, at: str) -> None:
    """The contact's row: new, or (a contact being attached) taken over by the customer."""
    if isinstance(event, Contact.Created):
        contact_id, customer_id = event.originator_id, None
    else:
        contact_id, customer_id = event.contact_id, id_text(event.originator_id)
    person = tuple(getattr(event, name) for name in _PERSON)
    cursor.execute(
        "INSERT INTO customer_contacts (id, company_id, unit_id, customer_id, name, position,"
        " phone, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id,"
        " unit_id = excluded.unit_id,"
        " name = excluded.name, position = excluded.position, phone = excluded.phone,"
        " email = excluded.email, updated_at = excluded.updated_at",
        (
            str(contact_id),
            id_text(event.company_id),
            id_text(event.unit_id),
            customer_id,
            *person,
            at,
            at,
        ),
    )


def _insert(cursor: Cursor, table: str, event: Any, part_id: Any, **values: Any) -> None:
    """A new part of the event's customer, last updated when it was added."""
    names = ("id", "company_id", "unit_id", "customer_id", *values, "updated_at")
    cursor.execute(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        (
            str(part_id),
            id_text(event.company_id),
            id_text(event.unit_id),
            id_text(event.originator_id),
            *values.values(),
            utc_text(event.timestamp),
        ),
    )


def _update(cursor: Cursor, table: str, part_id: Any, at: str, **values: Any) -> None:
    assignments = "".join(f"{column} = ?, " for column in values)
    cursor.execute(
        f"UPDATE {table} SET {assignments}updated_at = ? WHERE id = ?",
        (*values.values(), at, str(part_id)),
    )
