"""The commands that fill agendas, given as the HTTP API would give them: tasks, repair orders'
slots, agenda entries, opportunities waiting for a contact, customers' visit plans, and the
calendar feed's secret."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from uuid import UUID

from cronica.commands import agenda, calendar_feeds, customers, opportunities, repair_orders, tasks
from cronica.commands.models import agenda as agenda_bodies
from cronica.commands.models import customers as customer_bodies
from cronica.commands.models import opportunities as opportunity_bodies
from cronica.commands.models import repair_orders as repair_bodies
from cronica.commands.models import tasks as task_bodies
from cronica.commands.results import Principal, Written
from tests.integration.office import Office, call_of


@dataclass(frozen=True)
class AgendaDesk:
    """Commands of `office`'s staff on the records agendas are made of."""

    office: Office

    def plan_task(
        self, who: Principal, customer_id: UUID, starts_at: datetime, **fields: Any
    ) -> Written:
        body = task_bodies.PlanTask.model_validate(
            {"customerId": customer_id, "description": "Call back", "type": "call"}
            | {"startsAt": starts_at, **fields}
        )
        return tasks.plan_task(call_of(self.office.app, who), body)

    def take_charge(self, who: Principal, task_id: UUID) -> Written:
        return tasks.take_charge_of_task(call_of(self.office.app, who), task_id)

    def close_task(self, who: Principal, task_id: UUID) -> Written:
        body = task_bodies.CloseTask(note="done")
        return tasks.close_task(call_of(self.office.app, who), task_id, body)

    def cancel_task(self, who: Principal, task_id: UUID) -> Written:
        body = task_bodies.CancelTask(reason="no longer needed")
        return tasks.cancel_task(call_of(self.office.app, who), task_id, body)

    def receive_repair(self, who: Principal, customer_id: UUID, technician: Principal) -> Written:
        body = repair_bodies.ReceiveRepairOrder(
            customer_id=customer_id,
            received_by=technician.user_id,
            fault_description="Does not switch on",
        )
        return repair_orders.receive_repair_order(call_of(self.office.app, who), body)

    def schedule_repair(
        self,
        who: Principal,
        order_id: UUID,
        technician: Principal,
        starts: datetime,
        ends: datetime,
    ) -> Written:
        body = repair_bodies.ScheduleRepairOrder(
            technician_id=technician.user_id, starts_at=starts, ends_at=ends
        )
        app = self.office.app
        return repair_orders.schedule_repair_order(call_of(app, who), order_id, body)

    def put_entry(
        self, who: Principal, starts: datetime, ends: datetime, title: str, **fields: Any
    ) -> Written:
        body = agenda_bodies.PutInAgenda.model_validate(
            {"startsAt": starts, "endsAt": ends, "title": title, **fields}
        )
        return agenda.put_in_agenda(call_of(self.office.app, who), body)

    def move_entry(
        self, who: Principal, entry_id: UUID, starts: datetime, ends: datetime
    ) -> Written:
        body = agenda_bodies.MoveAgendaEntry(starts_at=starts, ends_at=ends)
        return agenda.move_agenda_entry(call_of(self.office.app, who), entry_id, body)

    def edit_entry(self, who: Principal, entry_id: UUID, title: str) -> Written:
        body = agenda_bodies.EditAgendaEntry(title=title)
        return agenda.edit_agenda_entry(call_of(self.office.app, who), entry_id, body)

    def cancel_entry(self, who: Principal, entry_id: UUID) -> Written:
        body = agenda_bodies.CancelAgendaEntry(reason="called off")
        return agenda.cancel_agenda_entry(call_of(self.office.app, who), entry_id, body)

    def open_opportunity(self, who: Principal, customer_id: UUID, subject: str) -> Written:
        body = opportunity_bodies.OpenOpportunity(
            customer_id=customer_id, agent_id=who.user_id, type="new_sale", subject=subject
        )
        return opportunities.open_opportunity(call_of(self.office.app, who), body)

    def wait_for_customer(self, who: Principal, opportunity_id: UUID, on: date) -> Written:
        body = opportunity_bodies.WaitForCustomer(comment="Call after holidays", next_contact_on=on)
        app = self.office.app
        return opportunities.wait_for_customer(call_of(app, who), opportunity_id, body)

    def win(self, who: Principal, opportunity_id: UUID) -> Written:
        body = opportunity_bodies.WinOpportunity(invoice_number="F-2026-001")
        app = self.office.app
        return opportunities.win_opportunity(call_of(app, who), opportunity_id, body)

    def represent(self, who: Principal, customer_id: UUID, representative: Principal) -> Written:
        body = customer_bodies.AssignRepresentative(representative_id=representative.user_id)
        app = self.office.app
        return customers.assign_representative(call_of(app, who), customer_id, body)

    def plan_visits(
        self, who: Principal, customer_id: UUID, weekdays: list[str], starts_on: date, **more: Any
    ) -> Written:
        body = customer_bodies.SetVisitPlan.model_validate(
            {"weekdays": weekdays, "windowStarts": time(9), "windowEnds": time(11)}
            | {"frequency": "weekly", "startsOn": starts_on, **more}
        )
        app = self.office.app
        return customers.change_customer(call_of(app, who), customer_id, body)

    def stop_visits(self, who: Principal, customer_id: UUID) -> Written:
        body = customer_bodies.ClearVisitPlan()
        app = self.office.app
        return customers.change_customer(call_of(app, who), customer_id, body)

    def issue_feed(self, who: Principal) -> str:
        return calendar_feeds.issue_calendar_feed(call_of(self.office.app, who)).secret
