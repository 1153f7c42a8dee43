"""An e-mail to customers, sent from a record (an incident, a customer...) and archived on it.

Queuing it is the user's command; sending is a rule's (the e-mail sender reacting to `Queued` and
`Retried`), which records how each attempt went: sent, or failed with the server's error, after
which a user may retry. Attempts are numbered so that a rule that runs twice for one attempt
finds it settled and does nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
from typing import ClassVar
from uuid import UUID

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate, people_named
from cronica.domain.errors import IllegalTransitionError, InvalidEmailError, NoRecipientError
from cronica.domain.lifecycle import StatusGuarded
from cronica.domain.moments import require_aware
from cronica.domain.record_rules import RecordRule

FIRST_ATTEMPT = 1
ERROR_LENGTH = 1_000
"""How much of a server's error text a failure keeps."""

# One mailbox, local@domain, with nothing that would split or extend a header (the HTTP body is
# checked more thoroughly; this keeps headers sound whoever queues the e-mail).
_ADDRESS = re.compile(r"^[^@\s\"(),:;<>\[\]\\]+@[^@\s\"(),:;<>\[\]\\]+$")


class EmailStatus(StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"


def require_addresses(addresses: Sequence[str]) -> None:
    for address in addresses:
        if not _ADDRESS.match(address):
            raise InvalidEmailError(f"{address!r} is not an e-mail address")


class Email(StatusGuarded, CronicaAggregate):
    """An e-mail from a user to addresses outside the company, about one record."""

    noun = "an e-mail"

    access_rule: ClassVar[RecordRule] = RecordRule.PRIVATE

    @property
    def people(self) -> frozenset[UUID]:
        """Its sender."""
        return people_named(self.sender_id)

    class Queued(CronicaAggregate.Created):
        sender_id: UUID
        to: list[str]
        cc: list[str]
        subject: str
        body: str
        related_type: str
        related_id: UUID

    class Sent(CronicaAggregate.Event):
        attempt: int
        smtp_message_id: str
        sent_at: datetime
        refused: list[str]
        """Addresses the server refused while accepting the others."""

    class Failed(CronicaAggregate.Event):
        attempt: int
        error: str

    class Retried(CronicaAggregate.Event):
        """Queued again after a failure, as the attempt numbered here."""

        attempt: int

    @classmethod
    def queue(
        cls,
        *,
        company_id: UUID,
        sender_id: UUID,
        to: Sequence[str],
        cc: Sequence[str] = (),
        subject: str,
        body: str,
        related_type: str,
        related_id: UUID,
    ) -> Email:
        """Queues an e-mail to be sent; it needs at least one To address."""
        if not to:
            raise NoRecipientError("an e-mail needs at least one To address", field="to")
        require_addresses([*to, *cc])
        if "\r" in subject or "\n" in subject:
            raise InvalidEmailError("an e-mail's subject is one line")
        return cls(
            company_id=company_id,
            sender_id=sender_id,
            to=list(to),
            cc=list(cc),
            subject=subject,
            body=body,
            related_type=related_type,
            related_id=related_id,
        )

    @event(Queued)
    def __init__(
        self,
        company_id: UUID,
        sender_id: UUID,
        to: list[str],
        cc: list[str],
        subject: str,
        body: str,
        related_type: str,
        related_id: UUID,
    ) -> None:
        self.company_id = company_id
        self.sender_id = sender_id
        self.to = list(to)
        self.cc = list(cc)
        self.subject = subject
        self.body = body
        self.related_type = related_type
        self.related_id = related_id
        self.status = EmailStatus.QUEUED
        self.attempt = FIRST_ATTEMPT
        self.smtp_message_id: str | None = None
        self.sent_at: datetime | None = None
        self.error: str | None = None

    def awaits(self, attempt: int) -> bool:
        """True while this attempt is queued and has neither been sent nor failed."""
        return self.status is EmailStatus.QUEUED and self.attempt == attempt

    def _require_awaiting(self, attempt: int, action: str) -> None:
        self._require({EmailStatus.QUEUED}, action)
        if attempt != self.attempt:
            raise IllegalTransitionError(f"attempt {attempt} is over; this is {self.attempt}")

    def record_sent(
        self, attempt: int, smtp_message_id: str, sent_at: datetime, refused: Sequence[str] = ()
    ) -> None:
        self._require_awaiting(attempt, "record the sending of")
        require_aware(sent_at, "the time of sending")
        self._sent(
            attempt=attempt, smtp_message_id=smtp_message_id, sent_at=sent_at, refused=list(refused)
        )

    @event(Sent)
    def _sent(
        self, attempt: int, smtp_message_id: str, sent_at: datetime, refused: list[str]
    ) -> None:
        self.status = EmailStatus.SENT
        self.smtp_message_id = smtp_message_id
        self.sent_at = sent_at

    def record_failure(self, attempt: int, error: str) -> None:
        self._require_awaiting(attempt, "record the failure of")
        self._failed(attempt=attempt, error=error[:ERROR_LENGTH])

    @event(Failed)
    def _failed(self, attempt: int, error: str) -> None:
        self.status = EmailStatus.FAILED
        self.error = error

    def retry(self) -> None:
        """Queues a failed e-mail again, as its next attempt."""
        self._require({EmailStatus.FAILED}, "retry")
        self._retried(attempt=self.attempt + 1)

    @event(Retried)
    def _retried(self, attempt: int) -> None:
        self.status = EmailStatus.QUEUED
        self.attempt = attempt
        self.error = None
