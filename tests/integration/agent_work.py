"""Work given to agents of an office: notices, repair orders, tasks and opportunities, through
the command functions as the HTTP API would call them (incidents are in office.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID

from cronica.commands.models.notices import LogNotice, ReopenNotice, ResolveNotice
from cronica.commands.models.opportunities import (
    LoseOpportunity,
    OpenOpportunity,
    ReopenOpportunity,
    WinOpportunity,
)
from cronica.commands.models.repair_orders import (
    DeliverRepairOrder,
    ReceiveRepairOrder,
    RegisterRepairWork,
    ScheduleRepairOrder,
)
from cronica.commands.models.tasks import (
    CancelTask,
    CloseTask,
    FollowUpTask,
    PlanTask,
    RecordHistoryNote,
    ReopenTask,
)
from cronica.commands.notices import log_notice, reopen_notice, resolve_notice
from cronica.commands.opportunities import (
    lose_opportunity,
    open_opportunity,
    reopen_opportunity,
    win_opportunity,
)
from cronica.commands.repair_orders import (
    deliver_repair_order,
    receive_repair_order,
    register_repair_work,
    schedule_repair_order,
)
from cronica.commands.results import Principal
from cronica.commands.tasks import (
    cancel_task,
    close_task,
    follow_up_task,
    plan_task,
    record_history_note,
    reopen_task,
)
from tests.integration.office import Office, call_of


@dataclass
class AgentWork:
    """Commands of `office`'s staff; `boss` gives those only a manager may give."""

    office: Office
    boss: Principal
    customer: UUID

    def notice(self, recipient: Principal, taken_at: datetime) -> UUID:
        command = LogNotice(
            caller_kind="other",
            recipient_id=recipient.user_id,
            code="call_back",
            text="Call me back",
            importance=3,
            taken_at=taken_at,
            caller_name="Marta",
        )
        return log_notice(call_of(self.office.app, self.boss), command).id

    def resolve_notice(self, who: Principal, notice_id: UUID, at: datetime) -> None:
        command = ResolveNotice(
            department="Sales",
            work_centre="Valencia",
            resolution_code="solved",
            solution="Called back",
            resolved_at=at,
        )
        resolve_notice(call_of(self.office.app, who), notice_id, command)

    def reopen_notice(self, notice_id: UUID) -> None:
        command = ReopenNotice(reason="Called again")
        reopen_notice(call_of(self.office.app, self.boss), notice_id, command)

    def repair(self, technician: Principal, received_at: datetime) -> UUID:
        """An order received, then scheduled for the technician an hour later."""
        app, boss = self.office.app, self.boss
        received = ReceiveRepairOrder(
            customer_id=self.customer,
            received_by=technician.user_id,
            received_at=received_at,
            fault_description="Does not print",
        )
        order_id = receive_repair_order(call_of(app, boss), received).id
        start = received_at + timedelta(hours=1)
        slot = ScheduleRepairOrder(
            technician_id=technician.user_id, starts_at=start, ends_at=start + timedelta(hours=1)
        )
        schedule_repair_order(call_of(app, boss), order_id, slot)
        return order_id

    def deliver(self, technician: Principal, order_id: UUID, at: datetime) -> None:
        """Works on the order till an hour before `at`, finishing it, and delivers it at `at`."""
        app, who = self.office.app, technician
        work = RegisterRepairWork(
            work_done="Replaced the fuser",
            started_at=at - timedelta(hours=2),
            ended_at=at - timedelta(hours=1),
            finishes_service=True,
        )
        register_repair_work(call_of(app, who), order_id, work)
        delivery = DeliverRepairOrder(delivered_at=at)
        deliver_repair_order(call_of(app, who), order_id, delivery)

    def task(self, operator: Principal | None, starts_at: datetime) -> UUID:
        command = PlanTask(
            customer_id=self.customer,
            description="Call about the quote",
            type="call",
            starts_at=starts_at,
            operator_id=operator.user_id if operator else None,
        )
        return plan_task(call_of(self.office.app, self.boss), command).id

    def history_note(self, operator: Principal, starts_at: datetime, minutes: int) -> UUID:
        command = RecordHistoryNote(
            customer_id=self.customer,
            description="Visited the shop",
            type="visit",
            starts_at=starts_at,
            ends_at=starts_at + timedelta(minutes=minutes),
        )
        return record_history_note(call_of(self.office.app, operator), command).id

    def close_task(self, who: Principal, task_id: UUID) -> None:
        close_task(call_of(self.office.app, who), task_id, CloseTask(note="Done"))

    def follow_up_task(self, who: Principal, task_id: UUID, next_at: datetime) -> UUID:
        command = FollowUpTask(
            outcome="Wants a quote",
            description="Send the quote",
            type="quote",
            starts_at=next_at,
            operator_id=who.user_id,
        )
        return follow_up_task(call_of(self.office.app, who), task_id, command)[1]

    def cancel_task(self, who: Principal, task_id: UUID) -> None:
        cancel_task(call_of(self.office.app, who), task_id, CancelTask(reason="No need"))

    def reopen_task(self, who: Principal, task_id: UUID) -> None:
        reopen_task(call_of(self.office.app, who), task_id, ReopenTask(reason="Again"))

    def opportunity(self, agent: Principal) -> UUID:
        command = OpenOpportunity(
            customer_id=self.customer, agent_id=agent.user_id, type="new_sale", subject="Printers"
        )
        return open_opportunity(call_of(self.office.app, self.boss), command).id

    def win(self, who: Principal, opportunity_id: UUID) -> None:
        command = WinOpportunity(invoice_number="F-2026-001")
        win_opportunity(call_of(self.office.app, who), opportunity_id, command)

    def lose(self, who: Principal, opportunity_id: UUID) -> None:
        command = LoseOpportunity(reason="price")
        lose_opportunity(call_of(self.office.app, who), opportunity_id, command)

    def reopen_opportunity(self, who: Principal, opportunity_id: UUID) -> None:
        command = ReopenOpportunity(reason="They called back")
        reopen_opportunity(call_of(self.office.app, who), opportunity_id, command)
