"""Users of a company (people who act) and the API tokens they authenticate with.

A user's record also keeps the audit of his credentials: sign-ins, failed sign-ins, sign-outs and
commands refused to him, each stamped with the request it came from."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, ClassVar
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate, people_named
from cronica.domain.event_values import ValuesOf
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
        role: Annotated[str, ValuesOf(Role)]

    class RoleChanged(CronicaAggregate.Event):
        role: Annotated[str, ValuesOf(Role)]

    class CalendarFeedIssued(CronicaAggregate.Event):
        """A new secret for the user's calendar feed URL, replacing any earlier one. Only its
        SHA-256 digest is recorded: events are published and kept forever."""

        digest: str

    class EmailGiven(CronicaAggregate.Event):
        """The e-mail address the user signs in with (its Credential holds the password)."""

        email: str

    class ApiTokenAdded(CronicaAggregate.Event):
        """A token was issued to the user: his record lists his tokens' ids."""

        token_id: UUID

    class Disabled(CronicaAggregate.Event):
        """Every token and session of the user stops working, until he is enabled again."""

    class Enabled(CronicaAggregate.Event):
        pass

    class SignedIn(CronicaAggregate.Event):
        session_id: UUID

    class SignInFailed(CronicaAggregate.Event):
        """A wrong password (or a disabled user's right one) was given for his e-mail."""

    class SignedOut(CronicaAggregate.Event):
        session_id: UUID

    class AccessRefused(CronicaAggregate.Event):
        """A command the user's role or scope does not allow was refused (HTTP 403)."""

        what: str

        def apply(self, aggregate: User) -> None:
            aggregate.last_refused_at = self.timestamp

    @event(Created)
    def __init__(self, company_id: UUID, name: str, role: str) -> None:
        self.company_id = company_id
        self.name = name
        self.role = Role(role)
        self.calendar_feed_digest: str | None = None
        self.email: str | None = None
        self.api_token_ids: list[UUID] = []
        self.disabled = False
        self.last_refused_at: datetime | None = None

    @event(EmailGiven)
    def give_email(self, email: str) -> None:
        self.email = email

    @event(ApiTokenAdded)
    def add_api_token(self, token_id: UUID) -> None:
        self.api_token_ids.append(token_id)

    def disable(self) -> None:
        """Stops the user's every credential: tokens and sessions check this flag, and his
        calendar feed's secret is replaced by one nobody is given."""
        if not self.disabled:
            self._disabled()
            if self.calendar_feed_digest is not None:
                self.issue_calendar_feed()

    @event(Disabled)
    def _disabled(self) -> None:
        self.disabled = True

    def enable(self) -> None:
        if self.disabled:
            self._enabled()

    @event(Enabled)
    def _enabled(self) -> None:
        self.disabled = False

    def record_sign_in(self, session_id: UUID) -> None:
        self.trigger_event(User.SignedIn, session_id=session_id)

    def record_failed_sign_in(self) -> None:
        self.trigger_event(User.SignInFailed)

    def record_sign_out(self, session_id: UUID) -> None:
        self.trigger_event(User.SignedOut, session_id=session_id)

    def record_refusal(self, what: str) -> None:
        self.trigger_event(User.AccessRefused, what=what[:200])

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
    """A bearer token of a user; only its SHA-256 digest is stored. It may expire."""

    access_rule: ClassVar[RecordRule] = RecordRule.PRIVATE

    @property
    def people(self) -> frozenset[UUID]:
        """Its user."""
        return people_named(self.user_id)

    class Issued(CronicaAggregate.Created):
        class_version = 2
        user_id: UUID
        digest: str
        expires_at: datetime | None

        @staticmethod
        def upcast_v1_v2(state: dict[str, Any]) -> None:
            """Tokens issued before tokens could expire never do."""
            state["expires_at"] = None

    class Revoked(CronicaAggregate.Event):
        pass

    @staticmethod
    def create_id(digest: str) -> UUID:
        return uuid5(NAMESPACE_URL, f"cronica:api-token:{digest}")

    @event(Issued)
    def __init__(
        self, company_id: UUID, user_id: UUID, digest: str, expires_at: datetime | None = None
    ) -> None:
        self.company_id = company_id
        self.user_id = user_id
        self.digest = digest
        self.expires_at = expires_at
        self.revoked = False

    def revoke(self) -> None:
        if not self.revoked:
            self._revoked()

    @event(Revoked)
    def _revoked(self) -> None:
        self.revoked = True

    def works_at(self, now: datetime) -> bool:
        """Whether the token authenticates at `now`: not revoked, not expired."""
        return not self.revoked and (self.expires_at is None or now < self.expires_at)
