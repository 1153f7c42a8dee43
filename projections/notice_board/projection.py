"""Notice boards: the alerts each user receives, and which of them he has read.

A new incident not closed at once alerts every manager the company has at that moment; an
assignment alerts the technician. The projection keeps its own list of managers and of incident
numbers, so that a rebuild of it alone gives the same alerts.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from cronica.domain.inbox import Inbox, inbox_id_for
from cronica.domain.incident import Incident
from cronica.domain.roles import Capability, can
from cronica.domain.user import User
from cronica.projections.notice_board.rows import (
    ALERT_COLUMNS,
    ALERT_DDL,
    INCIDENT_ASSIGNED,
    INCIDENT_OPENED,
    alert_id_for,
)
from cronica.projections.projection import Projection
from cronica.projections.rows import id_text, utc_text
from cronica.projections.store import Cursor
from cronica.projections.transaction_memo import TransactionMemo


class NoticeBoardProjection(Projection):
    """Rows of `alerts`, plus the managers and incident numbers needed to write them."""

    name = "notice_board"
    tables = ("alerts", "notice_board_managers", "notice_board_incidents")
    ddl = ALERT_DDL

    def __init__(self) -> None:
        # Each company's managers as read in this transaction, and those added since.
        self._managers: TransactionMemo[str, list[str]] = TransactionMemo()
        # The number and subject of the incidents whose row was written in this transaction
        # (never changed after), and the recipient of each alert written about them.
        self._incidents: TransactionMemo[str, tuple[str, str]] = TransactionMemo()
        self._recipients: TransactionMemo[str, str] = TransactionMemo()

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        if isinstance(event, User.Created) and can(event.role, Capability.TRIAGE):
            # Read before the insert, while few writes are held (a read waits for them all):
            # read at a rebuild's first incident instead, it waited 0.04 s for the held COPYs.
            managers = self._managers_of(cursor, id_text(event.company_id))
            cursor.execute(
                "INSERT INTO notice_board_managers (user_id, company_id) VALUES (?, ?)",
                (id_text(event.originator_id), id_text(event.company_id)),
            )
            managers.append(id_text(event.originator_id))
        elif isinstance(event, Incident.Created):
            self._incident_opened(cursor, event)
        elif isinstance(event, Incident.Assigned):
            self._alert(
                cursor, event, [str(event.technician_id)], INCIDENT_ASSIGNED, "Assigned to you: "
            )
        elif isinstance(event, Inbox.AlertRead):
            self._alert_read(cursor, event)

    def _incident_opened(self, cursor: Cursor, event: Incident.Created) -> None:
        cursor.execute(
            "INSERT INTO notice_board_incidents (id, number, subject) VALUES (?, ?, ?)",
            (id_text(event.originator_id), event.number, event.subject),
        )
        self._incidents.of(cursor)[id_text(event.originator_id)] = (event.number, event.subject)
        if event.closed_at_once:
            return
        managers = self._managers_of(cursor, id_text(event.company_id))
        self._alert(cursor, event, managers, INCIDENT_OPENED, "New incident: ")

    def _managers_of(self, cursor: Cursor, company_id: str) -> list[str]:
        """The company's managers (the list this transaction keeps up to date)."""
        known = self._managers.of(cursor)
        managers = known.get(company_id)
        if managers is None:
            cursor.execute(
                "SELECT user_id FROM notice_board_managers WHERE company_id = ? ORDER BY user_id",
                (company_id,),
            )
            managers = known[company_id] = [row["user_id"] for row in cursor.fetchall()]
        return managers

    def _alert_read(self, cursor: Cursor, event: Inbox.AlertRead) -> None:
        recipient = self._recipients.of(cursor).get(str(event.alert_id))
        if recipient is None:
            cursor.execute("SELECT user_id FROM alerts WHERE id = ?", (str(event.alert_id),))
            alert = cursor.fetchone()
            recipient = None if alert is None else alert["user_id"]
        # Only the recipient's own inbox can mark an alert read; other ids are ignored.
        if recipient is not None and inbox_id_for(UUID(recipient)) == event.originator_id:
            cursor.execute(
                "UPDATE alerts SET read_at = ? WHERE id = ? AND read_at IS NULL",
                (utc_text(event.timestamp), str(event.alert_id)),
            )

    def _alert(
        self, cursor: Cursor, event: Any, recipients: list[str], kind: str, title_prefix: str
    ) -> None:
        """Puts an alert about the event's incident on each recipient's board; the incident's
        number and subject come from this projection's own row of it: from the memo when it
        was written in this transaction (rows of one INSERT, which a rebuild sends by COPY),
        else read by the INSERT."""
        if not recipients:
            return
        incident_id, company_id, at = (
            id_text(event.originator_id),
            id_text(event.company_id),
            utc_text(event.timestamp),
        )
        alerts = [
            (alert_id_for(incident_id, event.originator_version, recipient), recipient)
            for recipient in recipients
        ]
        incident = self._incidents.of(cursor).get(incident_id)
        if incident is None:
            cursor.executemany(
                f"INSERT INTO alerts ({', '.join(ALERT_COLUMNS)})"
                " SELECT ?, ?, ?, ?, id, number, ? || subject, ?, NULL"
                " FROM notice_board_incidents WHERE id = ?",
                [
                    (alert_id, company_id, recipient, kind, title_prefix, at, incident_id)
                    for alert_id, recipient in alerts
                ],
            )
            return
        number, subject = incident
        cursor.executemany(
            f"INSERT INTO alerts ({', '.join(ALERT_COLUMNS)})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)",
            [
                (
                    alert_id,
                    company_id,
                    recipient,
                    kind,
                    incident_id,
                    number,
                    title_prefix + subject,
                    at,
                )
                for alert_id, recipient in alerts
            ],
        )
        self._recipients.of(cursor).update(alerts)
