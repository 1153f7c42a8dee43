"""The e-mail list's projection: a row when an e-mail is queued, its delivery state changed by
each attempt's outcome and each retry."""

from __future__ import annotations

import json
from typing import Any

from cronica.domain.email import Email, EmailStatus
from cronica.projections.emails.rows import EMAILS, EMAILS_TABLE, EmailRow
from cronica.projections.record_list import RecordListProjection
from cronica.projections.rows import id_text, utc_text


class EmailListProjection(RecordListProjection):
    """Rows of `emails`: each e-mail as its latest event left it."""

    name = "emails"
    tables = ("emails",)
    ddl = (EMAILS_TABLE, *EMAILS.indexes())
    table = "emails"
    first_event = Email.Queued

    def row_of(self, event: Any) -> Any:
        return _queued(event)

    def change(self, event: Any) -> tuple[str, tuple[Any, ...]] | None:
        return _change(event)


def _queued(event: Email.Queued) -> EmailRow:
    at = utc_text(event.timestamp)
    return EmailRow(
        id=id_text(event.originator_id),
        company_id=id_text(event.company_id),
        sender_id=str(event.sender_id),
        recipients=json.dumps({"to": event.to, "cc": event.cc}),
        subject=event.subject,
        body=event.body,
        related_type=event.related_type,
        related_id=str(event.related_id),
        status=EmailStatus.QUEUED.value,
        attempts=0,
        last_error=None,
        refused="[]",
        queued_at=at,
        sent_at=None,
        updated_at=at,
        version=event.originator_version,
    )


def _change(event: Any) -> tuple[str, tuple[Any, ...]] | None:
    """The columns a later event of an e-mail sets (besides version and updated_at)."""
    if isinstance(event, Email.Sent):
        sent = (EmailStatus.SENT.value, event.attempt, utc_text(event.sent_at))
        return "status = ?, attempts = ?, sent_at = ?, refused = ?", (
            *sent,
            json.dumps(event.refused),
        )
    if isinstance(event, Email.Failed):
        failed = (EmailStatus.FAILED.value, event.attempt, event.error)
        return "status = ?, attempts = ?, last_error = ?", failed
    if isinstance(event, Email.Retried):
        return "status = ?", (EmailStatus.QUEUED.value,)
    return None
