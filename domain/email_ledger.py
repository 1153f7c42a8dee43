"""How much e-mail each user has sent of late, to keep it within the company's allowance.

A user's ledger records every attempt he queued (a new e-mail or a retry) with the number of
outside addresses it goes to. It is saved in the same transaction as the e-mail: two commands of
one user racing in any processes collide on the ledger's version and one of them decides again
with the other's charge counted, so the count is exact without anything held in memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import ClassVar, TypedDict
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate
from cronica.domain.errors import TooManyRecipientsError
from cronica.domain.moments import require_aware
from cronica.domain.record_rules import RecordRule

SENDING_WINDOW = timedelta(hours=1)
"""The rolling period the allowance counts outside addresses over."""


@dataclass(frozen=True)
class SendingAllowance:
    """How many outside addresses one user may send to: in one e-mail, and per rolling hour."""

    per_email: int
    per_window: int

    def __post_init__(self) -> None:
        if not 0 < self.per_email <= self.per_window:
            raise ValueError("an allowance lets at least one address per e-mail, within its hour's")


class Attempt(TypedDict):
    """One attempt counted (a dict rather than a tuple: snapshots keep it as it was)."""

    at: datetime
    recipients: int


def recipients_of(addresses: Sequence[str]) -> int:
    """The distinct outside addresses an e-mail goes to (To and Cc; case does not matter)."""
    return len({address.lower() for address in addresses})


def ledger_id_for(company_id: UUID, user_id: UUID) -> UUID:
    return uuid5(NAMESPACE_URL, f"cronica:email-ledger:{company_id}:{user_id}")


class SendingLedger(CronicaAggregate):
    """The e-mail attempts one user queued within the last `SENDING_WINDOW` (older ones are
    forgotten as new ones come)."""

    company_wide = True
    access_rule: ClassVar[RecordRule] = RecordRule.PRIVATE

    class Opened(CronicaAggregate.Created):
        user_id: UUID

    class Charged(CronicaAggregate.Event):
        email_id: UUID
        recipients: int
        at: datetime

    @staticmethod
    def create_id(company_id: UUID, user_id: UUID) -> UUID:
        return ledger_id_for(company_id, user_id)

    @event(Opened)
    def __init__(self, company_id: UUID, user_id: UUID) -> None:
        self.company_id = company_id
        self.user_id = user_id
        self.recent: list[Attempt] = []
        """The attempts within the window of the last one, oldest first."""

    @property
    def people(self) -> frozenset[UUID]:
        return frozenset({self.user_id})

    def wait_before(self, recipients: int, now: datetime, allowance: SendingAllowance) -> timedelta:
        """How long until an attempt to `recipients` addresses fits the allowance (zero: now)."""
        if recipients > allowance.per_email:
            raise TooManyRecipientsError(
                f"an e-mail may go to {allowance.per_email} addresses at most, not {recipients}"
            )
        counted = [attempt for attempt in self.recent if attempt["at"] > now - SENDING_WINDOW]
        used = sum(attempt["recipients"] for attempt in counted)
        wait = timedelta(0)
        # The oldest attempts leave the window first: wait until enough of them have left (all
        # of them at worst, as one e-mail never exceeds the hour's allowance).
        for attempt in counted:
            if used + recipients <= allowance.per_window:
                break
            used -= attempt["recipients"]
            wait = attempt["at"] + SENDING_WINDOW - now
        return wait

    def charge(self, email_id: UUID, recipients: int, at: datetime) -> None:
        """Records an attempt the caller found to fit (`wait_before` answered zero)."""
        require_aware(at, "the time of queuing")
        self._charged(email_id=email_id, recipients=recipients, at=at)

    @event(Charged)
    def _charged(self, email_id: UUID, recipients: int, at: datetime) -> None:
        self.recent = [attempt for attempt in self.recent if attempt["at"] > at - SENDING_WINDOW]
        self.recent.append(Attempt(at=at, recipients=recipients))
