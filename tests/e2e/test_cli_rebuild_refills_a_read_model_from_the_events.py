"""`cronica rebuild NAME` refills one read model from every stored event; `--list` names them."""

from __future__ import annotations

from pathlib import Path

from cronica.ops.container import Container, all_projections
from cronica.ops.settings import Settings
from tests.fixtures.cli_process import Cli
from tests.fixtures.staff.office import Office


def test_rebuild_fills_the_named_read_model_lists_them_all_and_refuses_an_unknown_name(
    settings: Settings, tmp_path: Path
) -> None:
    cli = Cli(settings, tmp_path)
    with cli.application() as app:  # events written with no projection running
        office = Office(app)
        marta = office.hire("Marta", "manager")
        incident = office.open(marta, office.customer(marta, "Hostal La Alameda"), "Gotea")
    events = cli.event_count()

    rebuilt = cli.run("rebuild", "incidents").succeeded()
    listed, unknown = cli.run_all([("rebuild", "--list"), ("rebuild", "nope")])

    assert rebuilt == f"rebuilt incidents from {events} events\n"
    assert listed.succeeded().split() == [projection.name for projection in all_projections()]
    assert {"users", "customers", "incidents", "tasks", "agenda"} <= set(listed.succeeded().split())
    assert "no projection 'nope'" in unknown.error()
    container = Container.build(settings)
    try:
        incidents = container.store.query("SELECT id, subject FROM incidents")
        customers = container.store.query("SELECT id FROM customers")
    finally:
        container.close()
    assert incidents == [{"id": str(incident.id), "subject": "Gotea"}]
    assert customers == []  # only the named read model was rebuilt
