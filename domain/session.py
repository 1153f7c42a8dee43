"""A person's session of the web app, started by signing in with e-mail and password.

The browser holds the session's secret in an HttpOnly cookie; like an API token's, only its
digest is stored, and the record's id derives from it, so a request's session is found by a load.
The secret starts with `session.` (a character no API token has), so one credential string says
which kind it is. A session ends at sign-out, after `idle_seconds` without use, or at
`expires_at` whatever its use; the CSRF token of the double-submit check is kept as a digest too.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta
from typing import ClassVar
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate, people_named
from cronica.domain.record_rules import RecordRule

SESSION_PREFIX = "session."
SESSION_COOKIE = "cronica_session"
CSRF_COOKIE = "cronica_csrf"
CSRF_HEADER = "X-CSRF-Token"


def secret_digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_session_secret() -> str:
    return SESSION_PREFIX + secrets.token_urlsafe(32)


def is_session_secret(credential: str) -> bool:
    return credential.startswith(SESSION_PREFIX)


def session_id_for(secret: str) -> UUID:
    return Session.create_id(secret_digest(secret))


def presented_credential(authorization: str | None, session_cookie: str | None) -> str | None:
    """The credential a request presents: its bearer token, else its session cookie's secret.
    The command side and the read side both ask this, then authenticate what it answers."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    if session_cookie and is_session_secret(session_cookie):
        return session_cookie
    return None


class Session(CronicaAggregate):
    """A signed-in person's session: live until ended, idle too long, or past its lifetime."""

    company_wide = True
    access_rule: ClassVar[RecordRule] = RecordRule.PRIVATE

    class Started(CronicaAggregate.Created):
        user_id: UUID
        digest: str
        csrf_digest: str
        idle_seconds: int
        expires_at: datetime

    class Touched(CronicaAggregate.Event):
        """The session was used (recorded at most once per tenth of its idle lifetime)."""

    class Ended(CronicaAggregate.Event):
        pass

    @staticmethod
    def create_id(digest: str) -> UUID:
        return uuid5(NAMESPACE_URL, f"cronica:session:{digest}")

    @property
    def people(self) -> frozenset[UUID]:
        """Its user."""
        return people_named(self.user_id)

    @event(Started)
    def __init__(
        self,
        company_id: UUID,
        user_id: UUID,
        digest: str,
        csrf_digest: str,
        idle_seconds: int,
        expires_at: datetime,
    ) -> None:
        self.company_id = company_id
        self.user_id = user_id
        self.digest = digest
        self.csrf_digest = csrf_digest
        self.idle_seconds = idle_seconds
        self.expires_at = expires_at
        self.ended = False

    @event(Touched)
    def touch(self) -> None:
        pass

    def end(self) -> None:
        if not self.ended:
            self._ended()

    @event(Ended)
    def _ended(self) -> None:
        self.ended = True

    def is_live(self, now: datetime) -> bool:
        idle_until = self.modified_on + timedelta(seconds=self.idle_seconds)
        return not self.ended and now < self.expires_at and now < idle_until

    def touch_due(self, now: datetime) -> bool:
        """Whether a use at `now` should be recorded to keep the session from going idle."""
        return now - self.modified_on > timedelta(seconds=self.idle_seconds / 10)

    def csrf_matches(self, csrf_token: str) -> bool:
        return hmac.compare_digest(self.csrf_digest, secret_digest(csrf_token))
