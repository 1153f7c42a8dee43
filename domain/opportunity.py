"""The presales opportunity: opened, assigned, worked on, won or lost, reopened."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Annotated, ClassVar
from uuid import UUID, uuid4

from eventsourcing.domain import event

from cronica.domain import lifecycle_steps as steps
from cronica.domain.base import CronicaAggregate, people_named
from cronica.domain.errors import IllegalTransitionError, UnknownActionError
from cronica.domain.event_values import ValuesOf
from cronica.domain.lifecycle import StatusGuarded
from cronica.domain.opportunity_values import (
    ActionKind,
    CommercialAction,
    Loss,
    OpportunityDetails,
    OpportunityDetailsData,
    OpportunityStatus,
    require_not_before,
)
from cronica.domain.record_rules import RecordRule

WAITING, WORKING = OpportunityStatus.WAITING, OpportunityStatus.WORKING
# Won and lost close an opportunity; the other statuses are still being worked on.
_CLOSED = frozenset(s for s in OpportunityStatus if s.is_closed)
_OPEN = frozenset(OpportunityStatus) - _CLOSED


class Opportunity(StatusGuarded, CronicaAggregate):
    """A sale in the making for a customer, numbered OP-000001 onwards within its company.

    Status flow: new → waiting or working → won or lost; reopening a won or lost one puts it back
    to working. Until it is closed it can be followed up into waiting (a comment and the day to
    contact the customer again, today or later) or working (a comment) as often as needed, and
    won or lost even while new: a customer may buy at once, a lead may be no sale at all. Closed
    (won or lost), it refuses every change but marking an action done (that already happened)
    until it is reopened; won never turns into lost, nor lost into won, without a reopening.
    Its agent is a user who sells (`require_seller`); assigning the same agent again is refused.
    """

    noun = "an opportunity"

    access_rule: ClassVar[RecordRule] = RecordRule.BUSINESS

    @property
    def people(self) -> frozenset[UUID]:
        """Its agent."""
        return people_named(self.agent_id)

    class Created(CronicaAggregate.Created):
        lifecycle = steps.CREATED
        number: str
        customer_id: UUID
        contact_id: UUID | None
        agent_id: UUID | None
        details: OpportunityDetailsData

    class Assigned(CronicaAggregate.Event):
        lifecycle = steps.ASSIGNED
        agent_id: UUID

    class ActionRecorded(CronicaAggregate.Event):
        action_id: UUID
        kind: Annotated[str, ValuesOf(ActionKind)]
        description: str
        done: bool

    class ActionMarkedDone(CronicaAggregate.Event):
        action_id: UUID

    class FollowedUp(CronicaAggregate.Event):
        lifecycle = steps.FOLLOWED_UP
        status: Annotated[str, ValuesOf(OpportunityStatus)]
        comment: str
        next_contact_on: str | None

    class ClosedAsWon(CronicaAggregate.Event):
        lifecycle = steps.closed(steps.Outcome.WON)
        invoice_number: str

    class Lost(CronicaAggregate.Event):
        lifecycle = steps.LOST
        reason: str
        what_to_improve: str | None

    class Reopened(CronicaAggregate.Event):
        lifecycle = steps.REOPENED
        reason: str

    @classmethod
    def open(
        cls,
        *,
        company_id: UUID,
        number: str,
        customer_id: UUID,
        contact_id: UUID | None,
        details: OpportunityDetails,
        agent_id: UUID | None = None,
    ) -> Opportunity:
        """Opens a new opportunity for the customer (and his contact, when one is named)."""
        return cls(
            company_id=company_id,
            number=number,
            customer_id=customer_id,
            contact_id=contact_id,
            agent_id=agent_id,
            details=details.to_event_data(),
        )

    @event(Created)
    def __init__(
        self,
        company_id: UUID,
        number: str,
        customer_id: UUID,
        contact_id: UUID | None,
        agent_id: UUID | None,
        details: OpportunityDetailsData,
    ) -> None:
        self.company_id = company_id
        self.number = number
        self.customer_id = customer_id
        self.contact_id = contact_id
        self.agent_id = agent_id
        self.details = OpportunityDetails.from_event_data(details)
        self.status = OpportunityStatus.NEW
        self.actions: dict[UUID, CommercialAction] = {}
        self.next_contact_on: date | None = None
        self.invoice_number: str | None = None
        self.loss: Loss | None = None

    def assign(self, agent_id: UUID) -> None:
        self._require(_OPEN, "assign")
        if agent_id == self.agent_id:
            raise IllegalTransitionError(f"opportunity is already assigned to {agent_id}")
        self._assigned(agent_id=agent_id)

    @event(Assigned)
    def _assigned(self, agent_id: UUID) -> None:
        self.agent_id = agent_id

    def record_action(self, kind: str, description: str, done: bool) -> UUID:
        """Records a commercial action, open or already done; returns its id."""
        self._require(_OPEN, "record an action on")
        action_id = uuid4()
        self._action_recorded(
            action_id=action_id, kind=ActionKind(kind).value, description=description, done=done
        )
        return action_id

    @event(ActionRecorded)
    def _action_recorded(self, action_id: UUID, kind: str, description: str, done: bool) -> None:
        self.actions[action_id] = CommercialAction(action_id, ActionKind(kind), description, done)

    def mark_action_done(self, action_id: UUID) -> None:
        """Marks an open action done; allowed on a closed opportunity too (it already happened)."""
        action = self.actions.get(action_id)
        if action is None:
            raise UnknownActionError(f"opportunity {self.number} has no action {action_id}")
        if action.done:
            raise IllegalTransitionError(f"action {action_id} is already done")
        self._action_marked_done(action_id=action_id)

    @event(ActionMarkedDone)
    def _action_marked_done(self, action_id: UUID) -> None:
        self.actions[action_id] = replace(self.actions[action_id], done=True)

    def follow_up_waiting(self, comment: str, next_contact_on: date, today: date) -> None:
        """Waits for the customer until `next_contact_on`, which must not be before `today`."""
        self._require(_OPEN, "follow up")
        require_not_before(next_contact_on, today, "the next contact")
        self._followed_up(WAITING.value, comment, next_contact_on.isoformat())

    def follow_up_working(self, comment: str) -> None:
        self._require(_OPEN, "follow up")
        self._followed_up(WORKING.value, comment, None)

    @event(FollowedUp)
    def _followed_up(self, status: str, comment: str, next_contact_on: str | None) -> None:
        self.status = OpportunityStatus(status)
        self.next_contact_on = date.fromisoformat(next_contact_on) if next_contact_on else None

    def win(self, invoice_number: str) -> None:
        self._require(_OPEN, "win")
        self._closed_as_won(invoice_number=invoice_number)

    @event(ClosedAsWon)
    def _closed_as_won(self, invoice_number: str) -> None:
        self.status = OpportunityStatus.WON
        self.next_contact_on = None
        self.invoice_number = invoice_number

    def lose(self, reason: str, what_to_improve: str | None) -> None:
        self._require(_OPEN, "lose")
        self._lost(reason=reason, what_to_improve=what_to_improve)

    @event(Lost)
    def _lost(self, reason: str, what_to_improve: str | None) -> None:
        self.status = OpportunityStatus.LOST
        self.next_contact_on = None
        self.loss = Loss(reason, what_to_improve)

    def reopen(self, reason: str) -> None:
        """Puts a won or lost opportunity back to working; only its events keep the outcome."""
        self._require(_CLOSED, "reopen")
        self._reopened(reason=reason)

    @event(Reopened)
    def _reopened(self, reason: str) -> None:
        self.status = WORKING
        self.invoice_number = None
        self.loss = None
