"""Repair order commands over HTTP: receive, schedule, register work, use materials, deliver,
verify, close, reopen."""

from __future__ import annotations

from fastapi import APIRouter

from cronica.commands import repair_orders
from cronica.commands.http.routes import Action, Create, declare_routes
from cronica.commands.models.repair_orders import (
    DeliverRepairOrder,
    ReceiveRepairOrder,
    RegisterRepairWork,
    ReopenRepairOrder,
    ScheduleRepairOrder,
    UseMaterials,
    VerifyRepairOrder,
)
from cronica.domain.repair_order import RepairOrder

router = APIRouter(prefix="/v1/repair-orders", tags=["repair orders"])


declare_routes(
    router,
    RepairOrder,
    "repairOrderId",
    [
        Create(
            repair_orders.receive_repair_order,
            ReceiveRepairOrder,
            "Receive an article for repair",
            "Numbered OR-000001 onwards. The receiving technician must be a technician; a "
            "project must be an open one of the same customer.",
        ),
        Action(
            "schedule",
            repair_orders.schedule_repair_order,
            ScheduleRepairOrder,
            "Assign to a technician for a slot",
            "Also plans a new slot for an order already scheduled or in progress.",
        ),
        Action(
            "work",
            repair_orders.register_repair_work,
            RegisterRepairWork,
            "Register work done on it",
            "A line of the technician's timesheet; `finishesService` marks it finished.",
        ),
        Action(
            "materials",
            repair_orders.use_materials,
            UseMaterials,
            "Note materials used",
            "While in progress or finished; all the materials given, or none.",
        ),
        Action(
            "deliver",
            repair_orders.deliver_repair_order,
            DeliverRepairOrder,
            "Hand it back to the customer",
        ),
        Action(
            "verify",
            repair_orders.verify_repair_order,
            VerifyRepairOrder,
            "Record the customer's verdict",
            "A rating of 1 or 2 (an unsatisfied customer) reopens the order at once.",
        ),
        Action(
            "close", repair_orders.close_repair_order, None, "Close a delivered or verified order"
        ),
        Action(
            "reopen",
            repair_orders.reopen_repair_order,
            ReopenRepairOrder,
            "Reopen it: back in progress",
            "From finished, delivered, verified or closed.",
        ),
    ],
)
