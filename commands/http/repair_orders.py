"""Repair order commands over HTTP: receive, schedule, register work, use materials, deliver,
verify, close, reopen."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Response

from cronica.commands import repair_orders
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import ACTION_PROBLEMS, problem_responses
from cronica.commands.models.repair_orders import (
    DeliverRepairOrder,
    ReceiveRepairOrder,
    RegisterRepairWork,
    ReopenRepairOrder,
    ScheduleRepairOrder,
    UseMaterials,
    VerifyRepairOrder,
)

router = APIRouter(prefix="/v1/repair-orders", tags=["repair orders"])

RepairOrderId = Annotated[UUID, Path(alias="repairOrderId")]


@router.post(
    "",
    status_code=201,
    summary="Receive an article for repair",
    description="Numbered OR-000001 onwards. The receiving technician must be a technician; a "
    "project must be an open one of the same customer.",
    responses=problem_responses(400, 401, 409, 422),
)
def receive_repair_order(body: ReceiveRepairOrder, call: Call, response: Response) -> Accepted:
    written = repair_orders.receive_repair_order(call, body)
    return accepted(response, written)


@router.post(
    "/{repairOrderId}/schedule",
    summary="Assign to a technician for a slot",
    description="Also plans a new slot for an order already scheduled or in progress.",
    responses=ACTION_PROBLEMS,
)
def schedule_repair_order(
    order_id: RepairOrderId, body: ScheduleRepairOrder, call: Call, response: Response
) -> Accepted:
    written = repair_orders.schedule_repair_order(call, order_id, body)
    return accepted(response, written)


@router.post(
    "/{repairOrderId}/work",
    summary="Register work done on it",
    description="A line of the technician's timesheet; `finishesService` marks it finished.",
    responses=ACTION_PROBLEMS,
)
def register_repair_work(
    order_id: RepairOrderId, body: RegisterRepairWork, call: Call, response: Response
) -> Accepted:
    written = repair_orders.register_repair_work(call, order_id, body)
    return accepted(response, written)


@router.post(
    "/{repairOrderId}/materials",
    summary="Note materials used",
    description="While in progress or finished; all the materials given, or none.",
    responses=ACTION_PROBLEMS,
)
def use_materials(
    order_id: RepairOrderId, body: UseMaterials, call: Call, response: Response
) -> Accepted:
    written = repair_orders.use_materials(call, order_id, body)
    return accepted(response, written)


@router.post(
    "/{repairOrderId}/deliver", summary="Hand it back to the customer", responses=ACTION_PROBLEMS
)
def deliver_repair_order(
    order_id: RepairOrderId, body: DeliverRepairOrder, call: Call, response: Response
) -> Accepted:
    written = repair_orders.deliver_repair_order(call, order_id, body)
    return accepted(response, written)


@router.post(
    "/{repairOrderId}/verify",
    summary="Record the customer's verdict",
    description="A rating of 1 or 2 (an unsatisfied customer) reopens the order at once.",
    responses=ACTION_PROBLEMS,
)
def verify_repair_order(
    order_id: RepairOrderId, body: VerifyRepairOrder, call: Call, response: Response
) -> Accepted:
    written = repair_orders.verify_repair_order(call, order_id, body)
    return accepted(response, written)


@router.post(
    "/{repairOrderId}/close",
    summary="Close a delivered or verified order",
    responses=ACTION_PROBLEMS,
)
def close_repair_order(order_id: RepairOrderId, call: Call, response: Response) -> Accepted:
    written = repair_orders.close_repair_order(call, order_id)
    return accepted(response, written)


@router.post(
    "/{repairOrderId}/reopen",
    summary="Reopen it: back in progress",
    description="From finished, delivered, verified or closed.",
    responses=ACTION_PROBLEMS,
)
def reopen_repair_order(
    order_id: RepairOrderId, body: ReopenRepairOrder, call: Call, response: Response
) -> Accepted:
    written = repair_orders.reopen_repair_order(call, order_id, body)
    return accepted(response, written)
