"""Administrators disable and enable users and change their roles without ever leaving the
company with no enabled administrator; people set their passwords, directly or by accepting an
invitation."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from uuid import UUID

from cronica.commands.application import CommandRequest, CronicaApplication
from cronica.commands.call import CommandCall, require_capability
from cronica.commands.errors import RecordNotFoundError
from cronica.commands.identity import admin_roster, cli_request
from cronica.commands.models.credentials import AcceptInvitation, SetPassword
from cronica.commands.results import Written
from cronica.domain.admin_roster import AdminRoster
from cronica.domain.base import CronicaAggregate
from cronica.domain.credential import Credential, credential_id_for
from cronica.domain.credential_errors import (
    InvalidInvitationError,
    NoEmailError,
    WrongPasswordError,
)
from cronica.domain.roles import Capability
from cronica.domain.session import secret_digest
from cronica.domain.user import Role, User

INVITATION_LIFETIME = timedelta(days=7)


def _roster(call: CommandCall) -> AdminRoster:
    """The company's roster, with the calling administrator on it (administrators made before
    the roster existed join it as they act)."""
    roster = admin_roster(call.app, call.who.company_id)
    roster.join(call.who.user_id)
    return roster


def _change_user(call: CommandCall, user_id: UUID, change: Callable[[User], None]) -> Written:
    """Disables, enables or gives a role to a user of the company (as `change` does), keeping
    the roster of enabled administrators up to date in the same save."""
    require_capability(call.who, Capability.ADMINISTER)

    def decide() -> list[CronicaAggregate]:
        user = call.load(User, user_id)
        roster = _roster(call)
        change(user)
        if user.role == Role.ADMIN and not user.disabled:
            roster.join(user.id)
        else:
            roster.leave(user.id)
        return [user, roster]

    return call.write(decide)


def disable_user(call: CommandCall, user_id: UUID) -> Written:
    """Every token and session of the user stops working at once."""
    return _change_user(call, user_id, User.disable)


def enable_user(call: CommandCall, user_id: UUID) -> Written:
    return _change_user(call, user_id, User.enable)


def change_role(call: CommandCall, user_id: UUID, role: str) -> Written:
    return _change_user(call, user_id, lambda user: user.change_role(role))


def set_password(call: CommandCall, user_id: UUID, command: SetPassword) -> Written:
    """A user sets his own password (giving the current one, if he has one); an administrator
    sets any user's of the company."""
    own = user_id == call.who.user_id
    if not own:
        require_capability(call.who, Capability.ADMINISTER)
    password_hash = call.app.passwords.hash(command.password)

    def decide() -> list[CronicaAggregate]:
        credential = _credential_of(call, user_id)
        current = command.current_password or ""
        if (
            own
            and credential.password_hash
            and not call.app.passwords.verify(credential.password_hash, current)
        ):
            raise WrongPasswordError("the current password is wrong")
        credential.set_password_hash(password_hash)
        return [credential]

    return call.write(decide)


def _credential_of(call: CommandCall, user_id: UUID) -> Credential:
    # Not `call.load`: users are the admins' to change, but a user's password is his own too
    # (`set_password` has refused anyone else who is not an admin).
    user = call.app.load(User, user_id, call.who.company_id)
    if user.email is None:
        raise NoEmailError(f"user {user_id} has no e-mail address to sign in with")
    credential = call.app.find(Credential, credential_id_for(user.email))
    if credential is None:  # pragma: no cover (made with the e-mail, in the same save)
        raise RecordNotFoundError(f"no credential for user {user_id}")
    return credential


def _change_credential(
    app: CronicaApplication, email: str, change: Callable[[Credential], None]
) -> None:
    """Changes the credential of an e-mail address (the command line's way)."""

    def decide() -> list[CronicaAggregate]:
        credential = app.find(Credential, credential_id_for(email))
        if credential is None:
            raise RecordNotFoundError(f"nobody signs in as {email}")
        change(credential)
        return [credential]

    app.write(cli_request(), decide)


def invite_user(app: CronicaApplication, email: str) -> str:
    """Invites the user of the address to set a password: the invitation's token in clear (the
    credential's id and a secret; only the secret's digest is kept). A new one replaces any."""
    secret = secrets.token_urlsafe(32)
    expires_at = datetime.now(UTC) + INVITATION_LIFETIME
    digest = secret_digest(secret)
    _change_credential(app, email, lambda credential: credential.invite(digest, expires_at))
    return f"{credential_id_for(email)}.{secret}"


def set_first_password(app: CronicaApplication, email: str, password: str) -> None:
    """Sets the password of the address's user (the command line's way)."""
    password_hash = app.passwords.hash(password)
    _change_credential(app, email, lambda credential: credential.set_password_hash(password_hash))


def accept_invitation(
    app: CronicaApplication, command: AcceptInvitation, correlation_id: str
) -> Written:
    """Sets the password the invitation asks for; the invitation then stops working."""
    password_hash = app.passwords.hash(command.password)
    credential_id, _, secret = command.token.partition(".")
    try:
        invited = app.find(Credential, UUID(credential_id))
    except ValueError:
        invited = None
    if invited is None:
        raise InvalidInvitationError("this invitation is unknown, used or expired")

    def decide() -> list[CronicaAggregate]:
        credential = app.find(Credential, invited.id) or invited
        credential.check_invitation(secret_digest(secret), datetime.now(UTC))
        credential.set_password_hash(password_hash)
        return [credential]

    return app.write(CommandRequest(str(invited.user_id), correlation_id), decide)
