"""The rows of the e-mail list (`emails`): one per e-mail, with its delivery state (queued, sent,
failed), how many attempts it took and the last error; private to its sender, as e-mails are
(admins and auditors read every one)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, ClassVar

from cronica.domain.email import EmailStatus
from cronica.projections.columns import column, create_table
from cronica.projections.listing import Listing
from cronica.projections.scope import private


@dataclass(frozen=True)
class EmailRow:
    scoped_by: ClassVar = private("sender_id")

    id: str
    company_id: str
    sender_id: Annotated[str, column(filter="id")]
    recipients: str
    """The To addresses, then the Cc ones, as a JSON object {"to": [...], "cc": [...]}."""
    subject: Annotated[str, column(filter="text", order=True)]
    body: str
    related_type: Annotated[str, column(filter="text")]
    related_id: Annotated[str, column(filter="id")]
    status: Annotated[str, column(filter="enum", order=True, enum=EmailStatus)]
    attempts: int
    last_error: str | None
    refused: str
    """The addresses the server refused while it took the others, as a JSON list."""
    queued_at: Annotated[str, column(filter="time", order=True)]
    sent_at: Annotated[str | None, column(filter="time", order=True)]
    updated_at: str
    version: int


EMAILS: Listing[EmailRow] = Listing.of("emails", EmailRow, default_order=[("queuedAt", True)])

EMAILS_TABLE = create_table("emails", EmailRow)
