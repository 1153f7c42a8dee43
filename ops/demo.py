"""Realistic demo data: a Spanish after-sales department with customers, contacts and incidents."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from cronica.commands import customers, incidents
from cronica.commands.application import CommandRequest, CronicaApplication
from cronica.commands.errors import AuthenticationError
from cronica.commands.identity import NewUser, add_user, authenticate, ensure_company
from cronica.commands.models.customers import AddContact, CreateCustomer
from cronica.commands.models.incidents import (
    ArticleModel,
    AssignIncident,
    CloseIncident,
    FollowUpIncident,
    OpenIncident,
)
from cronica.commands.results import Principal
from cronica.domain.errors import InvalidTaxIdError
from cronica.domain.tax_id import normalise_tax_id
from cronica.ops.event_store import open_event_store
from cronica.ops.settings import Settings

STAFF = [
    ("Marta García Llorente", "manager"),
    ("Lucía Fernández Ortega", "admin"),
    ("Jorge Martín Soler", "technician"),
    ("Pablo Ruiz Cabrera", "technician"),
    ("Elena Sánchez Vidal", "agent"),
]
CUSTOMERS = [
    ("Talleres Hermanos López S.L.", "B", "Ramón López", "Gerente"),
    ("Climatizaciones Levante S.A.", "A", "Carmen Ibáñez", "Jefa de compras"),
    ("Hostal La Alameda", "B", "Iñaki Etxeberria", "Propietario"),
    ("Panadería Santa Rita", "B", "Rosa Domínguez", "Encargada"),
    ("Clínica Dental Sonrisa", "B", "Dr. Álvaro Prieto", "Director"),
    ("Cooperativa Agrícola del Segura", "F", "Antonio Navarro", "Administrador"),
]
FAULTS = [
    ("La caldera no arranca", "Pierde presión cada mañana y muestra el error E04.", "Caldera C-24"),
    ("Aire acondicionado gotea", "La unidad interior gotea sobre el mostrador.", "Split 3000 fg"),
    ("Horno sin temperatura", "No pasa de 120 °C desde el lunes.", "Horno HR-8"),
    ("Compresor ruidoso", "Ruido metálico al arrancar el compresor.", "Compresor K-50"),
]


def load_demo(settings: Settings, *, only_if_empty: bool) -> int:
    application = open_event_store(settings)
    try:
        token_file = settings.var_dir / "demo-token.txt"
        if only_if_empty and application.recorder.max_notification_id():
            print(_saved_demo_user(application, token_file), end="")
            return 0
        ensure_company(application, settings.company, "Cronica Demo S.L.")
        staff = [add_user(application, settings.company, n, r) for n, r in STAFF]
        manager = authenticate(application, staff[0].token)
        _load_records(
            application,
            manager,
            [u for u, (_, r) in zip(staff, STAFF, strict=True) if r == "technician"],
        )
        token_file.parent.mkdir(parents=True, exist_ok=True)
        token_file.write_text(
            f"Demo user {STAFF[0][0]} (manager): id {staff[0].user_id}\n"
            f"  Authorization: Bearer {staff[0].token}\n"
        )
        print(token_file.read_text(), end="")
        return 0
    finally:
        application.close()


def _saved_demo_user(application: CronicaApplication, token_file: Path) -> str:
    """What an earlier demo printed, when its token is of this database: var/ outlives a
    database (a deleted SQLite file, another CRONICA_DATABASE_URL) and its token would not work."""
    saved = token_file.read_text() if token_file.exists() else ""
    token = saved.rpartition("Bearer ")[2].strip()
    if token:
        try:
            authenticate(application, token)
        except AuthenticationError:
            pass
        else:
            return saved
    return "The database is not empty; no demo data loaded.\n"


def _load_records(app: CronicaApplication, manager: Principal, technicians: list[NewUser]) -> None:
    rng = random.Random(7)
    today = date.today()
    for index, (name, cif_letter, contact_name, position) in enumerate(CUSTOMERS):
        customer = customers.create_customer(
            app,
            manager,
            _request(manager),
            CreateCustomer(
                kind="prospect" if index == 5 else "customer",
                name=name,
                tax_id=_cif(rng, cif_letter),
            ),
        )
        slug = contact_name.split()[-1].lower()
        _, contact_id = customers.add_contact(
            app,
            manager,
            _request(manager),
            customer.id,
            AddContact(
                name=contact_name,
                position=position,
                phone=f"+34 6{rng.randint(10_000_000, 99_999_999)}",
                email=f"{slug}@example.es",
            ),
        )
        subject, description, reference = FAULTS[index % len(FAULTS)]
        opened = incidents.open_incident(
            app,
            manager,
            _request(manager),
            OpenIncident(
                customer_id=customer.id,
                contact_id=contact_id,
                subject=subject,
                description=description,
                priority=rng.choice(["normal", "high", "urgent"]),
                type="breakdown",
                article=ArticleModel(
                    reference=reference,
                    serial_number=f"SN-{rng.randint(100000, 999999)}",
                    warranty_ends_on=today + timedelta(days=rng.randint(-200, 400)),
                    invoice_number=f"F-2026-{rng.randint(100, 999)}",
                    invoice_date=today - timedelta(days=rng.randint(30, 500)),
                ),
            ),
        )
        if index % 3 == 2:
            continue  # left unassigned: the manager's notice board shows it
        technician = technicians[index % len(technicians)]
        incidents.assign_incident(
            app,
            manager,
            _request(manager),
            opened.id,
            AssignIncident(technician_id=technician.user_id),
        )
        worker = authenticate(app, technician.token)
        start = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) - timedelta(hours=3)
        incidents.follow_up_incident(
            app,
            worker,
            _request(worker),
            opened.id,
            FollowUpIncident(
                note="Visita al cliente y diagnóstico.",
                started_at=start,
                ended_at=start + timedelta(minutes=rng.choice([30, 45, 90])),
            ),
        )
        if index % 2 == 0:
            incidents.close_incident(
                app,
                worker,
                _request(worker),
                opened.id,
                CloseIncident(resolution="Pieza sustituida; funciona."),
            )


def _request(who: Principal) -> CommandRequest:
    return CommandRequest(actor_id=str(who.user_id), correlation_id=f"demo:{uuid.uuid4()}")


def _cif(rng: random.Random, letter: str) -> str:
    """A valid CIF: random digits, and the control character the validator accepts."""
    digits = f"{rng.randint(0, 9_999_999):07d}"
    for control in "0123456789ABCDEFGHIJ":
        try:
            return normalise_tax_id(f"{letter}{digits}{control}")
        except InvalidTaxIdError:
            continue
    raise AssertionError("every CIF has a control character")
