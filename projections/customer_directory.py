"""The customer directory: each customer's number, kind, name and tax id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from cronica.domain.customer import Customer
from cronica.projections.projection import Projection
from cronica.projections.rows import fetch_by_ids, utc_text
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


_COLUMNS = [f.name for f in fields(CustomerRow)]


class CustomerDirectoryProjection(Projection):
    """Rows of `customers`, one per Customer.Created, kept up to date as the customer is
    converted, renamed or given another tax id."""

    name = "customers"
    tables = ("customers",)
    ddl = (
        "CREATE TABLE IF NOT EXISTS customers ("
        " id TEXT PRIMARY KEY, company_id TEXT NOT NULL, number TEXT NOT NULL,"
        " kind TEXT NOT NULL, name TEXT NOT NULL, tax_id TEXT, created_at TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS customers_company ON customers (company_id, number)",
    )

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        if isinstance(event, Customer.Created):
            cursor.execute(
                "INSERT INTO customers (id, company_id, number, kind, name, tax_id, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    str(event.originator_id),
                    str(event.company_id),
                    event.number,
                    event.kind,
                    event.name,
                    event.tax_id,
                    utc_text(event.timestamp),
                ),
            )
        elif isinstance(event, Customer.Converted):
            self._update(cursor, event, kind="customer")
        elif isinstance(event, Customer.Renamed):
            self._update(cursor, event, name=event.name)
        elif isinstance(event, Customer.TaxIdChanged):
            self._update(cursor, event, tax_id=event.tax_id)

    def _update(self, cursor: Cursor, event: Any, **columns: str | None) -> None:
        assignments = ", ".join(f"{column} = ?" for column in columns)
        cursor.execute(
            f"UPDATE customers SET {assignments} WHERE id = ?",
            (*columns.values(), str(event.originator_id)),
        )


def customers_by_ids(
    store: ReadStore, company_id: str, ids: Sequence[str]
) -> dict[str, CustomerRow]:
    """The company's customers with these ids, keyed by id; unknown ids are absent."""
    return fetch_by_ids(store, "customers", _COLUMNS, company_id, ids, CustomerRow)
