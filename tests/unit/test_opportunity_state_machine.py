"""Random command sequences on one opportunity, checked after every step against a simple model.

The model knows only what the rules say: the status, the agent, which actions are done, the next
contact, the outcome, and how many events the accepted commands triggered. A refused command must
raise exactly the DomainError the rules name, and must trigger no event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from uuid import UUID, uuid4

from hypothesis import strategies as st
from hypothesis.stateful import initialize, invariant, rule

from cronica.domain.context import acting_as
from cronica.domain.errors import (
    DateInThePastError,
    DomainError,
    IllegalTransitionError,
    UnknownActionError,
)
from cronica.domain.opportunity import Opportunity
from cronica.domain.opportunity_values import (
    ActionKind,
    Loss,
    OpportunityDetails,
    OpportunityStatus,
)
from tests.fixtures.aggregate_machines import AggregateMachine, illegal_if, machine_test
from tests.fixtures.command_context import TEST_CONTEXT
from tests.fixtures.domain_records import ACME

# Few agents, so that sequences often assign the same one twice.
AGENTS = [UUID(int=n) for n in range(1, 4)]
TODAY = date(2025, 3, 10)
NEW, WAITING, WORKING = OpportunityStatus.NEW, OpportunityStatus.WAITING, OpportunityStatus.WORKING
WON, LOST = OpportunityStatus.WON, OpportunityStatus.LOST


@dataclass
class Model:
    """What the opportunity should look like, from the rules alone."""

    status: OpportunityStatus = NEW
    agent: UUID | None = None
    actions_done: dict[UUID, bool] = field(default_factory=dict)
    next_contact: date | None = None
    invoice: str | None = None
    loss: Loss | None = None


class OpportunityMachine(AggregateMachine[Opportunity]):
    def __init__(self) -> None:
        super().__init__()
        self.model = Model()

    @initialize(agent=st.sampled_from([None, *AGENTS]))
    def open(self, agent: UUID | None) -> None:
        with acting_as(TEST_CONTEXT):
            self.begin(
                Opportunity.open(
                    company_id=ACME,
                    number="OPP-000001",
                    customer_id=uuid4(),
                    contact_id=None,
                    details=OpportunityDetails("renewal", "Renew the support contract"),
                    agent_id=agent,
                )
            )
        self.model.agent = agent

    def refusal_when_closed(self) -> type[DomainError] | None:
        return illegal_if(self.model.status in (WON, LOST))

    @rule(agent=st.sampled_from(AGENTS))
    def assign(self, agent: UUID) -> None:
        refusal = self.refusal_when_closed()
        if refusal is None and agent == self.model.agent:
            refusal = IllegalTransitionError
        if self.attempt(lambda o: o.assign(agent), refusal, Opportunity.Assigned):
            self.model.agent = agent

    @rule(kind=st.sampled_from(list(ActionKind)), done=st.booleans())
    def record_action(self, kind: ActionKind, done: bool) -> None:
        refusal = self.refusal_when_closed()
        if self.attempt(
            lambda o: o.record_action(kind.value, "Did something", done),
            refusal,
            Opportunity.ActionRecorded,
        ):
            recorded = self.events[-1]
            assert isinstance(recorded, Opportunity.ActionRecorded)
            self.model.actions_done[recorded.action_id] = done

    @rule(index=st.integers(0, 4))
    def mark_action_done(self, index: int) -> None:
        """Picks a recorded action by its index, or an unknown one past the last."""
        known = list(self.model.actions_done)
        action = known[index] if index < len(known) else uuid4()
        refusal: type[DomainError] | None = None
        if action not in self.model.actions_done:
            refusal = UnknownActionError
        elif self.model.actions_done[action]:
            refusal = IllegalTransitionError
        if self.attempt(
            lambda o: o.mark_action_done(action), refusal, Opportunity.ActionMarkedDone
        ):
            self.model.actions_done[action] = True

    @rule(days=st.integers(-3, 10))
    def follow_up_waiting(self, days: int) -> None:
        next_contact = TODAY + timedelta(days=days)
        refusal = self.refusal_when_closed()
        if refusal is None and days < 0:
            refusal = DateInThePastError
        if self.attempt(
            lambda o: o.follow_up_waiting("Call back", next_contact, TODAY),
            refusal,
            Opportunity.FollowedUp,
        ):
            self.model.status, self.model.next_contact = WAITING, next_contact

    @rule()
    def follow_up_working(self) -> None:
        refusal = self.refusal_when_closed()
        if self.attempt(lambda o: o.follow_up_working("Quoting"), refusal, Opportunity.FollowedUp):
            self.model.status, self.model.next_contact = WORKING, None

    @rule(invoice=st.sampled_from(["F-2025/001", "F-2025/002"]))
    def win(self, invoice: str) -> None:
        refusal = self.refusal_when_closed()
        if self.attempt(lambda o: o.win(invoice), refusal, Opportunity.ClosedAsWon):
            self.model.status, self.model.next_contact, self.model.invoice = WON, None, invoice

    @rule(improvement=st.sampled_from([None, "Answer faster"]))
    def lose(self, improvement: str | None) -> None:
        refusal = self.refusal_when_closed()
        if self.attempt(lambda o: o.lose("Too expensive", improvement), refusal, Opportunity.Lost):
            self.model.status, self.model.next_contact = LOST, None
            self.model.loss = Loss("Too expensive", improvement)

    @rule()
    def reopen(self) -> None:
        refusal = illegal_if(self.model.status not in (WON, LOST))
        if self.attempt(lambda o: o.reopen("They came back"), refusal, Opportunity.Reopened):
            self.model.status, self.model.invoice, self.model.loss = WORKING, None, None

    @invariant()
    def the_opportunity_matches_the_model(self) -> None:
        opportunity, model = self.aggregate, self.model
        assert opportunity.status is model.status
        assert opportunity.agent_id == model.agent
        assert {a: action.done for a, action in opportunity.actions.items()} == model.actions_done
        assert opportunity.next_contact_on == model.next_contact
        assert (opportunity.invoice_number, opportunity.loss) == (model.invoice, model.loss)


TestOpportunityStateMachine = machine_test(OpportunityMachine, steps=25)
