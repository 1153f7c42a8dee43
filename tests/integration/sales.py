"""Salespeople working on opportunities through the command functions, as the HTTP API would."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from uuid import UUID

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
from cronica.commands.opportunities import (
    assign_opportunity,
    lose_opportunity,
    mark_commercial_action_done,
    open_opportunity,
    record_commercial_action,
    reopen_opportunity,
    wait_for_customer,
    win_opportunity,
    work_on_opportunity,
)
from cronica.commands.results import Principal, Written
from cronica.domain.roles import Capability, can
from tests.integration.office import Office, call_of


def in_days(days: int) -> date:
    """A day counted from today (the server's "today" refuses next contacts before it)."""
    return date.today() + timedelta(days=days)


@dataclass
class Sales:
    """The opportunity commands of one office's staff."""

    office: Office

    def sellers(self) -> list[Principal]:
        return [person for person in self.office.staff if can(person.role, Capability.SELL)]

    def open(
        self,
        who: Principal,
        customer_id: UUID,
        subject: str,
        *,
        type: str = "new_sale",
        source: str | None = None,
        priority: str = "normal",
        amount: str | None = None,
        agent: Principal | None = None,
        notes: str | None = None,
    ) -> Written:
        command = OpenOpportunity(
            customer_id=customer_id,
            type=type,
            subject=subject,
            source=source,
            notes=notes,
            priority=priority,
            expected_amount=None if amount is None else Decimal(amount),
            agent_id=None if agent is None else agent.user_id,
        )
        return open_opportunity(call_of(self.office.app, who), command)

    def assign(self, who: Principal, opportunity_id: UUID, agent: Principal) -> Written:
        command = AssignOpportunity(agent_id=agent.user_id)
        return assign_opportunity(call_of(self.office.app, who), opportunity_id, command)

    def act(
        self, who: Principal, opportunity_id: UUID, kind: str, description: str, done: bool = False
    ) -> UUID:
        """Records a commercial action; answers its id."""
        command = RecordCommercialAction(kind=kind, description=description, done=done)
        app = self.office.app
        return record_commercial_action(call_of(app, who), opportunity_id, command)[1]

    def done(self, who: Principal, opportunity_id: UUID, action_id: UUID) -> Written:
        app = self.office.app
        return mark_commercial_action_done(call_of(app, who), opportunity_id, action_id)

    def wait(self, who: Principal, opportunity_id: UUID, comment: str, until: date) -> Written:
        command = WaitForCustomer(comment=comment, next_contact_on=until)
        return wait_for_customer(call_of(self.office.app, who), opportunity_id, command)

    def work(self, who: Principal, opportunity_id: UUID, comment: str) -> Written:
        command = WorkOnOpportunity(comment=comment)
        return work_on_opportunity(call_of(self.office.app, who), opportunity_id, command)

    def win(self, who: Principal, opportunity_id: UUID, invoice_number: str) -> Written:
        command = WinOpportunity(invoice_number=invoice_number)
        return win_opportunity(call_of(self.office.app, who), opportunity_id, command)

    def lose(
        self, who: Principal, opportunity_id: UUID, reason: str, improve: str | None = None
    ) -> Written:
        command = LoseOpportunity(reason=reason, what_to_improve=improve)
        return lose_opportunity(call_of(self.office.app, who), opportunity_id, command)

    def reopen(self, who: Principal, opportunity_id: UUID, reason: str) -> Written:
        command = ReopenOpportunity(reason=reason)
        return reopen_opportunity(call_of(self.office.app, who), opportunity_id, command)
