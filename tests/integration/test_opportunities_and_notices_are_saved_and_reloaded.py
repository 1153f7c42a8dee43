"""Opportunities and notices written through the command functions come back from the store as a
fresh process loads them, as they are and as they were, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from cronica.commands.call import CommandCall
from cronica.commands.models.notices import (
    ForwardNotice,
    LogNotice,
    NoteNoticeAction,
    ResolveNotice,
)
from cronica.commands.models.opportunities import (
    AssignOpportunity,
    LoseOpportunity,
    OpenOpportunity,
    RecordCommercialAction,
    ReopenOpportunity,
    WaitForCustomer,
    WinOpportunity,
)
from cronica.commands.notices import forward_notice, log_notice, note_notice_action, resolve_notice
from cronica.commands.opportunities import (
    assign_opportunity,
    lose_opportunity,
    mark_commercial_action_done,
    open_opportunity,
    record_commercial_action,
    reopen_opportunity,
    wait_for_customer,
    win_opportunity,
)
from cronica.domain.notice import Notice
from cronica.domain.notice_values import Caller, CallerKind, NoticeAction, NoticeStatus, Resolution
from cronica.domain.opportunity import Opportunity
from cronica.domain.opportunity_values import (
    ActionKind,
    CommercialAction,
    Loss,
    OpportunityStatus,
)
from cronica.ops.settings import Settings
from tests.fixtures.staff.office import Office, call_of, request_of
from tests.fixtures.write_side import reloaded

TAKEN_AT = datetime(2025, 3, 10, 9, 30, tzinfo=UTC)


def test_an_opportunity_comes_back_as_it_is_and_as_it_was(
    settings: Settings, office: Office
) -> None:
    app = office.app
    agent, manager = office.hire("Marta Vidal", "agent"), office.hire("Pau Roig", "manager")
    customer_id = office.customer(agent, "Ferrer SL")
    contact_id = office.contact(agent, customer_id, "Lucía Ferrer")
    request = request_of(agent)
    opening = OpenOpportunity(
        customer_id=customer_id,
        contact_id=contact_id,
        type="renewal",
        subject="Label printers",
        expected_amount=Decimal("980.10"),
        expected_on=date(2025, 6, 30),
    )
    opportunity_id = open_opportunity(CommandCall(app, agent, request), opening).id
    assign_opportunity(
        CommandCall(app, agent, request),
        opportunity_id,
        AssignOpportunity(agent_id=manager.user_id),
    )
    visit = RecordCommercialAction(kind="visit", description="Showroom visit")
    _, action_id = record_commercial_action(call_of(app, manager), opportunity_id, visit)
    mark_commercial_action_done(call_of(app, manager), opportunity_id, action_id)
    next_week = date.today() + timedelta(days=7)
    waiting = WaitForCustomer(comment="Budget in April", next_contact_on=next_week)
    wait_for_customer(call_of(app, manager), opportunity_id, waiting)
    won = win_opportunity(
        CommandCall(app, manager, request), opportunity_id, WinOpportunity(invoice_number="F-7")
    )
    reopen_opportunity(
        CommandCall(app, manager, request), opportunity_id, ReopenOpportunity(reason="Returned")
    )
    lost = LoseOpportunity(reason="competitor", what_to_improve="Faster delivery")
    last = lose_opportunity(CommandCall(app, manager, request), opportunity_id, lost)

    opportunity = reloaded(settings, opportunity_id)
    assert isinstance(opportunity, Opportunity)
    assert (opportunity.number, opportunity.status, opportunity.version) == (
        "OP-000001",
        OpportunityStatus.LOST,
        last.version,
    )
    assert (opportunity.contact_id, opportunity.agent_id) == (contact_id, manager.user_id)
    assert opportunity.details.expected_amount == Decimal("980.10")
    assert opportunity.actions == {
        action_id: CommercialAction(action_id, ActionKind.VISIT, "Showroom visit", True)
    }
    assert opportunity.loss == Loss("competitor", "Faster delivery")
    as_won = reloaded(settings, opportunity_id, version=won.version)
    assert isinstance(as_won, Opportunity)
    assert (as_won.status, as_won.invoice_number, as_won.next_contact_on) == (
        OpportunityStatus.WON,
        "F-7",
        None,
    )
    as_waiting = reloaded(settings, opportunity_id, version=won.version - 1)
    assert isinstance(as_waiting, Opportunity) and as_waiting.next_contact_on == next_week


def test_a_notice_comes_back_with_its_caller_actions_and_resolution(
    settings: Settings, office: Office
) -> None:
    app = office.app
    reception, sales = office.hire("Rosa Gil", "office"), office.hire("Luis Gil", "agent")
    customer_id = office.customer(reception, "Ferrer SL")
    logging = LogNotice(
        caller_kind="customer",
        customer_id=customer_id,
        caller_phone="600 111 222",
        recipient_id=reception.user_id,
        code="visit_request",
        text="Wants a visit next week",
        importance=4,
        taken_at=TAKEN_AT,
    )
    notice_id = log_notice(call_of(app, reception), logging).id
    forward = ForwardNotice(recipient_id=sales.user_id)
    forward_notice(call_of(app, reception), notice_id, forward)
    called_at = TAKEN_AT + timedelta(hours=1)
    called = NoteNoticeAction(description="Called back", done_at=called_at)
    acted = note_notice_action(call_of(app, sales), notice_id, called)
    resolution = ResolveNotice(
        department="Sales",
        work_centre="Valencia",
        resolution_code="solved",
        solution="Visit booked",
        resolved_at=TAKEN_AT + timedelta(hours=2),
    )
    resolve_notice(call_of(app, sales), notice_id, resolution)

    notice = reloaded(settings, notice_id)
    assert isinstance(notice, Notice)
    assert (notice.number, notice.status, notice.recipient_id) == (
        "AV-000001",
        NoticeStatus.RESOLVED,
        sales.user_id,
    )
    assert notice.caller == Caller(CallerKind.CUSTOMER, customer_id, None, "600 111 222")
    assert (notice.taken_at, notice.taken_by) == (TAKEN_AT, str(reception.user_id))
    assert notice.actions == [NoticeAction("Called back", str(sales.user_id), called_at)]
    assert notice.resolution == Resolution(
        TAKEN_AT + timedelta(hours=2), sales.user_id, "Sales", "Valencia", "solved", "Visit booked"
    )
    as_acted_on = reloaded(settings, notice_id, version=acted.version)
    assert isinstance(as_acted_on, Notice)
    assert (as_acted_on.status, as_acted_on.resolution) == (NoticeStatus.OPEN, None)
