"""The technical service of an office: its staff receiving, scheduling, repairing, delivering,
verifying, closing and reopening repair orders through the command functions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from cronica.commands import repair_orders as commands
from cronica.commands.models import repair_orders as bodies
from cronica.commands.results import Principal, Written
from tests.integration.office import Office, call_of


@dataclass
class Workshop:
    """Repair order commands of `office`'s people."""

    office: Office

    def receive(
        self,
        who: Principal,
        customer_id: UUID,
        technician: Principal,
        fault: str,
        at: datetime,
        **fields: Any,
    ) -> Written:
        body = bodies.ReceiveRepairOrder.model_validate(
            {
                "customerId": customer_id,
                "receivedBy": technician.user_id,
                "receivedAt": at,
                "faultDescription": fault,
                **fields,
            }
        )
        return commands.receive_repair_order(call_of(self.office.app, who), body)

    def schedule(
        self, who: Principal, order_id: UUID, technician: Principal, at: datetime
    ) -> Written:
        body = bodies.ScheduleRepairOrder(
            technician_id=technician.user_id, starts_at=at, ends_at=at + timedelta(hours=2)
        )
        return commands.schedule_repair_order(call_of(self.office.app, who), order_id, body)

    def work(
        self,
        who: Principal,
        order_id: UUID,
        work_done: str,
        at: datetime,
        minutes: int,
        *,
        finishes: bool = False,
    ) -> Written:
        body = bodies.RegisterRepairWork(
            work_done=work_done,
            started_at=at,
            ended_at=at + timedelta(minutes=minutes),
            finishes_service=finishes,
        )
        return commands.register_repair_work(call_of(self.office.app, who), order_id, body)

    def use(self, who: Principal, order_id: UUID, *parts: tuple[str, str, Decimal]) -> Written:
        body = bodies.UseMaterials(
            materials=[
                bodies.MaterialModel(reference=reference, description=description, quantity=n)
                for reference, description, n in parts
            ]
        )
        return commands.use_materials(call_of(self.office.app, who), order_id, body)

    def deliver(self, who: Principal, order_id: UUID, at: datetime) -> Written:
        body = bodies.DeliverRepairOrder(delivered_at=at)
        return commands.deliver_repair_order(call_of(self.office.app, who), order_id, body)

    def verify(self, who: Principal, order_id: UUID, rating: int, comments: str) -> Written:
        body = bodies.VerifyRepairOrder(comments=comments, rating=rating)
        return commands.verify_repair_order(call_of(self.office.app, who), order_id, body)

    def close(self, who: Principal, order_id: UUID) -> Written:
        return commands.close_repair_order(call_of(self.office.app, who), order_id)

    def reopen(self, who: Principal, order_id: UUID, reason: str) -> Written:
        body = bodies.ReopenRepairOrder(reason=reason)
        return commands.reopen_repair_order(call_of(self.office.app, who), order_id, body)
