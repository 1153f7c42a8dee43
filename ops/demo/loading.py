"""Realistic demo data: a Spanish after-sales and sales office whose manager finds, this week,
something in every read model: agenda, work queues, opportunities, repair orders, notices,
messages, customers' views, timesheets. Everything goes through the command functions, as the
HTTP API would; only the dates depend on the day the demo is loaded."""

from __future__ import annotations

import random
import secrets
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from cronica.commands.application import CronicaApplication
from cronica.commands.errors import AuthenticationError
from cronica.commands.identity import add_user, authenticate, ensure_company
from cronica.commands.people import set_first_password
from cronica.ops.container import Container, open_attachment_store
from cronica.ops.demo.customers import CUSTOMERS, load_customers
from cronica.ops.demo.desk import load_agenda, load_messages, load_notices
from cronica.ops.demo.office import DemoOffice, DemoWeek, Staff
from cronica.ops.demo.sales import load_opportunities
from cronica.ops.demo.service import load_incidents, load_repair_orders, load_timesheet_line
from cronica.ops.demo.tasks import load_tasks
from cronica.ops.demo.token_file import prepare_folder, save_token_file
from cronica.ops.settings import Settings

__all__ = ["CUSTOMERS", "STAFF", "load_demo"]

# The manager first: the demo prints his token.
STAFF = [
    ("Marta García Llorente", "manager"),
    ("Lucía Fernández Ortega", "admin"),
    ("Jorge Martín Soler", "technician"),
    ("Pablo Ruiz Cabrera", "technician"),
    ("Elena Sánchez Vidal", "agent"),
]


def load_demo(settings: Settings, *, only_if_empty: bool) -> int:
    container = Container.build(settings)
    try:
        application = container.application
        token_file = settings.var_dir / "demo-token.txt"
        if only_if_empty and application.recorder.max_notification_id():
            print(_saved_demo_user(application, token_file), end="")
            return 0
        prepare_folder(token_file.parent)
        ensure_company(application, settings.company, "Cronica Demo S.L.")
        emails = [demo_email(name) for name, _ in STAFF]
        hired = [
            add_user(application, settings.company, name, role, email)
            for (name, role), email in zip(STAFF, emails, strict=True)
        ]
        # One password for the whole demo office, new at every load, kept with the token.
        password = secrets.token_urlsafe(9)
        for email in emails:
            set_first_password(application, email, password)
        people = [authenticate(application, user.token) for user in hired]
        manager, admin, jorge, pablo, agent = people
        office = DemoOffice(
            application,
            open_attachment_store(container),
            Staff(manager, admin, (jorge, pablo), agent),
            DemoWeek.around(datetime.now(UTC)),
        )
        _load_records(office)
        save_token_file(
            token_file,
            f"Demo user {manager.name} (manager): id {manager.user_id}\n"
            f"  Authorization: Bearer {hired[0].token}\n"
            f"Sign in at {settings.public_base_url.rstrip('/')}/ as {emails[0]}, "
            f"password {password}\n"
            f"  (the same password for {', '.join(emails[1:])})\n",
        )
        print(token_file.read_text(), end="")
        return 0
    finally:
        container.close()


def demo_email(name: str) -> str:
    """marta.garcia@demo.cronica.dev for Marta García Llorente."""
    first, surname = name.split()[:2]
    plain = unicodedata.normalize("NFKD", f"{first}.{surname}").encode("ascii", "ignore")
    return f"{plain.decode().lower()}@demo.cronica.dev"


def _load_records(office: DemoOffice) -> None:
    rng = random.Random(7)  # the same names, numbers and figures at every load
    customers = load_customers(office, rng)
    load_incidents(office, customers, rng)
    load_repair_orders(office, customers)
    load_timesheet_line(office)
    load_tasks(office, customers)
    load_opportunities(office, customers)
    load_agenda(office, customers)
    load_notices(office, customers)
    load_messages(office)


def _saved_demo_user(application: CronicaApplication, token_file: Path) -> str:
    """What an earlier demo printed, when its token is of this database: var/ outlives a
    database (a deleted SQLite file, another CRONICA_DATABASE_URL) and its token would not work."""
    saved = token_file.read_text() if token_file.exists() else ""
    token = saved.partition("Bearer ")[2].split("\n")[0].strip()
    if token:
        try:
            authenticate(application, token)
        except AuthenticationError:
            pass
        else:
            return saved
    return "The database is not empty; no demo data loaded.\n"
