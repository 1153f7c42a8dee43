"""Reading the incident list: a page of a company's incidents, or some of them by id."""

from __future__ import annotations

from collections.abc import Sequence

from cronica.projections.filtering import Filter
from cronica.projections.incidents.rows import INCIDENTS, IncidentRow
from cronica.projections.listing import OrderBy
from cronica.projections.paging import Page, Window
from cronica.projections.scope import Scope
from cronica.projections.store import ReadStore


def list_incidents(
    store: ReadStore,
    scope: Scope,
    filter_: Filter | None,
    order_by: OrderBy,
    window: Window,
) -> Page[IncidentRow]:
    """The window's page of the incidents the caller reads matching the filter; `order_by` is
    (field, descending) pairs (newest opened first when empty), ended by the id."""
    return INCIDENTS.page(store, scope, filter_, order_by, window)


def incidents_by_ids(store: ReadStore, scope: Scope, ids: Sequence[str]) -> dict[str, IncidentRow]:
    """The incidents with these ids the caller reads, keyed by id; others are absent."""
    return INCIDENTS.by_ids(store, scope, ids)
