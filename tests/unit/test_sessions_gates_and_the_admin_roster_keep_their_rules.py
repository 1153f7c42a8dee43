"""Sessions end when idle, when too old or when ended; sign-in gates refuse past their limit
until the window has passed; the admin roster never loses its last admin; secret fields never
appear in an event's data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import uuid4

import pytest

from cronica.domain.admin_roster import AdminRoster
from cronica.domain.context import CommandContext
from cronica.domain.credential_errors import LastAdminError
from cronica.domain.event_data import event_data
from cronica.domain.session import Session, presented_credential, secret_digest
from cronica.domain.sign_in_gate import LIMITS, WINDOW, SignInGate
from cronica.domain.user import ApiToken
from tests.fixtures.domain_records import ACME


def session(idle_seconds: int = 600, lifetime: timedelta = timedelta(hours=1)) -> Session:
    return Session(
        company_id=ACME,
        user_id=uuid4(),
        digest=secret_digest("session.x"),
        csrf_digest=secret_digest("csrf"),
        idle_seconds=idle_seconds,
        expires_at=datetime.now(UTC) + lifetime,
    )


def test_a_session_ends_when_idle_too_old_or_ended(acting: CommandContext) -> None:
    now = datetime.now(UTC)
    live = session()

    assert live.is_live(now) and live.csrf_matches("csrf") and not live.csrf_matches("other")
    assert not live.is_live(now + timedelta(seconds=601))  # idle
    assert not session(idle_seconds=10**6).is_live(now + timedelta(hours=2))  # too old
    assert not live.touch_due(now) and live.touch_due(now + timedelta(seconds=61))
    live.end()
    assert not live.is_live(now)


def test_a_gate_refuses_past_its_limit_until_the_window_has_passed(acting: CommandContext) -> None:
    gate = SignInGate.open("email", "lucia@example.com")
    for _ in range(LIMITS["email"] - 1):
        gate.fail()
    now = datetime.now(UTC)
    assert gate.retry_after(now) is None

    gate.fail()

    wait = gate.retry_after(now)
    assert wait is not None and 0 < wait <= WINDOW.total_seconds() + 1
    assert gate.retry_after(now + WINDOW + timedelta(seconds=1)) is None
    gate.clear()
    assert gate.retry_after(now) is None


def test_the_roster_refuses_to_lose_its_last_admin(acting: CommandContext) -> None:
    roster = AdminRoster(company_id=ACME)
    eva, ivan = uuid4(), uuid4()
    roster.join(eva)

    with pytest.raises(LastAdminError):
        roster.leave(eva)
    roster.join(ivan)
    roster.leave(eva)
    assert roster.admin_ids == [ivan]


def test_secret_fields_are_not_in_an_events_data(acting: CommandContext) -> None:
    token = ApiToken(company_id=ACME, user_id=uuid4(), digest="abc")
    (issued,) = token.collect_events()
    (started,) = session().collect_events()

    assert "digest" not in event_data(issued) and "user_id" in event_data(issued)
    assert not {"digest", "csrf_digest"} & set(event_data(started))


def test_a_bearer_token_is_presented_before_a_session_cookie() -> None:
    assert presented_credential("Bearer abc", "session.x") == "abc"
    assert presented_credential(None, "session.x") == "session.x"
    assert presented_credential("Basic abc", "not-a-session") is None
