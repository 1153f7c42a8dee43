"""Counting failed sign-ins, so that guessing passwords is slow: one gate per e-mail address
(known to the installation or not, so a refusal reveals nothing) and one per client address.

The counts are events, so they hold across processes and restarts. Gates belong to no company
(an unknown address has none): their records are the installation's (`INSTALLATION_ID`), and
they are keyed by a digest, so neither an e-mail address nor a client address is in them.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import ClassVar, Literal
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate
from cronica.domain.record_rules import RecordRule

INSTALLATION_ID = uuid5(NAMESPACE_URL, "cronica:installation")
"""The owner of records of no company (sign-in gates)."""

WINDOW = timedelta(minutes=15)
LIMITS = {"email": 5, "address": 20}
"""Failed sign-ins allowed in a WINDOW, per e-mail address and per client address."""

GateKind = Literal["email", "address"]


def _key_digest(kind: GateKind, key: str) -> str:
    return hashlib.sha256(f"{kind}:{key}".encode()).hexdigest()


def gate_id_for(kind: GateKind, key: str) -> UUID:
    return SignInGate.create_id(_key_digest(kind, key))


class SignInGate(CronicaAggregate):
    """The failed sign-ins of one e-mail or client address within the last WINDOW."""

    company_wide = True
    access_rule: ClassVar[RecordRule] = RecordRule.COMPANY

    class Opened(CronicaAggregate.Created):
        key_digest: str
        limit: int

    class Failed(CronicaAggregate.Event):
        def apply(self, aggregate: SignInGate) -> None:
            aggregate.failures = [*aggregate.recent(self.timestamp), self.timestamp]

    class Cleared(CronicaAggregate.Event):
        """A right password: the e-mail's earlier failures no longer count."""

        def apply(self, aggregate: SignInGate) -> None:
            aggregate.failures = []

    @staticmethod
    def create_id(key_digest: str) -> UUID:
        return uuid5(NAMESPACE_URL, f"cronica:sign-in-gate:{key_digest}")

    @classmethod
    def open(cls, kind: GateKind, key: str) -> SignInGate:
        digest = _key_digest(kind, key)
        return cls(company_id=INSTALLATION_ID, key_digest=digest, limit=LIMITS[kind])

    @event(Opened)
    def __init__(self, company_id: UUID, key_digest: str, limit: int) -> None:
        self.company_id = company_id
        self.limit = limit
        self.failures: list[datetime] = []

    def recent(self, now: datetime) -> list[datetime]:
        return [moment for moment in self.failures if moment > now - WINDOW]

    def retry_after(self, now: datetime) -> int | None:
        """Seconds until another attempt is allowed, or None when one is allowed now."""
        recent = self.recent(now)
        if len(recent) < self.limit:
            return None
        return max(1, int((recent[-self.limit] + WINDOW - now).total_seconds()) + 1)

    def fail(self) -> None:
        self.trigger_event(SignInGate.Failed)

    def clear(self) -> None:
        if self.failures:
            self.trigger_event(SignInGate.Cleared)
