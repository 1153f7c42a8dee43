"""Random reads, archivings and reminder clearings of one message by its sender, its recipients
and an outsider, checked after every step against a simple model: a refused command raises the
DomainError the rules name and triggers no event; reading twice triggers none either."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from uuid import UUID

from hypothesis import strategies as st
from hypothesis.stateful import initialize, invariant, rule

from cronica.domain.context import acting_as
from cronica.domain.errors import DomainError, IllegalTransitionError, NotARecipientError
from cronica.domain.message import InternalMessage
from tests.fixtures.aggregate_machines import AggregateMachine, machine_test
from tests.fixtures.command_context import TEST_CONTEXT
from tests.fixtures.domain_records import ACME

SENDER, LUIS, EVA, OUTSIDER = (UUID(int=n) for n in range(1, 5))
RECIPIENTS = [LUIS, EVA]
USERS = st.sampled_from([SENDER, LUIS, EVA, OUTSIDER])
MONDAY = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)


@dataclass
class Model:
    """What the message should look like, from the rules alone."""

    sender: UUID | None
    reminder: bool
    read: dict[UUID, datetime] = field(default_factory=dict)
    archived: set[UUID] = field(default_factory=set)

    def parties(self) -> set[UUID | None]:
        return {self.sender, *RECIPIENTS}


class MessageMachine(AggregateMachine[InternalMessage]):
    @initialize(by_a_rule=st.booleans(), reminder=st.booleans())
    def send(self, by_a_rule: bool, reminder: bool) -> None:
        self.model = Model(sender=None if by_a_rule else SENDER, reminder=reminder)
        with acting_as(TEST_CONTEXT):
            self.begin(
                InternalMessage.send(
                    company_id=ACME,
                    sender_id=self.model.sender,
                    recipient_ids=RECIPIENTS,
                    subject="Spare roller",
                    body="Take it with you.",
                    reminder=reminder,
                )
            )

    @rule(user=USERS, minutes=st.integers(0, 10_000))
    def read(self, user: UUID, minutes: int) -> None:
        at = MONDAY + timedelta(minutes=minutes)
        refusal = None if user in RECIPIENTS else NotARecipientError
        first = user not in self.model.read
        expected = [InternalMessage.Read] if first else []
        if self.attempt(lambda m: m.read(user, at), refusal, *expected) and first:
            self.model.read[user] = at

    @rule(user=USERS)
    def clear_reminder(self, user: UUID) -> None:
        refusal: type[DomainError] | None = None
        if user not in self.model.parties():
            refusal = NotARecipientError
        elif not self.model.reminder:
            refusal = IllegalTransitionError
        expected = [InternalMessage.ReminderCleared]
        if self.attempt(lambda m: m.clear_reminder(user), refusal, *expected):
            self.model.reminder = False

    @rule(user=USERS)
    def archive(self, user: UUID) -> None:
        refusal: type[DomainError] | None = None
        if user not in RECIPIENTS:
            refusal = NotARecipientError
        elif user in self.model.archived:
            refusal = IllegalTransitionError
        if self.attempt(lambda m: m.archive(user), refusal, InternalMessage.Archived):
            self.model.archived.add(user)

    @invariant()
    def the_message_matches_the_model(self) -> None:
        message, model = self.aggregate, self.model
        assert (message.sender_id, message.reminder) == (model.sender, model.reminder)
        assert message.read_at == model.read
        assert message.archived_by == model.archived


TestInternalMessageStateMachine = machine_test(MessageMachine, steps=30)
