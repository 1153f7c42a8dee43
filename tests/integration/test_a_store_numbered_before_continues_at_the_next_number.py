"""The numbers table is derived from the stored events: a store written before it existed (its
numbers issued by `Counter` aggregates, or carried by records whose table was lost) gets it
filled when a process opens the store, and numbering continues without a gap or a duplicate."""

from __future__ import annotations

from eventsourcing.postgres import PostgresDatastore

from cronica.commands.application import CronicaApplication
from cronica.domain.context import CommandContext, acting_as
from cronica.domain.counter import Counter
from cronica.domain.customer import Customer
from cronica.domain.incident import Incident
from cronica.ops.persistence.numbers_table import NUMBERS_TABLE
from cronica.ops.settings import Settings
from tests.fixtures.staff.office import Office

OLD_CODE = CommandContext("system:test", "test:numbered-by-counters")


def forget_the_numbers_table(app: CronicaApplication) -> None:
    """Leaves the store as it was before the numbers table existed."""
    datastore = app.recorder.datastore  # type: ignore[attr-defined]
    table = NUMBERS_TABLE
    if isinstance(datastore, PostgresDatastore):
        table = f'"{datastore.schema}".{NUMBERS_TABLE}'
    with datastore.transaction(commit=True) as cursor:
        cursor.execute(f"DROP TABLE {table}")


def test_numbering_continues_after_counters_and_numbered_records(
    settings: Settings, office: Office
) -> None:
    agent = office.hire("Marta Vidal", "agent")
    office.customer(agent, "Ferrer SL")
    office.customer(agent, "Soler SA")
    with acting_as(OLD_CODE):  # 250 incidents numbered as the code before did (snapshotted)
        counter = Counter(company_id=agent.company_id, prefix="INC")
        for _ in range(250):
            counter.issue()
    office.app.save(counter)
    forget_the_numbers_table(office.app)

    reopened = Office(CronicaApplication(env=settings.event_store_env()))
    try:
        incident = reopened.app.repository.get(
            reopened.open(agent, reopened.customer(agent, "Mas SC"), "Jams").id
        )
        customers = [
            reopened.app.repository.get(reopened.customer(agent, name))
            for name in ("Puig SL", "Vidal SA")
        ]
    finally:
        reopened.app.close()

    assert isinstance(incident, Incident) and incident.number == "INC-000251"
    assert [c.number for c in customers if isinstance(c, Customer)] == ["C-000004", "C-000005"]
