"""The opportunity's rules (DOMAIN.md, opportunity (presales)), one story per rule."""

from __future__ import annotations

from datetime import date, timedelta
from uuid import UUID, uuid4

import pytest

from cronica.domain.context import CommandContext
from cronica.domain.errors import (
    DateInThePastError,
    IllegalTransitionError,
    UnknownActionError,
)
from cronica.domain.opportunity import Opportunity
from cronica.domain.opportunity_values import (
    ActionKind,
    CommercialAction,
    Loss,
    OpportunityDetails,
    OpportunityStatus,
)
from tests.fixtures.domain_records import ACME, assert_stamped_by

TODAY = date(2025, 3, 10)


def new_opportunity(agent_id: UUID | None = None) -> Opportunity:
    """A new opportunity of ACME for a new customer, opened as OPP-000001."""
    return Opportunity.open(
        company_id=ACME,
        number="OPP-000001",
        customer_id=uuid4(),
        contact_id=uuid4(),
        details=OpportunityDetails("new installation", "Label printers for the warehouse"),
        agent_id=agent_id,
    )


def test_assigning_the_same_agent_twice_is_refused(acting: CommandContext) -> None:
    agent, colleague = uuid4(), uuid4()
    opportunity = new_opportunity(agent_id=agent)
    opportunity.collect_events()

    with pytest.raises(IllegalTransitionError):
        opportunity.assign(agent)
    assert opportunity.collect_events() == []

    opportunity.assign(colleague)
    assert opportunity.agent_id == colleague
    (assigned,) = opportunity.collect_events()
    assert isinstance(assigned, Opportunity.Assigned) and assigned.agent_id == colleague


def test_commercial_actions_are_recorded_open_or_done_and_marked_done_by_id(
    acting: CommandContext,
) -> None:
    opportunity = new_opportunity()
    brochure = opportunity.record_action("documentation", "Sent the catalogue", True)
    call = opportunity.record_action("call", "Call the buyer about the demo", False)
    opportunity.collect_events()

    with pytest.raises(UnknownActionError):
        opportunity.mark_action_done(uuid4())
    with pytest.raises(IllegalTransitionError):
        opportunity.mark_action_done(brochure)
    assert opportunity.collect_events() == []

    opportunity.mark_action_done(call)
    assert opportunity.actions == {
        brochure: CommercialAction(brochure, ActionKind.DOCUMENTATION, "Sent the catalogue", True),
        call: CommercialAction(call, ActionKind.CALL, "Call the buyer about the demo", True),
    }
    (marked,) = opportunity.collect_events()
    assert isinstance(marked, Opportunity.ActionMarkedDone) and marked.action_id == call


def test_waiting_needs_a_next_contact_from_today_on_and_working_clears_it(
    acting: CommandContext,
) -> None:
    opportunity = new_opportunity()
    opportunity.collect_events()

    with pytest.raises(DateInThePastError):
        opportunity.follow_up_waiting("Call back", TODAY - timedelta(days=1), TODAY)
    assert (opportunity.status, opportunity.collect_events()) == (OpportunityStatus.NEW, [])

    opportunity.follow_up_waiting("Call back today", TODAY, TODAY)
    opportunity.follow_up_waiting("They asked for next week", TODAY + timedelta(days=7), TODAY)
    assert (opportunity.status, opportunity.next_contact_on) == (
        OpportunityStatus.WAITING,
        TODAY + timedelta(days=7),
    )
    opportunity.follow_up_working("Preparing the quote")
    assert (opportunity.status, opportunity.next_contact_on) == (OpportunityStatus.WORKING, None)
    *_, working = opportunity.collect_events()
    assert isinstance(working, Opportunity.FollowedUp)
    assert (working.status, working.comment, working.next_contact_on) == (
        "working",
        "Preparing the quote",
        None,
    )


def test_a_new_opportunity_can_be_won_at_once_with_its_invoice(acting: CommandContext) -> None:
    opportunity = new_opportunity()

    opportunity.win("F-2025/042")

    assert (opportunity.status, opportunity.invoice_number) == (OpportunityStatus.WON, "F-2025/042")
    assert [type(e) for e in opportunity.collect_events()] == [
        Opportunity.Created,
        Opportunity.ClosedAsWon,
    ]


def test_a_closed_opportunity_refuses_changes_until_it_is_reopened(acting: CommandContext) -> None:
    opportunity = new_opportunity()
    call = opportunity.record_action("call", "Call the buyer", False)
    opportunity.follow_up_waiting("Waiting for the budget", TODAY + timedelta(days=3), TODAY)
    opportunity.lose("Chose a cheaper printer", "Offer a leasing plan")
    assert (opportunity.next_contact_on, opportunity.loss) == (
        None,
        Loss("Chose a cheaper printer", "Offer a leasing plan"),
    )
    opportunity.collect_events()

    refused = [
        lambda: opportunity.assign(uuid4()),
        lambda: opportunity.record_action("visit", "Visit them", False),
        lambda: opportunity.follow_up_waiting("Call back", TODAY, TODAY),
        lambda: opportunity.follow_up_working("Working again"),
        lambda: opportunity.win("F-2025/043"),
        lambda: opportunity.lose("Lost twice", None),
    ]
    for command in refused:
        with pytest.raises(IllegalTransitionError):
            command()
    assert opportunity.collect_events() == []

    opportunity.mark_action_done(call)
    opportunity.reopen("They came back with a bigger order")
    assert (opportunity.status, opportunity.loss) == (OpportunityStatus.WORKING, None)
    with pytest.raises(IllegalTransitionError):
        opportunity.reopen("Reopened twice")
    opportunity.win("F-2025/043")
    assert [type(e) for e in opportunity.collect_events()] == [
        Opportunity.ActionMarkedDone,
        Opportunity.Reopened,
        Opportunity.ClosedAsWon,
    ]


def test_every_event_says_which_company_who_and_in_which_request(acting: CommandContext) -> None:
    opportunity = new_opportunity()
    opportunity.assign(uuid4())
    opportunity.follow_up_working("Quote sent")
    opportunity.win("F-2025/042")

    events = opportunity.collect_events()

    assert_stamped_by(events, acting)
