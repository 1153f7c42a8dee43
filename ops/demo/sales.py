"""The demo's opportunities, one in each state (new, waiting for a contact this week, working,
won with its invoice, lost for a reason of the catalogue), with their commercial actions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal
from uuid import UUID

from cronica.commands import opportunities
from cronica.commands.models.opportunities import (
    LoseOpportunity,
    OpenOpportunity,
    RecordCommercialAction,
    WaitForCustomer,
    WinOpportunity,
    WorkOnOpportunity,
)
from cronica.commands.results import Principal
from cronica.ops.demo.office import DemoCustomer, DemoOffice, call_of

Stage = Literal["new", "waiting", "working", "won", "lost"]
ActionKind = Literal["documentation", "visit", "call", "email", "other"]


@dataclass(frozen=True)
class Pitch:
    """An opportunity to open for a customer (by index) and bring to a stage, with the
    commercial actions recorded on it (kind, description, done)."""

    customer: int
    subject: str
    type: str
    amount: str
    source: str
    seller: Principal
    actions: tuple[tuple[ActionKind, str, bool], ...]
    stage: Stage


def load_opportunities(office: DemoOffice, customers: list[DemoCustomer]) -> None:
    manager, agent = office.staff.manager, office.staff.agent
    for pitch in [
        Pitch(
            1,
            "Renovación de 12 equipos de climatización",
            "renewal",
            "18500.00",
            "Feria Genera",
            agent,
            (("call", "Llamar para concertar una visita", False),),
            "new",
        ),
        Pitch(
            2,
            "Instalación de aerotermia en el hostal",
            "new_sale",
            "9800.00",
            "Web",
            manager,
            (
                ("visit", "Visita técnica a la sala de calderas", True),
                ("documentation", "Enviado el catálogo de bombas de calor", True),
            ),
            "waiting",
        ),
        Pitch(
            0,
            "Compresor de sustitución para el taller",
            "new_sale",
            "4200.00",
            "Cliente habitual",
            manager,
            (("visit", "Medir la instalación de aire", False),),
            "working",
        ),
        Pitch(
            4,
            "Contrato de mantenimiento anual",
            "maintenance",
            "2400.00",
            "Recomendación",
            agent,
            (("email", "Enviada la propuesta de contrato", True),),
            "won",
        ),
        Pitch(
            5,
            "Cámara frigorífica para la cooperativa",
            "new_sale",
            "32000.00",
            "Web",
            agent,
            (("call", "Presentación de la oferta por teléfono", True),),
            "lost",
        ),
    ]:
        opened = OpenOpportunity(
            customer_id=customers[pitch.customer].id,
            contact_id=customers[pitch.customer].contact_id,
            agent_id=pitch.seller.user_id,
            type=pitch.type,
            subject=pitch.subject,
            source=pitch.source,
            expected_amount=Decimal(pitch.amount),
            expected_on=office.week.today + timedelta(days=30 + 15 * pitch.customer),
        )
        found = opportunities.open_opportunity(call_of(office.app, manager), opened).id
        for kind, description, done in pitch.actions:
            action = RecordCommercialAction(kind=kind, description=description, done=done)
            seller = pitch.seller
            opportunities.record_commercial_action(call_of(office.app, seller), found, action)
        _bring_to_stage(office, pitch, found)


def _bring_to_stage(office: DemoOffice, pitch: Pitch, found: UUID) -> None:
    app, seller = office.app, pitch.seller
    if pitch.stage == "waiting":
        # Next contact this week (the server's today is the earliest it accepts).
        next_contact = max(office.week.later_this_week(), date.today())
        waiting = WaitForCustomer(
            comment="Lo consulta con su socio; volver a llamarle esta semana.",
            next_contact_on=next_contact,
        )
        opportunities.wait_for_customer(call_of(app, seller), found, waiting)
    if pitch.stage in ("working", "won"):
        working = WorkOnOpportunity(comment="Oferta en revisión por el cliente.")
        opportunities.work_on_opportunity(call_of(app, seller), found, working)
    if pitch.stage == "won":
        won = WinOpportunity(invoice_number=f"F-{office.week.today.year}-0412")
        opportunities.win_opportunity(call_of(app, seller), found, won)
    if pitch.stage == "lost":
        lost = LoseOpportunity(
            reason="price",
            what_to_improve="Ofrecer financiación a 24 meses en ofertas de este importe.",
        )
        opportunities.lose_opportunity(call_of(app, seller), found, lost)
