"""Reading agendas: the items of some users (one, or a team) on a range of days, filtered,
ordered and paged like every list, with the visits of their customers' plans expanded for those
days; and the owner of a calendar feed secret.

Visits are not rows: each read first finds the plans of the users' customers (one query), works
out their visits in the range, and lists the stored items and those visits as one table (a
`UNION ALL` with the visits written into the SQL as `VALUES`), so filters, order and paging
treat both alike and a page costs the same queries whatever its size.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from uuid import UUID
from zoneinfo import ZoneInfo

from cronica.domain.customer_visit_plan import VisitPlan, VisitPlanData
from cronica.domain.user import token_digest
from cronica.projections.agenda.rows import (
    AGENDA_COLUMNS,
    AGENDA_ITEMS,
    AgendaItemKind,
    AgendaItemRow,
    in_zone,
)
from cronica.projections.agenda.visits import Visit, visits_between
from cronica.projections.filtering import Filter
from cronica.projections.listing import OrderBy
from cronica.projections.paging import Page, Window
from cronica.projections.scope import Scope
from cronica.projections.store import ReadStore

# A visit's columns; `o` is the VALUES of the visits (id, plan, slot), `p` the plan, `r` the
# customer.
_VISIT_COLUMNS = {
    "id": "o.column1",
    "company_id": "p.company_id",
    "user_id": "r.user_id",
    "kind": f"'{AgendaItemKind.CUSTOMER_VISIT.value}'",
    "record_id": "p.id",
    "record_number": "r.number",
    "title": "r.title",
    "notes": "''",
    "starts_at": "o.column3",
    "ends_at": "o.column4",
    "all_day": "o.column5",
    "day": "o.column6",
    "last_day": "o.column7",
    "status": "'planned'",
    "customer_id": "p.id",
    "version": "p.version",
    "updated_at": "p.updated_at",
}
# Only ids, ISO days and times and digits are written into the SQL: nothing a client sends.
_SAFE_LITERAL = re.compile(r"[0-9A-Za-z:+.\-]*")


def agenda_page(
    store: ReadStore,
    scope: Scope,
    user_ids: Sequence[str],
    days: tuple[date, date],
    filter_: Filter | None,
    order_by: OrderBy,
    window: Window,
    zone: ZoneInfo,
) -> Page[AgendaItemRow]:
    """The window's page of the items in these users' agendas on the days from `days[0]` to
    `days[1]` (those that start, end or go on in them), soonest first unless `order_by` says
    otherwise; only the agendas whose person's work the caller reads. Visits are planned in
    `zone`, the company's time zone."""
    if not user_ids:
        return Page(rows=[], positions=[], total_count=0)
    users = ", ".join("?" * len(user_ids))
    listing = replace(
        AGENDA_ITEMS, table=_items_and_visits(store, scope.company_id, user_ids, days, zone)
    )
    first, last = (day.isoformat() for day in days)
    page = listing.page(
        store,
        scope,
        filter_,
        order_by,
        window,
        where=f"user_id IN ({users}) AND day <= ? AND last_day >= ?",
        params=(*user_ids, last, first),
    )
    # The rows' positions (the cursors) keep the stored values the query compared.
    return replace(page, rows=[in_zone(row, zone) for row in page.rows])


def _items_and_visits(
    store: ReadStore,
    company_id: str,
    user_ids: Sequence[str],
    days: tuple[date, date],
    zone: ZoneInfo,
) -> str:
    """The table to list: the stored items, and the users' visits on these days if any."""
    visits = [
        visit
        for plan_id, plan in _plans(store, company_id, user_ids, days[1])
        for visit in visits_between(plan_id, plan, *days, zone)
    ]
    if not visits:
        return "agenda_items"
    values = ", ".join(_values(visit) for visit in visits)
    return (
        f"(SELECT {', '.join(AGENDA_COLUMNS)} FROM agenda_items UNION ALL SELECT "
        + ", ".join(f"{_VISIT_COLUMNS[column]} AS {column}" for column in AGENDA_COLUMNS)
        + " FROM agenda_visit_plans p JOIN agenda_records r ON r.id = p.id"
        f" JOIN (VALUES {values}) o ON o.column2 = p.id) agenda_view"
    )


def _plans(
    store: ReadStore, company_id: str, user_ids: Sequence[str], last_day: date
) -> list[tuple[str, VisitPlan]]:
    """The plans of the customers these users represent that have started by `last_day`."""
    rows = store.query(
        "SELECT p.id, p.weekdays, p.window_starts, p.window_ends, p.frequency, p.every_weeks,"
        " p.starts_on FROM agenda_visit_plans p JOIN agenda_records r ON r.id = p.id"
        f" WHERE p.company_id = ? AND r.user_id IN ({', '.join('?' * len(user_ids))})"
        " AND p.starts_on <= ?",
        (company_id, *user_ids, last_day.isoformat()),
    )
    return [
        (
            str(UUID(row["id"])),
            VisitPlan.from_event_data(
                VisitPlanData(
                    weekdays=row["weekdays"].split(","),
                    window_starts=row["window_starts"],
                    window_ends=row["window_ends"],
                    frequency=row["frequency"],
                    every_weeks=row["every_weeks"],
                    starts_on=row["starts_on"],
                )
            ),
        )
        for row in rows
    ]


def _values(visit: Visit) -> str:
    """One row of VALUES: the visit's id, plan id and slot, as SQL literals."""
    literals = []
    for value in (visit.id, visit.plan_id, *visit.slot.columns()):
        if isinstance(value, int):
            literals.append(str(value))
        else:
            text = str(value)
            if not _SAFE_LITERAL.fullmatch(text):
                raise ValueError(f"not an id, day or time: {text!r}")
            literals.append(f"'{text}'")
    return f"({', '.join(literals)})"


def feed_owner(store: ReadStore, secret: str) -> tuple[str, str] | None:
    """The company and user whose calendar feed this secret opens; None if it opens none (never
    issued, or replaced by a newer one)."""
    rows = store.query(
        "SELECT company_id, user_id FROM agenda_calendar_feeds WHERE digest = ?",
        (token_digest(secret),),
    )
    return (rows[0]["company_id"], rows[0]["user_id"]) if rows else None
