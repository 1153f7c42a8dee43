"""Repair order commands: receive, schedule, register work, use materials, deliver, verify with
the customer, close, reopen."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from cronica.commands.call import CommandCall
from cronica.commands.customer_records import customer_and_contact, customers_record
from cronica.commands.models.repair_orders import (
    DeliverRepairOrder,
    ReceiveRepairOrder,
    RegisterRepairWork,
    ReopenRepairOrder,
    ScheduleRepairOrder,
    UseMaterials,
    VerifyRepairOrder,
)
from cronica.commands.records import change_record, referenced, user_or_caller
from cronica.commands.results import Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.project import Project
from cronica.domain.repair_order import RepairOrder
from cronica.domain.repair_order_values import (
    Delivery,
    MaterialUse,
    Reception,
    ScheduledSlot,
    Verification,
    Warranty,
    WorkDone,
)
from cronica.domain.roles import require_technician
from cronica.domain.user import User

PREFIX = "OR"


def _technician(call: CommandCall, user_id: UUID, field: str) -> UUID:
    """A technician of the caller's company named in the body's `field`."""
    user = referenced(call, User, user_id, field)
    require_technician(user.id, user.role, field)
    return user.id


def _project_of(call: CommandCall, customer_id: UUID, project_id: UUID) -> UUID:
    """An open project of the same customer, to receive the order into."""
    project = customers_record(call, Project, project_id, "project_id", customer_id)
    project.require_open_for("receive an order into")
    return project.id


def receive_repair_order(call: CommandCall, command: ReceiveRepairOrder) -> Written:
    def decide() -> list[CronicaAggregate]:
        customer = customer_and_contact(call, command.customer_id, command.contact_id)
        project_id = None
        if command.project_id is not None:
            project_id = _project_of(call, customer.id, command.project_id)
        reception = Reception(
            received_by=_technician(call, command.received_by, "received_by"),
            received_at=command.received_at or datetime.now(UTC),
            fault_description=command.fault_description,
            accessories=tuple(command.accessories),
            warranty=Warranty(command.warranty.in_warranty, command.warranty.reference),
        )
        return call.numbered(
            PREFIX,
            lambda number: RepairOrder.receive(
                company_id=call.who.company_id,
                number=number,
                customer_id=customer.id,
                contact_id=command.contact_id,
                project_id=project_id,
                priority=command.priority.value,
                reception=reception,
            ),
        )

    return call.write(decide)


def schedule_repair_order(
    call: CommandCall,
    order_id: UUID,
    command: ScheduleRepairOrder,
) -> Written:
    technician_id = _technician(call, command.technician_id, "technician_id")
    slot = ScheduledSlot(technician_id, command.starts_at, command.ends_at)
    return change_record(call, RepairOrder, order_id, lambda o: o.schedule(slot))


def register_repair_work(
    call: CommandCall,
    order_id: UUID,
    command: RegisterRepairWork,
) -> Written:
    work = WorkDone(
        technician_id=user_or_caller(call, command.technician_id, "technician_id"),
        work_done=command.work_done,
        started_at=command.started_at,
        ended_at=command.ended_at,
        finishes_service=command.finishes_service,
    )
    return change_record(call, RepairOrder, order_id, lambda o: o.register_work(work))


def use_materials(
    call: CommandCall,
    order_id: UUID,
    command: UseMaterials,
) -> Written:
    """Notes every material of the body on the order, one event each, all or none."""
    uses = [MaterialUse(m.reference, m.description, m.quantity) for m in command.materials]

    def use_all(order: RepairOrder) -> None:
        for use in uses:
            order.use_material(use)

    return change_record(call, RepairOrder, order_id, use_all)


def deliver_repair_order(
    call: CommandCall,
    order_id: UUID,
    command: DeliverRepairOrder,
) -> Written:
    delivery = Delivery(
        delivered_at=command.delivered_at or datetime.now(UTC),
        technician_id=user_or_caller(call, command.technician_id, "technician_id"),
    )
    return change_record(call, RepairOrder, order_id, lambda o: o.deliver(delivery))


def verify_repair_order(
    call: CommandCall,
    order_id: UUID,
    command: VerifyRepairOrder,
) -> Written:
    verification = Verification(command.comments, command.rating)
    return change_record(call, RepairOrder, order_id, lambda o: o.verify(verification))


def close_repair_order(call: CommandCall, order_id: UUID) -> Written:
    return change_record(call, RepairOrder, order_id, lambda o: o.close())


def reopen_repair_order(
    call: CommandCall,
    order_id: UUID,
    command: ReopenRepairOrder,
) -> Written:
    return change_record(call, RepairOrder, order_id, lambda o: o.reopen(command.reason))
