"""Random command sequences on one notice, checked after every step against a simple model.

The model knows only what the rules say: the status, the recipient, the actions noted, the
resolution, and how many events the accepted commands triggered. A refused command must raise
exactly the DomainError the rules name (the status is checked first, then the time zone, then the
time against the moment the notice was taken), and must trigger no event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from uuid import UUID

from hypothesis import strategies as st
from hypothesis.stateful import initialize, invariant, rule

from cronica.domain.company import company_id_for
from cronica.domain.context import acting_as
from cronica.domain.errors import (
    DomainError,
    IllegalTransitionError,
    InvalidTimeRangeError,
    NaiveDateTimeError,
)
from cronica.domain.notice import Notice
from cronica.domain.notice_values import Caller, CallerKind, NoticeAction, NoticeStatus, Resolution
from tests.fixtures.aggregate_machines import AggregateMachine, illegal_if, machine_test
from tests.fixtures.command_context import TEST_CONTEXT

# Few users, so that sequences often forward to the current recipient.
USERS = [UUID(int=n) for n in range(1, 4)]
TAKEN_AT = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)
OPEN, RESOLVED = NoticeStatus.OPEN, NoticeStatus.RESOLVED
# Minutes after the notice was taken; negative ones precede it.
OFFSETS = st.integers(-120, 3 * 24 * 60)


@dataclass
class Model:
    """What the notice should look like, from the rules alone."""

    status: NoticeStatus = OPEN
    recipient: UUID = USERS[0]
    actions: list[NoticeAction] = field(default_factory=list)
    resolution: Resolution | None = None


def moment(minutes: int, aware: bool) -> datetime:
    at = TAKEN_AT + timedelta(minutes=minutes)
    return at if aware else at.replace(tzinfo=None)


def time_refusal(minutes: int, aware: bool) -> type[DomainError] | None:
    if not aware:
        return NaiveDateTimeError
    return InvalidTimeRangeError if minutes < 0 else None


class NoticeMachine(AggregateMachine[Notice]):
    def __init__(self) -> None:
        super().__init__()
        self.model = Model()

    @initialize(kind=st.sampled_from(list(CallerKind)), importance=st.integers(1, 5))
    def log(self, kind: CallerKind, importance: int) -> None:
        with acting_as(TEST_CONTEXT):
            self.begin(
                Notice.log(
                    company_id=company_id_for("acme"),
                    number="AV-000001",
                    taken_at=TAKEN_AT,
                    caller=Caller(kind, None, "Pedro Gil", "+34 961 000 000"),
                    recipient_id=self.model.recipient,
                    code="CALL-BACK",
                    text="Please call back about the invoice.",
                    importance=importance,
                )
            )

    def refusal_unless(self, status: NoticeStatus) -> type[DomainError] | None:
        return illegal_if(self.model.status is not status)

    @rule(user=st.sampled_from(USERS), comment=st.sampled_from([None, "For sales"]))
    def forward(self, user: UUID, comment: str | None) -> None:
        refusal = self.refusal_unless(OPEN)
        if refusal is None and user == self.model.recipient:
            refusal = IllegalTransitionError
        if self.attempt(lambda n: n.forward(user, comment), refusal, Notice.Forwarded):
            self.model.recipient = user

    @rule(minutes=OFFSETS, aware=st.booleans())
    def note_action(self, minutes: int, aware: bool) -> None:
        done_at = moment(minutes, aware)
        refusal = self.refusal_unless(OPEN) or time_refusal(minutes, aware)
        if self.attempt(lambda n: n.note_action("Called", done_at), refusal, Notice.ActionNoted):
            self.model.actions.append(NoticeAction("Called", TEST_CONTEXT.actor_id, done_at))

    @rule(minutes=OFFSETS, aware=st.booleans(), resolver=st.sampled_from(USERS))
    def resolve(self, minutes: int, aware: bool, resolver: UUID) -> None:
        resolution = Resolution(moment(minutes, aware), resolver, "Sales", "HQ", "DONE", "Sent")
        refusal = self.refusal_unless(OPEN) or time_refusal(minutes, aware)
        if self.attempt(lambda n: n.resolve(resolution), refusal, Notice.Resolved):
            self.model.status, self.model.resolution = RESOLVED, resolution

    @rule()
    def reopen(self) -> None:
        refusal = self.refusal_unless(RESOLVED)
        if self.attempt(lambda n: n.reopen("Still waiting"), refusal, Notice.Reopened):
            self.model.status, self.model.resolution = OPEN, None

    @invariant()
    def the_notice_matches_the_model(self) -> None:
        notice, model = self.aggregate, self.model
        assert notice.status is model.status
        assert notice.stands_out is (model.status is OPEN)
        assert notice.recipient_id == model.recipient
        assert notice.actions == model.actions
        assert notice.resolution == model.resolution


TestNoticeStateMachine = machine_test(NoticeMachine, steps=25)
