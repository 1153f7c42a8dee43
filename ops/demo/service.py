"""The demo's technical service: an incident per customer (most assigned, followed up, some
closed), three repair orders at different stages, and a line a technician adds by hand to his
timesheet."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal

from cronica.commands import incidents, repair_orders, timesheets
from cronica.commands.models.incidents import (
    ArticleModel,
    AssignIncident,
    CloseIncident,
    FollowUpIncident,
    OpenIncident,
)
from cronica.commands.models.repair_orders import (
    DeliverRepairOrder,
    MaterialModel,
    ReceiveRepairOrder,
    RegisterRepairWork,
    ScheduleRepairOrder,
    UseMaterials,
    VerifyRepairOrder,
    WarrantyModel,
)
from cronica.commands.models.timesheets import AddTimesheetLine
from cronica.commands.results import Principal, Written
from cronica.ops.demo.office import DemoCustomer, DemoOffice, call_of

FAULTS = [
    ("La caldera no arranca", "Pierde presión cada mañana y muestra el error E04.", "Caldera C-24"),
    ("Aire acondicionado gotea", "La unidad interior gotea sobre el mostrador.", "Split 3000 fg"),
    ("Horno sin temperatura", "No pasa de 120 °C desde el lunes.", "Horno HR-8"),
    ("Compresor ruidoso", "Ruido metálico al arrancar el compresor.", "Compresor K-50"),
]
WORKSHOP = ("Taller de Valencia", "Servicio técnico")  # work centre, department


def load_incidents(office: DemoOffice, customers: list[DemoCustomer], rng: random.Random) -> None:
    """An incident per customer; every third is left unassigned (the manager's notice board
    shows it), the others are assigned, visited this morning, and every other one closed."""
    manager, technicians = office.staff.manager, office.staff.technicians
    today = office.week.today
    for index, customer in enumerate(customers):
        subject, description, reference = FAULTS[index % len(FAULTS)]
        article = ArticleModel(
            reference=reference,
            serial_number=f"SN-{rng.randint(100000, 999999)}",
            warranty_ends_on=today + timedelta(days=rng.randint(-200, 400)),
            invoice_number=f"F-{today.year}-{rng.randint(100, 999)}",
            invoice_date=today - timedelta(days=rng.randint(30, 500)),
        )
        opened = incidents.open_incident(
            call_of(office.app, manager),
            OpenIncident(
                customer_id=customer.id,
                contact_id=customer.contact_id,
                subject=subject,
                description=description,
                priority=rng.choice(["normal", "high", "urgent"]),
                type="breakdown",
                article=article,
            ),
        )
        if index % 3 == 2:
            continue
        technician = technicians[index % len(technicians)]
        assignment = AssignIncident(technician_id=technician.user_id)
        incidents.assign_incident(call_of(office.app, manager), opened.id, assignment)
        start = office.week.worked(60 * index)
        visit = FollowUpIncident(
            note="Visita al cliente y diagnóstico.",
            started_at=start,
            ended_at=start + timedelta(minutes=rng.choice([30, 45, 90])),
        )
        incidents.follow_up_incident(call_of(office.app, technician), opened.id, visit)
        if index % 2 == 0:
            closing = CloseIncident(resolution="Pieza sustituida; funciona.")
            incidents.close_incident(call_of(office.app, technician), opened.id, closing)


def load_repair_orders(office: DemoOffice, customers: list[DemoCustomer]) -> None:
    """A coffee machine just handed in, a kneader scheduled this week, and an oven repaired this
    morning, delivered and praised by its owner."""
    jorge, pablo = office.staff.technicians
    week = office.week
    _receive(office, customers[2], "La cafetera industrial no calienta el agua.", week.worked(30))
    kneader = _receive(
        office, customers[3], "La amasadora hace ruido y se para a media carga.", week.worked(0)
    )
    _schedule(office, kneader, pablo, week.at(3, 9), week.at(3, 11))
    oven = _receive(
        office,
        customers[4],
        "El horno de esterilización no llega a temperatura.",
        week.worked(0),
        in_warranty=True,
    )
    _schedule(office, oven, jorge, week.worked(90), week.worked(210))
    work = RegisterRepairWork(
        work_done="Sustituida la resistencia y calibrado el termostato.",
        started_at=week.worked(100),
        ended_at=week.worked(205),
        finishes_service=True,
    )
    repair_orders.register_repair_work(call_of(office.app, jorge), oven.id, work)
    parts = UseMaterials(
        materials=[
            MaterialModel(
                reference="RES-2200", description="Resistencia 2 kW", quantity=Decimal(1)
            ),
            MaterialModel(reference="TER-09", description="Termostato", quantity=Decimal(1)),
        ]
    )
    repair_orders.use_materials(call_of(office.app, jorge), oven.id, parts)
    delivery = DeliverRepairOrder(delivered_at=week.worked(330))
    repair_orders.deliver_repair_order(call_of(office.app, pablo), oven.id, delivery)
    verdict = VerifyRepairOrder(comments="Funciona perfectamente; muy rápidos.", rating=5)
    repair_orders.verify_repair_order(call_of(office.app, pablo), oven.id, verdict)


def _receive(
    office: DemoOffice,
    customer: DemoCustomer,
    fault: str,
    at: datetime,
    *,
    in_warranty: bool = False,
) -> Written:
    receiver = office.staff.technicians[0]
    body = ReceiveRepairOrder(
        customer_id=customer.id,
        contact_id=customer.contact_id,
        received_by=receiver.user_id,
        received_at=at,
        fault_description=fault,
        accessories=["Cable de alimentación"],
        warranty=WarrantyModel(in_warranty=in_warranty),
    )
    return repair_orders.receive_repair_order(call_of(office.app, receiver), body)


def _schedule(
    office: DemoOffice,
    order: Written,
    technician: Principal,
    starts_at: datetime,
    ends_at: datetime,
) -> None:
    manager = office.staff.manager
    body = ScheduleRepairOrder(
        technician_id=technician.user_id, starts_at=starts_at, ends_at=ends_at
    )
    repair_orders.schedule_repair_order(call_of(office.app, manager), order.id, body)


def load_timesheet_line(office: DemoOffice) -> None:
    """A technician notes by hand the time he spent restocking his van."""
    technician = office.staff.technicians[1]
    work_centre, department = WORKSHOP
    line = AddTimesheetLine(
        work_centre=work_centre,
        department=department,
        started_at=office.week.worked(0),
        ended_at=office.week.worked(50),
        description="Reposición del stock de la furgoneta de servicio.",
    )
    timesheets.add_timesheet_line(call_of(office.app, technician), line)
