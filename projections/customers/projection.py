"""The customer directory: every customer as its latest event left it (kind, names, codes,
status, classification, territory, representative, visit plan...) in `customers` (`rows`), and
its contacts, addresses and valuations (`parts`)."""

from __future__ import annotations

import json
from typing import Any

from cronica.domain.customer import Customer
from cronica.projections.customers.customer_events import customer_change
from cronica.projections.customers.part_events import apply_part_event
from cronica.projections.customers.parts import PARTS_DDL, PARTS_TABLES
from cronica.projections.customers.rows import (
    CUSTOMERS,
    CUSTOMERS_TABLE,
    CustomerRow,
)
from cronica.projections.projection import Projection
from cronica.projections.rows import id_text, insert_row, update_stamped, utc_text
from cronica.projections.store import Cursor

_DDL = (CUSTOMERS_TABLE, *CUSTOMERS.indexes(), *PARTS_DDL)


class CustomerDirectoryProjection(Projection):
    """Rows of `customers`, one per Customer.Created, changed by each later event of the
    customer; and the rows of its parts, and of contacts met without a customer."""

    name = "customers"
    tables = ("customers", *PARTS_TABLES)
    ddl = _DDL

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        if isinstance(event, Customer.Created):
            row = _registered(event)
            insert_row(cursor, "customers", row, sort_name=row.name.lower())
            return
        apply_part_event(cursor, event)
        if isinstance(event, Customer.Event):
            columns = customer_change(cursor, event)
            assignments = ", ".join(f"{column} = ?" for column in columns)
            update_stamped(cursor, "customers", event, assignments, list(columns.values()))


def _registered(event: Customer.Created) -> CustomerRow:
    at = utc_text(event.timestamp)
    return CustomerRow(
        id=id_text(event.originator_id),
        company_id=id_text(event.company_id),
        unit_id=id_text(event.unit_id),
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
