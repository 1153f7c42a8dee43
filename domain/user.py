"""Users of a company (people who act) and the API tokens they authenticate with."""

from __future__ import annotations

import hashlib
import secrets
from enum import StrEnum
from typing import ClassVar
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate, people_named
from cronica.domain.record_rules import RecordRule


class Role(StrEnum):
    """A user's role; what each may do is declared in `cronica.domain.roles`."""

    ADMIN = "admin"
    MANAGER = "manager"
    AGENT = "agent"
    TECHNICIAN = "technician"
    OFFICE = "office"
    AUDITOR = "auditor"


class User(CronicaAggregate):
    """A person of a company with one role; managers receive the post-sale alerts."""

    access_rule: ClassVar[RecordRule] = RecordRule.COMPANY

    class Created(CronicaAggregate.Created):
        name: str
        role: str

    class RoleChanged(CronicaAggregate.Event):
        role: str

    class CalendarFeedIssued(CronicaAggregate.Event):
        """A new secret for the user's calendar feed URL, replacing any earlier one. Only its
        SHA-256 digest is recorded: events are published and kept forever."""

        digest: str

    @event(Created)
    def __init__(self, company_id: UUID, name: str, role: str) -> None:
        self.company_id = company_id
        self.name = name
        self.role = Role(role)
        self.calendar_feed_digest: str | None = None

    def change_role(self, role: str) -> None:
        if Role(role) != self.role:
            self._role_changed(role=Role(role).value)

    @event(RoleChanged)
    def _role_changed(self, role: str) -> None:
        self.role = Role(role)

    def issue_calendar_feed(self) -> str:
        """A new secret for the user's calendar feed (the old one stops working); the only
        time it is seen in clear."""
        secret = secrets.token_urlsafe(32)
        self._calendar_feed_issued(digest=token_digest(secret))
        return secret

    @event(CalendarFeedIssued)
    def _calendar_feed_issued(self, digest: str) -> None:
        self.calendar_feed_digest = digest


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def api_token_id_for(token: str) -> UUID:
    """The token's record id, derived from its digest: a lookup by token is a load by id."""
    return uuid5(NAMESPACE_URL, f"cronica:api-token:{token_digest(token)}")


class ApiToken(CronicaAggregate):
    """A bearer token of a user; only its SHA-256 digest is stored."""

    access_rule: ClassVar[RecordRule] = RecordRule.PRIVATE

    @property
    def people(self) -> frozenset[UUID]:
        """Its user."""
        return people_named(self.user_id)

    class Issued(CronicaAggregate.Created):
        user_id: UUID
        digest: str

    class Revoked(CronicaAggregate.Event):
        pass

    @staticmethod
    def create_id(digest: str) -> UUID:
        return uuid5(NAMESPACE_URL, f"cronica:api-token:{digest}")

    @event(Issued)
    def __init__(self, company_id: UUID, user_id: UUID, digest: str) -> None:
        self.company_id = company_id
        self.user_id = user_id
        self.digest = digest
        self.revoked = False

    @event(Revoked)
    def revoke(self) -> None:
        self.revoked = True
