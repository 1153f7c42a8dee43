"""Companies, users and their API tokens: adding them, and authenticating the credential a
request presents (an API token or a session's secret) - the one decision both the command side
and the read side take."""

from __future__ import annotations

import contextlib
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from cronica.commands.application import CommandRequest, CronicaApplication
from cronica.commands.catalogues import default_catalogues
from cronica.commands.errors import AuthenticationError, DuplicateRecordError, RecordNotFoundError
from cronica.commands.results import Principal, Written
from cronica.commands.scope import first_reads
from cronica.commands.sessions import session_user
from cronica.domain.admin_roster import AdminRoster, admin_roster_id_for
from cronica.domain.base import CronicaAggregate
from cronica.domain.business_unit import BusinessUnit
from cronica.domain.company import Company, company_id_for
from cronica.domain.credential import Credential, credential_id_for
from cronica.domain.credential_errors import EmailTakenError
from cronica.domain.session import is_session_secret
from cronica.domain.user import ApiToken, Role, User, api_token_id_for, token_digest

SYSTEM_ACTOR = "system:cli"


@dataclass(frozen=True)
class NewUser:
    """A user just added, with the only copy of their API token in clear."""

    user_id: UUID
    token: str
    position: int


def cli_request() -> CommandRequest:
    return CommandRequest(actor_id=SYSTEM_ACTOR, correlation_id=f"cli:{uuid.uuid4()}")


def find_company(app: CronicaApplication, slug: str) -> Company | None:
    return app.find(Company, company_id_for(slug))


def add_company(app: CronicaApplication, slug: str, name: str) -> Written:
    def decide() -> list[CronicaAggregate]:
        # Checked in the decision: after losing a race to found the same slug, the retry sees
        # the winner's company.
        if find_company(app, slug) is not None:
            raise DuplicateRecordError(f"company {slug!r} already exists")
        company = Company.found(slug=slug, name=name)
        root = BusinessUnit.found_root(company.id, name)
        return [company, root, *default_catalogues(company.id)]

    return app.write(cli_request(), decide)


def ensure_company(app: CronicaApplication, slug: str, name: str) -> Company:
    """The company with this slug, founded first if it does not exist yet."""
    if find_company(app, slug) is None:
        with contextlib.suppress(DuplicateRecordError):  # founded meanwhile by another process
            add_company(app, slug, name)
    company = find_company(app, slug)
    assert company is not None
    return company


def admin_roster(app: CronicaApplication, company_id: UUID) -> AdminRoster:
    """The company's roster of enabled administrators, started if new."""
    roster = app.find(AdminRoster, admin_roster_id_for(company_id))
    return roster or AdminRoster(company_id=company_id)


def new_token() -> str:
    """A new API token in clear (to issue with `api_token_records`)."""
    return secrets.token_urlsafe(32)


def api_token_records(
    user: User, token: str, expires_at: datetime | None = None
) -> list[CronicaAggregate]:
    """The records issuing `token` to the user: the token (its digest) and the user, who lists
    it."""
    issued = ApiToken(
        company_id=user.company_id,
        user_id=user.id,
        digest=token_digest(token),
        expires_at=expires_at,
    )
    user.add_api_token(issued.id)
    return [user, issued]


def new_user_records(
    app: CronicaApplication,
    company_id: UUID,
    name: str,
    role: str,
    email: str | None = None,
) -> tuple[str, Callable[[], list[CronicaAggregate]]]:
    """A new token in clear, and the decision creating the user with that token's digest (and
    his e-mail's credential, and his place on the administrators' roster)."""
    token = new_token()
    role = Role(role).value

    def decide() -> list[CronicaAggregate]:
        user = User(company_id=company_id, name=name, role=role)
        records = api_token_records(user, token)
        if email is not None:
            if app.find(Credential, credential_id_for(email)) is not None:
                raise EmailTakenError(f"{email} already signs in to Cronica")
            user.give_email(email)
            records.append(Credential(company_id=company_id, user_id=user.id, email=email))
        if role == Role.ADMIN:
            roster = admin_roster(app, company_id)
            roster.join(user.id)
            records.append(roster)
        return records

    return token, decide


def add_user(
    app: CronicaApplication, company_slug: str, name: str, role: str, email: str | None = None
) -> NewUser:
    """Adds a user to the company's root unit (the command line's way)."""
    company = find_company(app, company_slug)
    if company is None:
        raise RecordNotFoundError(f"no company {company_slug!r}")
    token, decide = new_user_records(app, company.id, name, role, email)
    written = app.write(cli_request(), decide)
    return NewUser(written.id, token, written.position)


def principal_of(user: User) -> Principal:
    return Principal(user.id, user.company_id, user.unit_id, user.name, user.role.value)


def authenticate(app: CronicaApplication, credential: str) -> Principal:
    """The user an API token or a session's secret belongs to, or AuthenticationError: unknown,
    revoked, expired or ended, or its user disabled.

    A token whose copy the process keeps names its user (which never changes): both are then
    read up to date in one round trip."""
    found: dict[UUID, CronicaAggregate] = {}
    if is_session_secret(credential):
        user_id = session_user(app, credential)
    else:
        token_id = api_token_id_for(credential)
        kept = app.cached(token_id)
        # The user joins the token's read only when this process holds both: `find_many`
        # replays an uncached record from its first event, and a user gains one with every
        # sign-in (`app.find` below starts from its snapshot).
        # With them, the records the caller's scope reads first (scope.py), which a command
        # then need not ask again (fresh_reads.py).
        users: list[UUID] = []
        if isinstance(kept, ApiToken) and isinstance(kept_user := app.cached(kept.user_id), User):
            users = [kept.user_id, *first_reads(kept.user_id, kept_user.unit_id)]
        found = app.find_many([token_id, *users])
        issued = found.get(token_id)
        if not isinstance(issued, ApiToken):
            raise AuthenticationError("unknown API token")
        if not issued.works_at(app.clock()):
            raise AuthenticationError("this API token was revoked or has expired")
        user_id = issued.user_id
    user = found.get(user_id) if user_id in found else app.find(User, user_id, shared=True)
    if not isinstance(user, User):
        raise AuthenticationError("the token's user does not exist")
    if user.disabled:
        raise AuthenticationError("this user is disabled")
    return principal_of(user)
