"""Random outcomes of an e-mail's attempts, recorded for the current attempt, an earlier or a
later one, and retries, checked after every step against a simple model: only the current
attempt of a queued e-mail settles, only a failed one is retried."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID

from hypothesis import strategies as st
from hypothesis.stateful import initialize, invariant, rule

from cronica.domain.context import acting_as
from cronica.domain.email import Email, EmailStatus
from cronica.domain.errors import DomainError
from tests.fixtures.aggregate_machines import AggregateMachine, illegal_if, machine_test
from tests.fixtures.command_context import TEST_CONTEXT
from tests.fixtures.domain_records import ACME

QUEUED, SENT, FAILED = EmailStatus.QUEUED, EmailStatus.SENT, EmailStatus.FAILED
NOON = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
# Which attempt an outcome names, relative to the e-mail's current one.
OFFSETS = st.integers(-2, 1)


@dataclass
class Model:
    status: EmailStatus = QUEUED
    attempt: int = 1


class EmailMachine(AggregateMachine[Email]):
    @initialize()
    def queue(self) -> None:
        self.model = Model()
        with acting_as(TEST_CONTEXT):
            self.begin(
                Email.queue(
                    company_id=ACME,
                    sender_id=UUID(int=1),
                    to=["pedro@talleres-perez.es"],
                    subject="Su incidencia",
                    body="Arreglada.",
                    related_type="incident",
                    related_id=UUID(int=2),
                )
            )

    def unless_it_settles(self, offset: int) -> type[DomainError] | None:
        return illegal_if(self.model.status is not QUEUED or offset != 0)

    @rule(offset=OFFSETS)
    def sent(self, offset: int) -> None:
        attempt = self.model.attempt + offset
        if self.attempt(
            lambda e: e.record_sent(attempt, f"<{attempt}@acme.es>", NOON),
            self.unless_it_settles(offset),
            Email.Sent,
        ):
            self.model.status = SENT

    @rule(offset=OFFSETS)
    def failed(self, offset: int) -> None:
        attempt = self.model.attempt + offset
        if self.attempt(
            lambda e: e.record_failure(attempt, "refused"),
            self.unless_it_settles(offset),
            Email.Failed,
        ):
            self.model.status = FAILED

    @rule()
    def retry(self) -> None:
        if self.attempt(
            lambda e: e.retry(), illegal_if(self.model.status is not FAILED), Email.Retried
        ):
            self.model.status = QUEUED
            self.model.attempt += 1

    @invariant()
    def the_email_matches_the_model(self) -> None:
        email, model = self.aggregate, self.model
        assert (email.status, email.attempt) == (model.status, model.attempt)
        assert email.awaits(model.attempt) is (model.status is QUEUED)


TestEmailStateMachine = machine_test(EmailMachine, steps=30)
