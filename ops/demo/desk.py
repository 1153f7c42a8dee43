"""The demo's front desk: the manager's own agenda entries this week, calls taken for him
(notices, one still to deal with and one resolved) and internal messages to him (one with an
attachment, one he is reminded of)."""

from __future__ import annotations

from cronica.commands import agenda, messages, notices
from cronica.commands.models.agenda import PutInAgenda
from cronica.commands.models.messages import AttachmentReference, SendMessage
from cronica.commands.models.notices import LogNotice, NoteNoticeAction, ResolveNotice
from cronica.commands.models.own_records import RelatedRecord
from cronica.ops.demo.office import DemoCustomer, DemoOffice, call_of
from cronica.ops.demo.service import WORKSHOP

ON_CALL_ROTA = (
    "fecha;técnico;teléfono de guardia\n"
    "24/12;Jorge Martín Soler;+34 600 100 200\n"
    "31/12;Pablo Ruiz Cabrera;+34 600 100 300\n"
).encode()


def load_agenda(office: DemoOffice, customers: list[DemoCustomer]) -> None:
    manager, week = office.staff.manager, office.week
    client = RelatedRecord(type="customer", id=customers[1].id)
    for entry in [
        PutInAgenda(
            title="Reunión semanal del servicio técnico",
            notes="Repaso de incidencias abiertas y órdenes del taller.",
            starts_at=week.at(0, 8, 30),
            ends_at=week.at(0, 9, 30),
        ),
        PutInAgenda(
            title=f"Comida con {customers[1].contact_name}",
            notes="Hablar del contrato de mantenimiento de sus 12 equipos.",
            starts_at=week.at(2, 14),
            ends_at=week.at(2, 15, 30),
            related_record=client,
        ),
        PutInAgenda(
            title="Feria de climatización (IFEMA)",
            starts_at=week.midnight(4),
            ends_at=week.midnight(5),
            all_day=True,
        ),
    ]:
        agenda.put_in_agenda(call_of(office.app, manager), entry)


def load_notices(office: DemoOffice, customers: list[DemoCustomer]) -> None:
    """The administrator, at the switchboard, takes a customer's call and a supplier's for the
    manager; he deals with the supplier's."""
    admin, manager, week = office.staff.admin, office.staff.manager, office.week
    customer = customers[1]
    notices.log_notice(
        call_of(office.app, admin),
        LogNotice(
            caller_kind="customer",
            customer_id=customer.id,
            caller_name=customer.contact_name,
            recipient_id=manager.user_id,
            code="call_back",
            text="Pregunta por el presupuesto de mantenimiento; pide que la llamen hoy.",
            importance=4,
            taken_at=week.worked(45),
        ),
    )
    supplier = LogNotice(
        caller_kind="supplier",
        caller_name="Suministros Frío Levante",
        caller_phone="+34 963 00 12 34",
        recipient_id=manager.user_id,
        code="order",
        text="El compresor K-50 pedido llegará con una semana de retraso.",
        importance=2,
        taken_at=week.worked(15),
    )
    taken = notices.log_notice(call_of(office.app, admin), supplier)
    action = NoteNoticeAction(
        description="Llamado al proveedor: confirma la entrega.", done_at=week.worked(40)
    )
    notices.note_notice_action(call_of(office.app, manager), taken.id, action)
    resolution = ResolveNotice(
        department=WORKSHOP[1],
        work_centre=WORKSHOP[0],
        resolution_code="informed",
        solution="Avisado el cliente del nuevo plazo de entrega.",
        resolved_at=week.worked(50),
    )
    notices.resolve_notice(call_of(office.app, manager), taken.id, resolution)


def load_messages(office: DemoOffice) -> None:
    """The administrator sends the manager the on-call rota; a technician asks him to follow an
    order of spare parts."""
    admin, manager, technician = (
        office.staff.admin,
        office.staff.manager,
        office.staff.technicians[0],
    )
    rota = office.attachments.put(
        admin.company_id, admin.user_id, ON_CALL_ROTA, "guardias-navidad.csv"
    )
    office_news = SendMessage(
        recipient_ids=[manager.user_id],
        subject="Guardias de Navidad del servicio técnico",
        body="Te adjunto la propuesta de guardias; dime si te encaja antes del viernes.",
        attachments=[
            AttachmentReference(sha256=rota, name="guardias-navidad.csv", media_type="text/csv")
        ],
    )
    messages.send_message(call_of(office.app, admin), office_news, office.attachments)
    parts = SendMessage(
        recipient_ids=[manager.user_id],
        subject="Pedido de recambios sin confirmar",
        body="El proveedor no ha confirmado el pedido de resistencias; ¿lo reclamas tú?",
        reminder=True,
        remind_at=office.week.at(4, 9),
    )
    messages.send_message(call_of(office.app, technician), parts, office.attachments)
