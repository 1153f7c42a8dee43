"""Reading notice boards: a user's alerts, and what he is warned of when he opens the
application (his unread alerts, his open notices and the unread messages in his inbox, counted
in one query over three read models)."""

from __future__ import annotations

from dataclasses import dataclass

from cronica.domain.notice_values import NoticeStatus
from cronica.projections.notice_board.rows import ALERT_COLUMNS, AlertRow
from cronica.projections.scope import Scope
from cronica.projections.store import ReadStore


@dataclass(frozen=True)
class BoardCounts:
    alerts: int
    notices: int
    messages: int

    @property
    def total(self) -> int:
        return self.alerts + self.notices + self.messages


_COUNTS = (
    "SELECT"
    " (SELECT COUNT(*) FROM alerts WHERE {alerts} AND read_at IS NULL) AS alerts,"
    " (SELECT COUNT(*) FROM notices"
    "  WHERE company_id = ? AND recipient_id = ? AND status = ?) AS notices,"
    " (SELECT COUNT(*) FROM message_recipients WHERE company_id = ? AND user_id = ?"
    "  AND read_at IS NULL AND archived_at IS NULL) AS messages"
)


def board_counts(store: ReadStore, scope: Scope) -> BoardCounts:
    """The caller's counts, all read from one snapshot (an archived message no longer counts):
    his own alerts and messages, and the open notices addressed to him."""
    alerts, alert_params = scope.of(AlertRow)
    company_id, user_id = scope.company_id, scope.user_id
    [row] = store.query(
        _COUNTS.format(alerts=alerts),
        (*alert_params, company_id, user_id, NoticeStatus.OPEN.value, company_id, user_id),
    )
    return BoardCounts(
        alerts=int(row["alerts"]), notices=int(row["notices"]), messages=int(row["messages"])
    )


def alerts_for(
    store: ReadStore, scope: Scope, *, unread_only: bool = False, limit: int = 100
) -> list[AlertRow]:
    """The caller's alerts, newest first."""
    unread = " AND read_at IS NULL" if unread_only else ""
    alerts, params = scope.of(AlertRow)
    rows = store.query(
        f"SELECT {', '.join(ALERT_COLUMNS)} FROM alerts"
        f" WHERE {alerts} AND user_id = ?{unread}"
        " ORDER BY created_at DESC, id DESC LIMIT ?",
        (*params, scope.user_id, limit),
    )
    return [AlertRow(**row) for row in rows]


def unread_count(store: ReadStore, scope: Scope) -> int:
    """How many of the caller's alerts are unread."""
    alerts, params = scope.of(AlertRow)
    rows = store.query(
        f"SELECT COUNT(*) AS unread FROM alerts WHERE {alerts} AND user_id = ? AND read_at IS NULL",
        (*params, scope.user_id),
    )
    return int(rows[0]["unread"])
