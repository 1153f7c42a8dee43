"""Reading the customer directory: customers by id (lists read through `rows.CUSTOMERS`)."""

from __future__ import annotations

from collections.abc import Sequence

from cronica.projections.customers.rows import CUSTOMERS, CustomerRow
from cronica.projections.scope import Scope
from cronica.projections.store import ReadStore


def customers_by_ids(store: ReadStore, scope: Scope, ids: Sequence[str]) -> dict[str, CustomerRow]:
    """The customers with these ids the caller reads, keyed by id; others are absent."""
    return CUSTOMERS.by_ids(store, scope, ids)
