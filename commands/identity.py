"""Companies, users and their API tokens: adding them and authenticating a bearer token."""

from __future__ import annotations

import contextlib
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from cronica.commands.application import CommandRequest, CronicaApplication
from cronica.commands.catalogues import default_catalogues
from cronica.commands.errors import AuthenticationError, DuplicateRecordError, RecordNotFoundError
from cronica.commands.results import Principal, Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.business_unit import BusinessUnit
from cronica.domain.company import Company, company_id_for
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


def new_user_records(
    company_id: UUID, name: str, role: str
) -> tuple[str, Callable[[], list[CronicaAggregate]]]:
    """A new token in clear, and the decision creating the user with that token's digest."""
    token = secrets.token_urlsafe(32)
    role = Role(role).value

    def decide() -> list[CronicaAggregate]:
        user = User(company_id=company_id, name=name, role=role)
        return [user, ApiToken(company_id=company_id, user_id=user.id, digest=token_digest(token))]

    return token, decide


def add_user(app: CronicaApplication, company_slug: str, name: str, role: str) -> NewUser:
    """Adds a user to the company's root unit (the command line's way)."""
    company = find_company(app, company_slug)
    if company is None:
        raise RecordNotFoundError(f"no company {company_slug!r}")
    token, decide = new_user_records(company.id, name, role)
    written = app.write(cli_request(), decide)
    return NewUser(written.id, token, written.position)


def authenticate(app: CronicaApplication, token: str) -> Principal:
    """The user a bearer token belongs to, or AuthenticationError."""
    issued = app.find(ApiToken, api_token_id_for(token))
    if issued is None:
        raise AuthenticationError("unknown API token")
    if issued.revoked:
        raise AuthenticationError("this API token was revoked")
    user = app.find(User, issued.user_id)
    if user is None:
        raise AuthenticationError("the token's user does not exist")
    return Principal(user.id, user.company_id, user.unit_id, user.name, user.role.value)
