"""The customer directory: every customer as its latest event left it (kind, names, codes,
status, classification, territory, representative, visit plan...), listed with filters, and its
contacts, addresses and valuations (`customer_parts`).

Classification criteria, custom fields, the visit plan and the linked customers are JSON text
(keys sorted), shown as they are; the columns a list filters or orders on are plain ones.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import astuple, dataclass, fields
from typing import Any

from cronica.domain.customer import Customer
from cronica.projections.customer_events import customer_change
from cronica.projections.customer_part_events import apply_part_event
from cronica.projections.customer_parts import PARTS_DDL, PARTS_TABLES
from cronica.projections.listing import Listing
from cronica.projections.projection import Projection
from cronica.projections.rows import update_stamped, utc_text
from cronica.projections.store import Cursor, ReadStore


@dataclass(frozen=True)
class CustomerRow:
    id: str
    company_id: str
    number: str
    kind: str
    name: str
    tax_id: str | None
    created_at: str
    legal_name: str | None
    sic_code: str | None
    cnae_code: str | None
    active: bool
    blocked: bool
    blocked_reason: str | None
    no_mailing: bool
    segment: str | None
    criteria: str
    zone: str | None
    sub_zone: str | None
    route: str | None
    representative_id: str | None
    notes: str
    particularities: str
    custom_fields: str
    visit_plan: str | None
    linked_customer_ids: str
    converted_at: str | None
    updated_at: str
    version: int

    def __post_init__(self) -> None:
        # SQLite answers a BOOLEAN column with 0 or 1.
        for flag in ("active", "blocked", "no_mailing"):
            object.__setattr__(self, flag, bool(getattr(self, flag)))


_COLUMNS = [f.name for f in fields(CustomerRow)]

CUSTOMERS: Listing[CustomerRow] = Listing(
    table="customers",
    row_type=CustomerRow,
    filter_fields={
        "kind": "kind",
        "number": "number",
        "name": "name",
        "taxId": "tax_id",
        "active": "active",
        "blocked": "blocked",
        "segment": "segment",
        "zone": "zone",
        "representativeId": "representative_id",
        "createdAt": "created_at",
    },
    # Names sort by `sort_name`, their lower case, so that "de la Torre" is among the Ds.
    order_fields={
        "name": "sort_name",
        "number": "number",
        "createdAt": "created_at",
        "updatedAt": "updated_at",
    },
    default_order=[("name", False)],
)

_DDL = (
    "CREATE TABLE IF NOT EXISTS customers ("
    " id TEXT PRIMARY KEY, company_id TEXT NOT NULL, number TEXT NOT NULL,"
    " kind TEXT NOT NULL, name TEXT NOT NULL, tax_id TEXT, created_at TEXT NOT NULL,"
    " legal_name TEXT, sic_code TEXT, cnae_code TEXT, active BOOLEAN NOT NULL,"
    " blocked BOOLEAN NOT NULL, blocked_reason TEXT, no_mailing BOOLEAN NOT NULL, segment TEXT,"
    " criteria TEXT NOT NULL, zone TEXT, sub_zone TEXT, route TEXT, representative_id TEXT,"
    " notes TEXT NOT NULL, particularities TEXT NOT NULL, custom_fields TEXT NOT NULL,"
    " visit_plan TEXT, linked_customer_ids TEXT NOT NULL, converted_at TEXT,"
    " updated_at TEXT NOT NULL, version INTEGER NOT NULL, sort_name TEXT NOT NULL)",
    *CUSTOMERS.indexes(),
    *PARTS_DDL,
)


class CustomerDirectoryProjection(Projection):
    """Rows of `customers`, one per Customer.Created, changed by each later event of the
    customer; and the rows of its parts, and of contacts met without a customer."""

    name = "customers"
    tables = ("customers", *PARTS_TABLES)
    ddl = _DDL

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        if isinstance(event, Customer.Created):
            row = _registered(event)
            cursor.execute(
                f"INSERT INTO customers ({', '.join(_COLUMNS)}, sort_name)"
                f" VALUES ({', '.join('?' * (len(_COLUMNS) + 1))})",
                (*astuple(row), row.name.lower()),
            )
            return
        apply_part_event(cursor, event)
        if isinstance(event, Customer.Event):
            columns = customer_change(cursor, event)
            assignments = ", ".join(f"{column} = ?" for column in columns)
            update_stamped(cursor, "customers", event, assignments, list(columns.values()))


def _registered(event: Customer.Created) -> CustomerRow:
    at = utc_text(event.timestamp)
    return CustomerRow(
        id=str(event.originator_id),
        company_id=str(event.company_id),
        number=event.number,
        kind=event.kind,
        name=event.name,
        tax_id=event.tax_id,
        created_at=at,
        legal_name=None,
        sic_code=None,
        cnae_code=None,
        active=True,
        blocked=False,
        blocked_reason=None,
        no_mailing=False,
        segment=None,
        criteria=json.dumps({}),
        zone=None,
        sub_zone=None,
        route=None,
        representative_id=None,
        notes="",
        particularities="",
        custom_fields=json.dumps({}),
        visit_plan=None,
        linked_customer_ids=json.dumps([]),
        converted_at=None,
        updated_at=at,
        version=event.originator_version,
    )


def customers_by_ids(
    store: ReadStore, company_id: str, ids: Sequence[str]
) -> dict[str, CustomerRow]:
    """The company's customers with these ids, keyed by id; unknown ids are absent."""
    return CUSTOMERS.by_ids(store, company_id, ids)
