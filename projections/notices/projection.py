"""The notice list: one row per notice (aviso), as its latest event left it (see `rows`)."""

from __future__ import annotations

from dataclasses import astuple
from typing import Any

from cronica.domain.notice import Notice
from cronica.domain.notice_values import NoticeStatus
from cronica.projections.notices.rows import NOTICE_COLUMNS, NOTICES, NOTICES_TABLE, NoticeRow
from cronica.projections.projection import Projection
from cronica.projections.rows import id_text, unit_moved, update_stamped, utc_text
from cronica.projections.store import Cursor

_COLUMNS = NOTICE_COLUMNS

_DDL = (
    NOTICES_TABLE,
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
        id=id_text(event.originator_id),
        company_id=id_text(event.company_id),
        unit_id=id_text(event.unit_id),
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
    if isinstance(event, Notice.MovedToUnit):
        return unit_moved(event)
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
