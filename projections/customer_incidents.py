"""The latest incidents of each of several customers, in one query: the start of each one's
incident list (`incident_list.INCIDENTS` filtered by customerId, in its default order, newest
first), with how many it has in all."""

from __future__ import annotations

from collections.abc import Sequence

from cronica.projections.filtering import Condition, compile_filter
from cronica.projections.incident_list import INCIDENTS, IncidentRow
from cronica.projections.paging import Page, order_clause
from cronica.projections.store import ReadStore


def latest_incidents(
    store: ReadStore, company_id: str, customer_ids: Sequence[str], first: int
) -> dict[str, Page[IncidentRow]]:
    """The first `first` incidents of each customer of the company, keyed by customer id; the
    pages are those `INCIDENTS.page` gives for one customer at offset 0."""
    wanted = list(dict.fromkeys(customer_ids))
    if not wanted:
        return {}
    of_customers, params = compile_filter(
        Condition("customerId", "in", wanted), INCIDENTS.filter_fields
    )
    order = order_clause([], INCIDENTS.order_fields, INCIDENTS.default_order)
    columns = ", ".join(INCIDENTS.columns)
    # Each customer's first row is read even when `first` is 0, for its count.
    rows = store.query(
        f"SELECT {columns}, place, total FROM ("
        f" SELECT {columns},"
        f" ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY {order}) AS place,"
        " COUNT(*) OVER (PARTITION BY customer_id) AS total"
        f" FROM {INCIDENTS.table} WHERE company_id = ? AND {of_customers}"
        ") ranked WHERE place <= ? ORDER BY customer_id, place",
        (company_id, *params, max(first, 1)),
    )
    kept: dict[str, list[IncidentRow]] = {customer_id: [] for customer_id in wanted}
    totals: dict[str, int] = {}
    for row in rows:
        place, totals[row["customer_id"]] = row.pop("place"), int(row.pop("total"))
        if place <= first:
            kept[row["customer_id"]].append(IncidentRow(**row))
    return {
        customer_id: Page(kept[customer_id], totals.get(customer_id, 0), 0)
        for customer_id in wanted
    }
