"""The password a person signs in with, one record per e-mail address of the installation.

Its id comes from the normalised address, so an address can belong to one user only (a second
one fails on save, like a second company with a taken slug), and a sign-in finds it by a load.
Only a hash of the password is kept (made by the command side's hasher), and an invitation to set
one is kept as a digest: both are secret fields (`cronica.domain.secret_fields`).
"""

from __future__ import annotations

import hmac
from datetime import datetime
from typing import ClassVar
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate, people_named
from cronica.domain.credential_errors import InvalidInvitationError, WeakPasswordError
from cronica.domain.record_rules import RecordRule

SHORTEST_PASSWORD = 10
LONGEST_PASSWORD = 256


def normalised_email(email: str) -> str:
    """The address as it identifies a person: trimmed, case folded."""
    return email.strip().casefold()


def credential_id_for(email: str) -> UUID:
    return uuid5(NAMESPACE_URL, f"cronica:credential:{normalised_email(email)}")


def check_password_policy(password: str) -> None:
    """Refuses a password too short to resist guessing, or too long to hash cheaply."""
    if not SHORTEST_PASSWORD <= len(password) <= LONGEST_PASSWORD:
        raise WeakPasswordError(
            f"a password has {SHORTEST_PASSWORD} to {LONGEST_PASSWORD} characters"
        )


class Credential(CronicaAggregate):
    """A user's e-mail address, the hash of his password (None until he sets one) and the
    digest of a pending invitation to set it."""

    company_wide = True
    access_rule: ClassVar[RecordRule] = RecordRule.PRIVATE

    class Created(CronicaAggregate.Created):
        user_id: UUID
        email: str

    class PasswordSet(CronicaAggregate.Event):
        password_hash: str

    class InvitationIssued(CronicaAggregate.Event):
        invitation_digest: str
        expires_at: datetime

    @staticmethod
    def create_id(email: str) -> UUID:
        return credential_id_for(email)

    @property
    def people(self) -> frozenset[UUID]:
        """Its user."""
        return people_named(self.user_id)

    @event(Created)
    def __init__(self, company_id: UUID, user_id: UUID, email: str) -> None:
        self.company_id = company_id
        self.user_id = user_id
        self.email = normalised_email(email)
        self.password_hash: str | None = None
        self.invitation_digest: str | None = None
        self.invitation_expires_at: datetime | None = None

    @event(PasswordSet)
    def set_password_hash(self, password_hash: str) -> None:
        self.password_hash = password_hash
        self.invitation_digest = None  # a password set ends any invitation to set one

    @event(InvitationIssued)
    def invite(self, invitation_digest: str, expires_at: datetime) -> None:
        self.invitation_digest = invitation_digest
        self.invitation_expires_at = expires_at

    def check_invitation(self, digest: str, now: datetime) -> None:
        """Refuses an invitation that is not this record's pending, unexpired one."""
        expires_at = self.invitation_expires_at
        pending = self.invitation_digest or ""
        if not hmac.compare_digest(pending, digest) or expires_at is None or now >= expires_at:
            raise InvalidInvitationError("this invitation is unknown, used or expired")
