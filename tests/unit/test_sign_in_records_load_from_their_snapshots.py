"""The records that sign-ins make long — a user (every sign-in, failure, sign-out and refusal), a
session (every touch) and a sign-in gate (every failed attempt) — snapshot like the business
records: loaded from a snapshot taken through the store, each is its replayed self, type for
type (the business records are checked by their state machines)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import uuid4

from eventsourcing.domain import Aggregate

from cronica.domain.context import CommandContext
from cronica.domain.session import Session, secret_digest
from cronica.domain.sign_in_gate import SignInGate
from cronica.domain.snapshot import TypedSnapshot
from cronica.domain.user import User
from tests.fixtures.domain_records import ACME, through_the_store
from tests.fixtures.record_states import typed_state


def assert_its_snapshot_gives_it_back(record: Aggregate) -> None:
    loaded = through_the_store(TypedSnapshot.take(record)).mutate(None)
    assert typed_state(loaded) == typed_state(record)


def test_a_user_signed_in_refused_and_given_tokens_loads_from_its_snapshot(
    acting: CommandContext,
) -> None:
    user = User(company_id=ACME, name="Lucía Pérez", role="technician")
    user.give_email("lucia@example.com")
    user.add_api_token(uuid4())
    user.issue_calendar_feed()
    for _ in range(3):
        session_id = uuid4()
        user.record_sign_in(session_id)
        user.record_failed_sign_in()
        user.record_refusal("close incident INC-000001")
        user.record_sign_out(session_id)
    user.change_role("admin")
    user.disable()

    assert_its_snapshot_gives_it_back(user)


def test_a_touched_and_ended_session_loads_from_its_snapshot(acting: CommandContext) -> None:
    session = Session(
        company_id=ACME,
        user_id=uuid4(),
        digest=secret_digest("session.x"),
        csrf_digest=secret_digest("csrf"),
        idle_seconds=600,
        expires_at=datetime.now(UTC) + timedelta(hours=1),
    )
    for _ in range(5):
        session.touch()
    session.end()

    assert_its_snapshot_gives_it_back(session)


def test_a_gate_with_failed_attempts_loads_from_its_snapshot(acting: CommandContext) -> None:
    gate = SignInGate.open("email", "lucia@example.com")
    for _ in range(4):
        gate.fail()
    assert gate.failures

    assert_its_snapshot_gives_it_back(gate)
    gate.clear()
    assert_its_snapshot_gives_it_back(gate)
