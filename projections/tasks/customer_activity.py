"""Each customer's latest activity, kept by the task list projection: when one of his tasks was
last planned, recorded as done, followed up or closed. "Customers without follow-up for N days"
are those whose latest activity is older than that, or who have none."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from cronica.domain.customer import Customer
from cronica.projections.listing import Listing
from cronica.projections.paging import Page
from cronica.projections.rows import id_text, unit_moved, utc_text
from cronica.projections.scope import Scope, business
from cronica.projections.store import Cursor, ReadStore

TABLE = "task_customer_activity"


@dataclass(frozen=True)
class CustomerActivityRow:
    """A customer (`id`), and the time of his latest activity; null: none yet."""

    scoped_by: ClassVar = business()

    id: str
    company_id: str
    unit_id: str
    created_at: str
    last_activity_at: str | None


CUSTOMER_ACTIVITY: Listing[CustomerActivityRow] = Listing(
    table=TABLE,
    row_type=CustomerActivityRow,
    filter_fields={"customerId": "id", "lastActivityAt": "last_activity_at"},
    # Customers without any activity first, on both databases (their NULL orders differ).
    order_fields={"lastActivityAt": "COALESCE(last_activity_at, '')", "createdAt": "created_at"},
    default_order=[("lastActivityAt", False), ("createdAt", False)],
)

DDL = (
    f"CREATE TABLE IF NOT EXISTS {TABLE} ("
    " id TEXT PRIMARY KEY, company_id TEXT NOT NULL, unit_id TEXT NOT NULL,"
    " created_at TEXT NOT NULL,"
    " last_activity_at TEXT)",
    *CUSTOMER_ACTIVITY.indexes(),
)

# Times are only ever moved forward, so events of several tasks may come in any order.
_LATER = (
    f"UPDATE {TABLE} SET last_activity_at = ? WHERE id = {{customer}}"
    " AND (last_activity_at IS NULL OR last_activity_at < ?)"
)


def add_customer(cursor: Cursor, event: Customer.Created) -> None:
    cursor.execute(
        f"INSERT INTO {TABLE} (id, company_id, unit_id, created_at, last_activity_at)"
        " VALUES (?, ?, ?, ?, NULL)",
        (
            id_text(event.originator_id),
            id_text(event.company_id),
            id_text(event.unit_id),
            utc_text(event.timestamp),
        ),
    )


def move_customer(cursor: Cursor, event: Customer.MovedToUnit) -> None:
    """The customer's row follows him to his new unit (who reads it follows)."""
    assignment, params = unit_moved(event)
    cursor.execute(
        f"UPDATE {TABLE} SET {assignment} WHERE id = ?", (*params, id_text(event.originator_id))
    )


def record(cursor: Cursor, customer_id: str, at: datetime) -> None:
    """Notes activity for the customer at `at`, unless he has a later one."""
    text = utc_text(at)
    cursor.execute(_LATER.format(customer="?"), (text, customer_id, text))


def record_for_task(cursor: Cursor, task_id: str, at: datetime) -> None:
    """Notes activity at `at` for the customer of the task (a row of `tasks`)."""
    text = utc_text(at)
    customer = "(SELECT customer_id FROM tasks WHERE id = ?)"
    cursor.execute(_LATER.format(customer=customer), (text, task_id, text))


def customers_without_follow_up(
    store: ReadStore, scope: Scope, since: datetime, offset: int, limit: int
) -> Page[CustomerActivityRow]:
    """A page of the customers the caller reads with no activity since `since` (none at all, first;
    then the longest without)."""
    return CUSTOMER_ACTIVITY.page(
        store,
        scope,
        None,
        [],
        offset,
        limit,
        where="last_activity_at IS NULL OR last_activity_at < ?",
        params=(utc_text(since),),
    )
