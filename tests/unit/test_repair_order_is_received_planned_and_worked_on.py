"""The repair order's rules (DOMAIN.md, repair order / technical service) from its reception to
the end of the work, one story per rule; the builders here serve the later stories too."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from uuid import uuid4

import pytest

from cronica.domain.context import CommandContext
from cronica.domain.errors import (
    IllegalTransitionError,
    InvalidQuantityError,
    InvalidTimeRangeError,
    MissingCommandContextError,
    NaiveDateTimeError,
)
from cronica.domain.priority import Priority
from cronica.domain.repair_order import RepairOrder
from cronica.domain.repair_order_values import (
    Delivery,
    MaterialUse,
    Reception,
    ScheduledSlot,
    Warranty,
    WorkDone,
)
from tests.fixtures.domain_records import assert_stamped_by, replayed
from tests.fixtures.new_records.repair_order import (
    MONDAY,
    RECEPTIONIST,
    TECHNICIAN,
    S,
    finished_order,
    new_repair_order,
    refuses,
    slot,
    work,
)


def test_an_order_is_received_with_the_fault_accessories_and_warranty(
    acting: CommandContext,
) -> None:
    project, contact = uuid4(), uuid4()
    order = new_repair_order(project_id=project, contact_id=contact, priority="urgent")

    (received,) = order.collect_events()
    assert isinstance(received, RepairOrder.Received)
    assert received.reception["received_at"] == "2025-03-10T09:00:00+00:00"
    again = replayed(RepairOrder, [received])
    assert again.reception == order.reception
    assert again.reception.accessories == ("charger", "bag")
    assert again.reception.warranty == Warranty(True, "GAR-2024-118")
    assert (again.status, again.priority, again.version) == (S.RECEIVED, Priority.URGENT, 1)
    assert (again.project_id, again.contact_id) == (project, contact)
    assert new_repair_order().priority is Priority.NORMAL


def test_an_order_is_planned_before_anyone_works_on_it(acting: CommandContext) -> None:
    order = new_repair_order()
    order.collect_events()
    refuses(order, IllegalTransitionError, lambda: order.register_work(work()))

    order.schedule(slot())
    assert (order.status, order.slot) == (S.SCHEDULED, slot())
    refuses(order, IllegalTransitionError, lambda: order.schedule(slot()))
    order.schedule(slot(uuid4(), day=2))
    order.register_work(work(hours=2))
    assert (order.status, order.minutes_worked) == (S.IN_PROGRESS, 120)
    order.schedule(slot(day=5))
    assert order.status is S.IN_PROGRESS
    events = order.collect_events()
    assert [type(e) for e in events] == [
        RepairOrder.Scheduled,
        RepairOrder.Scheduled,
        RepairOrder.WorkRegistered,
        RepairOrder.Scheduled,
    ]


@pytest.mark.parametrize("length", [timedelta(0), timedelta(minutes=-30)])
def test_slots_and_work_must_end_after_they_start(length: timedelta) -> None:
    with pytest.raises(InvalidTimeRangeError):
        ScheduledSlot(TECHNICIAN, MONDAY, MONDAY + length)
    with pytest.raises(InvalidTimeRangeError):
        WorkDone(TECHNICIAN, "Backwards", MONDAY, MONDAY + length)


def test_times_without_a_time_zone_are_refused() -> None:
    naive = datetime(2025, 3, 10, 9, 0)
    with pytest.raises(NaiveDateTimeError):
        ScheduledSlot(TECHNICIAN, naive, naive + timedelta(hours=1))
    with pytest.raises(NaiveDateTimeError):
        Delivery(naive, TECHNICIAN)
    with pytest.raises(NaiveDateTimeError):
        Reception(RECEPTIONIST, naive, "Broken", (), Warranty(False))


def test_work_that_finishes_the_service_makes_the_order_finished(acting: CommandContext) -> None:
    order = finished_order()

    assert (order.status, order.minutes_worked) == (S.FINISHED, 60)
    refuses(order, IllegalTransitionError, lambda: order.register_work(work()))
    refuses(order, IllegalTransitionError, lambda: order.schedule(slot(day=4)))


@pytest.mark.parametrize("quantity", ["0", "-1", "NaN", "Infinity"])
def test_a_material_is_used_in_a_quantity_above_zero(quantity: str) -> None:
    with pytest.raises(InvalidQuantityError):
        MaterialUse("HNG-15", "Hinge", Decimal(quantity))


def test_materials_are_noted_while_working_or_once_finished(acting: CommandContext) -> None:
    order = new_repair_order()
    order.schedule(slot())
    order.collect_events()
    hinge, screws = (
        MaterialUse("HNG-15", "Hinge", Decimal(1)),
        MaterialUse("SCR", "Screw", Decimal("0.5")),
    )
    refuses(order, IllegalTransitionError, lambda: order.use_material(hinge))

    order.register_work(work())
    order.use_material(hinge)
    order.register_work(work(finishes_service=True))
    order.use_material(screws)

    events = order.collect_events()
    assert [e.quantity for e in events if isinstance(e, RepairOrder.MaterialUsed)] == ["1", "0.5"]
    assert order.materials == (hinge, screws)


def test_every_event_says_which_company_who_and_in_which_request(acting: CommandContext) -> None:
    order = new_repair_order()
    order.schedule(slot())
    order.register_work(work(finishes_service=True))

    events = order.collect_events()

    assert_stamped_by(events, acting)


def test_no_event_can_be_triggered_outside_a_command() -> None:
    with pytest.raises(MissingCommandContextError):
        new_repair_order()
