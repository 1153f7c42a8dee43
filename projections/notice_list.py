"""The notice list: one row per notice (aviso), as its latest event left it.

Unresolved notices stand out (DOMAIN.md): the list flags them through the `standsOut` filter
and order field, which is true exactly while a notice is open, whatever its importance.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass, fields
from typing import Any

from cronica.domain.notice import Notice
from cronica.domain.notice_values import NoticeStatus
from cronica.projections.filtering import AllOf, Condition
from cronica.projections.listing import Listing
from cronica.projections.paging import Page
from cronica.projections.projection import Projection
from cronica.projections.rows import update_stamped, utc_text
from cronica.projections.store import Cursor, ReadStore


@dataclass(frozen=True)
class NoticeRow:
    id: str
    company_id: str
    number: str
    recipient_id: str
    taken_by: str
    caller_kind: str
    customer_id: str | None
    caller_name: str | None
    caller_phone: str | None
    code: str
    text: str
    importance: int
    status: str
    forward_count: int
    action_count: int
    resolver_id: str | None
    department: str | None
    work_centre: str | None
    resolution_code: str | None
    solution: str | None
    taken_at: str
    resolved_at: str | None
    updated_at: str
    version: int

    @property
    def stands_out(self) -> bool:
        return self.status == NoticeStatus.OPEN.value


_COLUMNS = [f.name for f in fields(NoticeRow)]

# A boolean SQL expression: compared with a boolean parameter on PostgreSQL, 0/1 on SQLite.
_STANDS_OUT = f"(status = '{NoticeStatus.OPEN.value}')"

NOTICE_FILTER_FIELDS: dict[str, str] = {
    "status": "status",
    "standsOut": _STANDS_OUT,
    "recipientId": "recipient_id",
    "customerId": "customer_id",
    "callerKind": "caller_kind",
    "code": "code",
    "importance": "importance",
    "resolverId": "resolver_id",
    "resolutionCode": "resolution_code",
    "takenAt": "taken_at",
    "resolvedAt": "resolved_at",
    "number": "number",
    "text": "text",
}

NOTICE_ORDER_FIELDS: dict[str, str] = {
    "takenAt": "taken_at",
    "resolvedAt": "resolved_at",
    "updatedAt": "updated_at",
    "number": "number",
    "importance": "importance",
    "standsOut": _STANDS_OUT,
}

NOTICES: Listing[NoticeRow] = Listing(
    table="notices",
    row_type=NoticeRow,
    filter_fields=NOTICE_FILTER_FIELDS,
    order_fields=NOTICE_ORDER_FIELDS,
    default_order=[("takenAt", True)],
)

_DDL = (
    "CREATE TABLE IF NOT EXISTS notices ("
    " id TEXT PRIMARY KEY, company_id TEXT NOT NULL, number TEXT NOT NULL,"
    " recipient_id TEXT NOT NULL, taken_by TEXT NOT NULL, caller_kind TEXT NOT NULL,"
    " customer_id TEXT, caller_name TEXT, caller_phone TEXT, code TEXT NOT NULL,"
    " text TEXT NOT NULL, importance INTEGER NOT NULL, status TEXT NOT NULL,"
    " forward_count INTEGER NOT NULL, action_count INTEGER NOT NULL, resolver_id TEXT,"
    " department TEXT, work_centre TEXT, resolution_code TEXT, solution TEXT,"
    " taken_at TEXT NOT NULL, resolved_at TEXT, updated_at TEXT NOT NULL,"
    " version INTEGER NOT NULL)",
    # A user's board asks for his open notices, the most important first.
    "CREATE INDEX IF NOT EXISTS notices_board ON notices"
    " (company_id, recipient_id, status, importance)",
    *NOTICES.indexes(),
)


class NoticeListProjection(Projection):
    """Rows of `notices`."""

    name = "notices"
    tables = ("notices",)
    ddl = _DDL

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        if isinstance(event, Notice.Logged):
            cursor.execute(
                f"INSERT INTO notices ({', '.join(_COLUMNS)})"
                f" VALUES ({', '.join('?' * len(_COLUMNS))})",
                astuple(_logged(event)),
            )
        elif (change := _change(event)) is not None:
            update_stamped(cursor, "notices", event, *change)


def _logged(event: Notice.Logged) -> NoticeRow:
    customer_id = event.caller_customer_id
    return NoticeRow(
        id=str(event.originator_id),
        company_id=str(event.company_id),
        number=event.number,
        recipient_id=str(event.recipient_id),
        taken_by=event.taken_by,
        caller_kind=event.caller_kind,
        customer_id=str(customer_id) if customer_id else None,
        caller_name=event.caller_name,
        caller_phone=event.caller_phone,
        code=event.code,
        text=event.text,
        importance=event.importance,
        status=NoticeStatus.OPEN.value,
        forward_count=0,
        action_count=0,
        resolver_id=None,
        department=None,
        work_centre=None,
        resolution_code=None,
        solution=None,
        taken_at=utc_text(event.taken_at),
        resolved_at=None,
        updated_at=utc_text(event.timestamp),
        version=event.originator_version,
    )


_RESOLUTION = "resolver_id = ?, department = ?, work_centre = ?, resolution_code = ?, solution = ?"


def _change(event: Any) -> tuple[str, tuple[Any, ...]] | None:
    """The columns a notice's later event sets (besides version and updated_at)."""
    if isinstance(event, Notice.Forwarded):
        return "recipient_id = ?, forward_count = forward_count + 1", (str(event.recipient_id),)
    if isinstance(event, Notice.ActionNoted):
        return "action_count = action_count + 1", ()
    if isinstance(event, Notice.Resolved):
        resolution = (
            str(event.resolver_id),
            event.department,
            event.work_centre,
            event.resolution_code,
            event.solution,
        )
        resolved = (NoticeStatus.RESOLVED.value, utc_text(event.resolved_at), *resolution)
        return f"status = ?, resolved_at = ?, {_RESOLUTION}", resolved
    if isinstance(event, Notice.Reopened):
        cleared = (NoticeStatus.OPEN.value, None, None, None, None, None, None)
        return f"status = ?, resolved_at = ?, {_RESOLUTION}", cleared
    return None


def open_notices_for(
    store: ReadStore, company_id: str, user_id: str, limit: int
) -> Page[NoticeRow]:
    """The unresolved notices addressed to the user: the most important first, and of those the
    one waiting longest."""
    addressed = AllOf([Condition("recipientId", "eq", user_id), Condition("standsOut", "eq", True)])
    order = [("importance", True), ("takenAt", False)]
    return NOTICES.page(store, company_id, addressed, order, 0, limit)
