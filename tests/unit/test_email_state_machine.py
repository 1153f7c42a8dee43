"""Random outcomes of an e-mail's attempts, recorded for the current attempt, an earlier or a
later one, and retries, checked after every step against a simple model: only the current
attempt of a queued e-mail settles, only a failed one is retried."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID

import pytest
from eventsourcing.domain import Aggregate
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from cronica.domain.context import acting_as
from cronica.domain.email import Email, EmailStatus
from cronica.domain.errors import IllegalTransitionError
from tests.fixtures.command_context import TEST_CONTEXT
from tests.fixtures.domain_records import ACME, replayed

QUEUED, SENT, FAILED = EmailStatus.QUEUED, EmailStatus.SENT, EmailStatus.FAILED
NOON = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
# Which attempt an outcome names, relative to the e-mail's current one.
OFFSETS = st.integers(-2, 1)


@dataclass
class Model:
    status: EmailStatus = QUEUED
    attempt: int = 1
    triggered: int = 0  # events after Queued


class EmailMachine(RuleBasedStateMachine):
    @initialize()
    def queue(self) -> None:
        self.model = Model()
        with acting_as(TEST_CONTEXT):
            self.email = Email.queue(
                company_id=ACME,
                sender_id=UUID(int=1),
                to=["pedro@talleres-perez.es"],
                subject="Su incidencia",
                body="Arreglada.",
                related_type="incident",
                related_id=UUID(int=2),
            )
        self.events: list[Aggregate.Event] = self.email.collect_events()

    def attempt(
        self, command: Callable[[Email], None], allowed: bool, event: type[Aggregate.Event]
    ) -> bool:
        """Runs the command; True when allowed and accepted with one event of that type."""
        with acting_as(TEST_CONTEXT):
            if allowed:
                command(self.email)
            else:
                with pytest.raises(IllegalTransitionError):
                    command(self.email)
        new = self.email.collect_events()
        assert [type(e) for e in new] == ([event] if allowed else [])
        self.events += new
        self.model.triggered += len(new)
        return allowed

    def settles(self, offset: int) -> bool:
        return self.model.status is QUEUED and offset == 0

    @rule(offset=OFFSETS)
    def sent(self, offset: int) -> None:
        attempt = self.model.attempt + offset
        if self.attempt(
            lambda e: e.record_sent(attempt, f"<{attempt}@acme.es>", NOON),
            self.settles(offset),
            Email.Sent,
        ):
            self.model.status = SENT

    @rule(offset=OFFSETS)
    def failed(self, offset: int) -> None:
        attempt = self.model.attempt + offset
        if self.attempt(
            lambda e: e.record_failure(attempt, "refused"), self.settles(offset), Email.Failed
        ):
            self.model.status = FAILED

    @rule()
    def retry(self) -> None:
        if self.attempt(lambda e: e.retry(), self.model.status is FAILED, Email.Retried):
            self.model.status = QUEUED
            self.model.attempt += 1

    @invariant()
    def the_email_matches_the_model(self) -> None:
        email, model = self.email, self.model
        assert (email.status, email.attempt) == (model.status, model.attempt)
        assert email.awaits(model.attempt) is (model.status is QUEUED)
        assert email.version == 1 + model.triggered

    @invariant()
    def the_events_alone_rebuild_the_email(self) -> None:
        again = replayed(Email, self.events)
        assert vars(again) | {"_pending_events": []} == vars(self.email)


EmailMachine.TestCase.settings = settings(max_examples=100, stateful_step_count=30, deadline=None)
TestEmailStateMachine = EmailMachine.TestCase
