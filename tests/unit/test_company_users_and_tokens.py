"""Companies, users and API tokens: derived ids make slugs and tokens unique and findable."""

from __future__ import annotations

import hashlib
from uuid import uuid4

import pytest

from cronica.domain.company import Company, company_id_for
from cronica.domain.context import CommandContext
from cronica.domain.user import ApiToken, Role, User, api_token_id_for, token_digest
from tests.fixtures.domain_records import ACME, replayed


def test_a_company_is_its_own_tenant_and_its_id_comes_from_its_slug(
    acting: CommandContext,
) -> None:
    company = Company.found(slug="acme", name="Acme Ibérica SA")

    (created,) = company.collect_events()
    assert company.id == company.company_id == company_id_for("acme") == ACME
    assert isinstance(created, Company.Created) and created.company_id == ACME
    assert company_id_for("globex") != ACME


@pytest.mark.parametrize("role", list(Role))
def test_a_user_has_one_of_the_roles(acting: CommandContext, role: Role) -> None:
    user = User(company_id=ACME, name="Marta Vidal", role=role.value)

    again = replayed(User, user.collect_events())
    assert (again.role, again.company_id, again.name) == (role, ACME, "Marta Vidal")


def test_an_unknown_role_is_refused(acting: CommandContext) -> None:
    with pytest.raises(ValueError, match="janitor"):
        User(company_id=ACME, name="Marta Vidal", role="janitor")


def test_a_token_is_stored_only_as_its_digest_and_found_by_it(acting: CommandContext) -> None:
    user = User(company_id=ACME, name="Marta Vidal", role="agent")
    secret = "s3cr3t-token-value"

    token = ApiToken(company_id=ACME, user_id=user.id, digest=token_digest(secret))

    (issued,) = token.collect_events()
    assert issued.digest == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in repr(issued)
    assert token.id == api_token_id_for(secret) != api_token_id_for(secret + "x")


def test_a_revoked_token_stays_revoked_after_a_replay(acting: CommandContext) -> None:
    token = ApiToken(company_id=ACME, user_id=uuid4(), digest=token_digest("t"))
    token.revoke()

    issued, revoked = token.collect_events()
    assert isinstance(revoked, ApiToken.Revoked) and revoked.company_id == ACME
    assert replayed(ApiToken, [issued, revoked]).revoked
    assert not replayed(ApiToken, [issued]).revoked
