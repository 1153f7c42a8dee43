"""Signing in with e-mail and password, and the sessions it starts (see domain/session.py).

Failed sign-ins are counted per e-mail address and per client address (domain/sign_in_gate.py);
past a gate's limit a sign-in is refused before the password is even checked. An unknown address,
a wrong password and a disabled user all answer the same AuthenticationError, after the same
hashing work, and a known user's failures are audited on his record.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID

from cronica.commands.application import CommandRequest, CronicaApplication
from cronica.commands.errors import AuthenticationError, CommandError, TooManyRequestsError
from cronica.domain.base import CronicaAggregate
from cronica.domain.credential import Credential, credential_id_for, normalised_email
from cronica.domain.session import Session, new_session_secret, secret_digest, session_id_for
from cronica.domain.sign_in_gate import GateKind, SignInGate, gate_id_for
from cronica.domain.user import User

WRONG_CREDENTIALS = "the e-mail address or the password is wrong"


class TooManySignInsError(TooManyRequestsError):
    """Raised when an e-mail or client address failed to sign in too often of late."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(
            f"too many failed sign-ins; try again in {retry_after} seconds", retry_after
        )


@dataclass(frozen=True)
class SessionLifetimes:
    """How long a session lives unused, and at most."""

    idle: timedelta
    absolute: timedelta


@dataclass(frozen=True)
class SignIn:
    """Who asks to sign in, from where, in which request."""

    email: str
    password: str
    address: str
    correlation_id: str


@dataclass(frozen=True)
class SignedIn:
    """A session just started: its secret and CSRF token in clear (only the browser keeps
    them), whose it is, and until when it may last."""

    secret: str
    csrf_token: str
    user_id: UUID
    name: str
    role: str
    expires_at: datetime


def _keys(attempt: SignIn) -> list[tuple[GateKind, str]]:
    return [("email", normalised_email(attempt.email)), ("address", attempt.address)]


def _gates(app: CronicaApplication, attempt: SignIn) -> list[SignInGate]:
    """The attempt's gates, opened if new (inside a command: opening one is an event)."""
    return [
        app.find(SignInGate, gate_id_for(kind, key)) or SignInGate.open(kind, key)
        for kind, key in _keys(attempt)
    ]


def _wait(app: CronicaApplication, attempt: SignIn, now: datetime) -> int | None:
    """Seconds until the attempt's gates let it through; None if they do now."""
    gates = [app.find(SignInGate, gate_id_for(kind, key)) for kind, key in _keys(attempt)]
    waits = [wait for gate in gates if gate and (wait := gate.retry_after(now))]
    return max(waits, default=None)


def sign_in(app: CronicaApplication, attempt: SignIn, lifetimes: SessionLifetimes) -> SignedIn:
    """Starts a session for the e-mail's user if the password is right; else records the
    failure and raises AuthenticationError (TooManySignInsError past a gate's limit)."""
    now = app.clock()
    wait = _wait(app, attempt, now)
    if wait is not None:
        raise TooManySignInsError(wait)
    credential = app.find(Credential, credential_id_for(attempt.email))
    right = app.passwords.verify(credential.password_hash if credential else None, attempt.password)
    user = app.find(User, credential.user_id) if credential else None
    if user is None or user.disabled or not right:
        _record_failure(app, attempt, user.id if user else None)
        raise AuthenticationError(WRONG_CREDENTIALS)
    secret, csrf_token = new_session_secret(), secrets.token_urlsafe(32)
    expires_at = now + lifetimes.absolute

    def decide() -> list[CronicaAggregate]:
        signed_in = app.find(User, user.id) or user
        session = Session(
            company_id=signed_in.company_id,
            user_id=signed_in.id,
            digest=secret_digest(secret),
            csrf_digest=secret_digest(csrf_token),
            idle_seconds=int(lifetimes.idle.total_seconds()),
            expires_at=expires_at,
        )
        signed_in.record_sign_in(session.id)
        email_gate = _gates(app, attempt)[0]
        email_gate.clear()
        return [session, signed_in, email_gate]

    request = CommandRequest(actor_id=str(user.id), correlation_id=attempt.correlation_id)
    app.write(request, decide)
    return SignedIn(secret, csrf_token, user.id, user.name, user.role.value, expires_at)


def _record_failure(app: CronicaApplication, attempt: SignIn, user_id: UUID | None) -> None:
    """Counts the failure at both gates, and audits it on the user's record if there is one."""

    def decide() -> list[CronicaAggregate]:
        records: list[CronicaAggregate] = []
        for gate in _gates(app, attempt):
            gate.fail()
            records.append(gate)
        user = app.find(User, user_id) if user_id else None
        if user is not None:
            user.record_failed_sign_in()
            records.append(user)
        return records

    actor = f"anonymous:{attempt.address}"
    app.write(CommandRequest(actor_id=actor, correlation_id=attempt.correlation_id), decide)


def live_session(app: CronicaApplication, secret: str) -> Session:
    """The session of this secret if it is live, else AuthenticationError."""
    session = app.find(Session, session_id_for(secret))
    if session is None or not session.is_live(app.clock()):
        raise AuthenticationError("the session has ended; sign in again")
    return session


def session_user(app: CronicaApplication, secret: str) -> UUID:
    """The user of a live session (whose use is recorded now and then, so that it does not
    go idle while used)."""
    session = live_session(app, secret)
    if session.touch_due(app.clock()):

        def decide() -> list[CronicaAggregate]:
            touched = live_session(app, secret)
            touched.touch()
            return [touched]

        app.write(CommandRequest(str(session.user_id), f"session:{session.id}"), decide)
    return session.user_id


def require_csrf(
    app: CronicaApplication, secret: str, header: str | None, cookie: str | None
) -> None:
    """Refuses an unsafe request authenticated by a session cookie unless it sends back the
    session's CSRF token in the header, equal to the CSRF cookie (double submit)."""
    if not header or header != cookie or not live_session(app, secret).csrf_matches(header):
        raise CsrfError("send the cronica_csrf cookie's value in the X-CSRF-Token header")


class CsrfError(CommandError):
    """Raised when a request authenticated by a session cookie lacks the CSRF token."""


def sign_out(app: CronicaApplication, secret: str, correlation_id: str) -> None:
    """Ends the session of this secret (nothing to do if it has ended already)."""
    session = app.find(Session, session_id_for(secret))
    if session is None or session.ended:
        return

    def decide() -> list[CronicaAggregate]:
        ended = app.find(Session, session.id) or session
        ended.end()
        user = app.find(User, session.user_id)
        if user is None:
            return [ended]
        user.record_sign_out(session.id)
        return [ended, user]

    app.write(CommandRequest(str(session.user_id), correlation_id), decide)
