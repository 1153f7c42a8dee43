"""Reading the customer directory: customers by id (lists read through `rows.CUSTOMERS`)."""

from __future__ import annotations

from collections.abc import Sequence

from cronica.projections.customers.rows import CUSTOMERS, CustomerRow
from cronica.projections.store import ReadStore


def customers_by_ids(
    store: ReadStore, company_id: str, ids: Sequence[str]
) -> dict[str, CustomerRow]:
    """The company's customers with these ids, keyed by id; unknown ids are absent."""
    return CUSTOMERS.by_ids(store, company_id, ids)
