"""Opportunity commands: open, assign, record a commercial action and mark it done, wait for the
customer or work on it, win, lose, reopen."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from cronica.commands.call import CommandCall
from cronica.commands.catalogues import require_entry
from cronica.commands.customer_records import customer_and_contact
from cronica.commands.models.opportunities import (
    AssignOpportunity,
    LoseOpportunity,
    OpenOpportunity,
    RecordCommercialAction,
    ReopenOpportunity,
    WaitForCustomer,
    WinOpportunity,
    WorkOnOpportunity,
)
from cronica.commands.records import add_to_record, change_record, referenced
from cronica.commands.results import Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.catalogue_values import CatalogueKind
from cronica.domain.errors import UnknownActionError
from cronica.domain.opportunity import Opportunity
from cronica.domain.opportunity_values import OpportunityDetails
from cronica.domain.priority import Priority
from cronica.domain.roles import require_seller
from cronica.domain.user import User

PREFIX = "OP"


def _seller(call: CommandCall, agent_id: UUID) -> UUID:
    """The id of the agent named in the body, once he is a user of the company who sells."""
    agent = referenced(call, User, agent_id, "agent_id")
    require_seller(agent.id, agent.role)
    return agent.id


def open_opportunity(call: CommandCall, command: OpenOpportunity) -> Written:
    def decide() -> list[CronicaAggregate]:
        customer = customer_and_contact(call, command.customer_id, command.contact_id)
        agent_id = None if command.agent_id is None else _seller(call, command.agent_id)
        details = OpportunityDetails(
            opportunity_type=command.type,
            subject=command.subject,
            notes=command.notes or "",
            source=command.source,
            priority=Priority(command.priority),
            expected_amount=command.expected_amount,
            expected_on=command.expected_on,
        )
        return call.numbered(
            PREFIX,
            lambda number: Opportunity.open(
                company_id=call.who.company_id,
                number=number,
                customer_id=customer.id,
                contact_id=command.contact_id,
                details=details,
                agent_id=agent_id,
            ),
        )

    return call.write(decide)


def assign_opportunity(
    call: CommandCall,
    opportunity_id: UUID,
    command: AssignOpportunity,
) -> Written:
    agent_id = _seller(call, command.agent_id)
    return change_record(call, Opportunity, opportunity_id, lambda o: o.assign(agent_id))


def record_commercial_action(
    call: CommandCall,
    opportunity_id: UUID,
    command: RecordCommercialAction,
) -> tuple[Written, UUID]:
    """Records the action; answers the opportunity's new version and the new action's id."""
    return add_to_record(
        call,
        Opportunity,
        opportunity_id,
        lambda o: o.record_action(command.kind, command.description, command.done),
        lambda o: list(o.actions)[-1],
    )


def mark_commercial_action_done(
    call: CommandCall,
    opportunity_id: UUID,
    action_id: UUID,
) -> Written:
    """Marks the action done; an action the opportunity lacks is the URL's fault (404)."""
    return change_record(
        call,
        Opportunity,
        opportunity_id,
        lambda o: o.mark_action_done(action_id),
        (UnknownActionError,),
    )


def wait_for_customer(
    call: CommandCall,
    opportunity_id: UUID,
    command: WaitForCustomer,
) -> Written:
    """Follows the opportunity up into waiting; "today" is the server's date."""

    def wait(opportunity: Opportunity) -> None:
        opportunity.follow_up_waiting(command.comment, command.next_contact_on, date.today())

    return change_record(call, Opportunity, opportunity_id, wait)


def work_on_opportunity(
    call: CommandCall,
    opportunity_id: UUID,
    command: WorkOnOpportunity,
) -> Written:
    return change_record(
        call,
        Opportunity,
        opportunity_id,
        lambda o: o.follow_up_working(command.comment),
    )


def win_opportunity(
    call: CommandCall,
    opportunity_id: UUID,
    command: WinOpportunity,
) -> Written:
    return change_record(call, Opportunity, opportunity_id, lambda o: o.win(command.invoice_number))


def lose_opportunity(
    call: CommandCall,
    opportunity_id: UUID,
    command: LoseOpportunity,
) -> Written:
    require_entry(call, CatalogueKind.LOST_REASONS, command.reason, "reason")
    return change_record(
        call,
        Opportunity,
        opportunity_id,
        lambda o: o.lose(command.reason, command.what_to_improve),
    )


def reopen_opportunity(
    call: CommandCall,
    opportunity_id: UUID,
    command: ReopenOpportunity,
) -> Written:
    return change_record(call, Opportunity, opportunity_id, lambda o: o.reopen(command.reason))
