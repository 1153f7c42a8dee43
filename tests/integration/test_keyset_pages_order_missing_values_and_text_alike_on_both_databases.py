"""Keyset pages over an order whose values may be missing (a notice's `resolvedAt`), and over
text (customers by name, ties in case included): on SQLite and PostgreSQL alike, missing values
sort as the greatest (last ascending, first descending), and paging one or two rows at a time,
forward or backward through cursors, reads the whole list's order exactly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from cronica.ops.container import Container, open_attachment_store
from cronica.projections.customers.rows import CUSTOMERS
from cronica.projections.listing import Listing
from cronica.projections.notices.rows import NOTICES
from cronica.projections.paging import OrderTerm, Window
from cronica.projections.scope import Scope
from tests.fixtures.keyset_walks import walked
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.office import Office
from tests.fixtures.staff.reception import Reception

MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
NAMES = ["zeta", "Álvaro", "alvaro", "Ñu", "beta", "Beta", "BETA", "de la Torre"]


def walked_by(
    container: Container,
    listing: Listing[Any],
    scope: Scope,
    order: list[OrderTerm],
    size: int,
    backward: bool,
) -> list[str]:
    """The ids of the list, read `size` rows a page through cursors, in the list's order."""
    store = container.store
    return walked(lambda window: listing.page(store, scope, None, order, window), size, backward)


def whole(
    container: Container, listing: Listing[Any], scope: Scope, order: list[OrderTerm]
) -> list[str]:
    return [row.id for row in listing.page(container.store, scope, None, order, Window()).rows]


def test_unresolved_notices_sort_as_the_latest_resolved_and_pages_agree(
    container: Container,
) -> None:
    office = Office(container.application)
    reception = Reception(office, open_attachment_store(container))
    rosa, luis = office.hire("Rosa Gil", "office"), office.hire("Luis Pons", "agent")
    logged = [
        reception.log(rosa, luis, f"Call {n}", taken_at=MONDAY + timedelta(hours=n)).id
        for n in range(6)
    ]
    for n in (4, 1, 3):  # resolved on later days, in this order
        reception.resolve(rosa, logged[n], MONDAY + timedelta(days=n))
    container.runner.catch_up()
    scope = whole_company(str(rosa.company_id))
    resolved, unresolved = [str(logged[n]) for n in (1, 3, 4)], {str(logged[n]) for n in (0, 2, 5)}

    for descending in (False, True):
        order = [("resolvedAt", descending)]
        listed = whole(container, NOTICES, scope, order)
        missing_first, rest = (listed[:3], listed[3:]) if descending else (listed[3:], listed[:3])
        assert set(missing_first) == unresolved
        assert rest == (resolved[::-1] if descending else resolved)
        for size in (1, 2):
            for backward in (False, True):
                assert walked_by(container, NOTICES, scope, order, size, backward) == listed


def test_customers_page_by_name_as_the_whole_list_is_ordered(container: Container) -> None:
    office = Office(container.application)
    marta = office.hire("Marta Ruiz", "manager")
    for name in NAMES:
        office.customer(marta, name)
    container.runner.catch_up()
    scope = whole_company(str(marta.company_id))

    for order in ([("name", False)], [("name", True)], [("number", True)]):
        listed = whole(container, CUSTOMERS, scope, order)
        assert len(listed) == len(NAMES)
        for size in (1, 2):
            for backward in (False, True):
                assert walked_by(container, CUSTOMERS, scope, order, size, backward) == listed
