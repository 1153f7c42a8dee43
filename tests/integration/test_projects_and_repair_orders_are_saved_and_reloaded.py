"""Projects and repair orders written through the command functions come back from the store, as
they are now and as they were at an earlier version, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from cronica.commands import projects, repair_orders
from cronica.commands.call import CommandCall
from cronica.commands.models import projects as project_bodies
from cronica.commands.models import repair_orders as order_bodies
from cronica.domain.project import Project, ProjectDates, ProjectStatus
from cronica.domain.repair_order import RepairOrder
from cronica.domain.repair_order_values import (
    Delivery,
    MaterialUse,
    RepairOrderStatus,
    ScheduledSlot,
    Verification,
)
from cronica.ops.settings import Settings
from tests.fixtures.staff.office import Office, request_of
from tests.fixtures.write_side import reloaded

MONDAY = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)


def test_a_project_and_its_repair_order_come_back_as_they_are_and_as_they_were(
    settings: Settings, office: Office
) -> None:
    agent, luis = office.hire("Marta Vidal", "agent"), office.hire("Luis Gil", "technician")
    customer_id = office.customer(agent, "Ferrer SL")
    contact_id = office.contact(agent, customer_id, "Lucía Ferrer")
    app, asked = office.app, request_of(agent)
    opened = projects.open_project(
        CommandCall(app, agent, asked),
        project_bodies.OpenProject(
            customer_id=customer_id,
            contact_id=contact_id,
            name="Warehouse fit-out",
            description="Label printers and scanners.",
            starts_on=date(2025, 3, 3),
            target_on=date(2025, 3, 31),
        ),
    )
    april = project_bodies.RescheduleProject(
        starts_on=date(2025, 4, 1), target_on=date(2025, 4, 30)
    )
    projects.reschedule_project(CommandCall(app, agent, asked), opened.id, april)
    received = repair_orders.receive_repair_order(
        CommandCall(app, agent, asked),
        order_bodies.ReceiveRepairOrder(
            customer_id=customer_id,
            project_id=opened.id,
            received_by=luis.user_id,
            received_at=MONDAY,
            fault_description="It does not boot",
            accessories=["charger"],
        ),
    )
    order_id, hours = received.id, timedelta(hours=1)
    slot = order_bodies.ScheduleRepairOrder(
        technician_id=luis.user_id, starts_at=MONDAY, ends_at=MONDAY + 2 * hours
    )
    repair_orders.schedule_repair_order(CommandCall(app, agent, asked), order_id, slot)
    work = order_bodies.RegisterRepairWork(
        technician_id=luis.user_id,
        work_done="Replaced the disk",
        started_at=MONDAY,
        ended_at=MONDAY + timedelta(minutes=50),
        finishes_service=True,
    )
    repair_orders.register_repair_work(CommandCall(app, agent, asked), order_id, work)
    disk = order_bodies.MaterialModel(reference="SSD-1", description="Disk", quantity=Decimal(1))
    used = order_bodies.UseMaterials(materials=[disk])
    repair_orders.use_materials(CommandCall(app, agent, asked), order_id, used)
    handed = order_bodies.DeliverRepairOrder(delivered_at=MONDAY + 24 * hours)
    repair_orders.deliver_repair_order(CommandCall(app, agent, asked), order_id, handed)
    verdict = order_bodies.VerifyRepairOrder(comments="Fast", rating=4)
    repair_orders.verify_repair_order(CommandCall(app, agent, asked), order_id, verdict)
    closed = repair_orders.close_repair_order(CommandCall(app, agent, asked), order_id)
    projects.close_project(
        CommandCall(app, agent, asked), opened.id, project_bodies.CloseProject(outcome="completed")
    )

    project = reloaded(settings, opened.id)
    assert isinstance(project, Project)
    assert (project.number, project.status, project.contact_id, project.responsible_id) == (
        "PR-000001",
        ProjectStatus.COMPLETED,
        contact_id,
        agent.user_id,
    )
    assert project.dates == ProjectDates(date(2025, 4, 1), date(2025, 4, 30))
    as_opened = reloaded(settings, opened.id, version=1)
    assert isinstance(as_opened, Project)
    assert (as_opened.status, as_opened.dates.starts_on) == (ProjectStatus.OPEN, date(2025, 3, 3))

    order = reloaded(settings, order_id)
    assert isinstance(order, RepairOrder)
    assert (order.number, order.status, order.version, order.project_id) == (
        "OR-000001",
        RepairOrderStatus.CLOSED,
        closed.version,
        opened.id,
    )
    assert (order.reception.received_by, order.reception.accessories) == (
        luis.user_id,
        ("charger",),
    )
    assert order.slot == ScheduledSlot(luis.user_id, MONDAY, MONDAY + 2 * hours)
    assert (order.minutes_worked, order.materials) == (
        50,
        (MaterialUse("SSD-1", "Disk", Decimal(1)),),
    )
    assert order.delivery == Delivery(MONDAY + 24 * hours, agent.user_id)
    assert order.verification == Verification("Fast", 4)
    as_scheduled = reloaded(settings, order_id, version=2)
    assert isinstance(as_scheduled, RepairOrder)
    assert (as_scheduled.status, as_scheduled.minutes_worked) == (RepairOrderStatus.SCHEDULED, 0)
