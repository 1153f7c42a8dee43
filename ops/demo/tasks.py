"""The demo's tasks of this week: quotes, which the administrator makes a priority, one task
nobody took charge of yet, one closed without follow-up, one followed up into a quote for a
colleague, and one without a deadline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from cronica.commands import catalogues, tasks
from cronica.commands.models.tasks import CloseTask, FollowUpTask, PlanTask
from cronica.commands.results import Principal
from cronica.ops.demo.office import DemoCustomer, DemoOffice, call_of

PRIORITY_TYPE = "quote"  # a task type of the default catalogue: quotes must not wait


@dataclass(frozen=True)
class Planned:
    """A task to plan: of which customer (by index), for whom (None: in preparation), when
    (without an end: no deadline), and what."""

    customer: int
    description: str
    type: str
    operator: Principal | None
    starts_at: datetime
    ends_at: datetime | None


def load_tasks(office: DemoOffice, customers: list[DemoCustomer]) -> None:
    """The tasks of the manager and of the agent this week; the manager planned them all."""
    staff, week = office.staff, office.week
    manager, agent = staff.manager, staff.agent
    catalogues.prioritise_task_type(call_of(office.app, staff.admin), PRIORITY_TYPE)
    for planned in [
        Planned(
            0,
            "Visita de seguimiento tras la reparación",
            "visit",
            manager,
            week.at(1, 10),
            week.at(1, 11, 30),
        ),
        Planned(
            1,
            "Presupuesto de mantenimiento anual de 12 equipos",
            PRIORITY_TYPE,
            manager,
            week.at(2, 9),
            week.at(2, 10),
        ),
        Planned(
            4,
            "Llamar para renovar el contrato de mantenimiento",
            "renewal",
            None,
            week.at(3, 12),
            week.at(3, 12, 30),
        ),
        Planned(5, "Revisar la ficha y los datos fiscales", "call", manager, week.at(4, 10), None),
    ]:
        _plan(office, customers, planned)
    call = Planned(
        3,
        "Confirmar la fecha de entrega de la amasadora",
        "call",
        agent,
        week.at(0, 9),
        week.at(0, 9, 15),
    )
    closing = CloseTask(note="Conforme con la fecha; la recogerá él mismo.")
    tasks.close_task(call_of(office.app, agent), _plan(office, customers, call), closing)
    meeting = Planned(
        2,
        "Cita para valorar la instalación de aerotermia",
        "appointment",
        manager,
        week.at(0, 12),
        week.at(0, 13),
    )
    quote = FollowUpTask(
        outcome="Interesados; piden presupuesto con dos opciones de potencia.",
        description="Presupuesto de aerotermia con dos opciones de potencia",
        type=PRIORITY_TYPE,
        operator_id=agent.user_id,
        starts_at=week.at(2, 16),
        ends_at=week.at(2, 17),
    )
    met = _plan(office, customers, meeting)
    tasks.follow_up_task(call_of(office.app, manager), met, quote)


def _plan(office: DemoOffice, customers: list[DemoCustomer], planned: Planned) -> UUID:
    """Plans the task as the manager, who plans his team's work; answers its id."""
    manager, customer = office.staff.manager, customers[planned.customer]
    body = PlanTask(
        customer_id=customer.id,
        contact_id=customer.contact_id,
        description=planned.description,
        type=planned.type,
        operator_id=planned.operator.user_id if planned.operator else None,
        starts_at=planned.starts_at,
        ends_at=planned.ends_at,
    )
    return tasks.plan_task(call_of(office.app, manager), body).id
