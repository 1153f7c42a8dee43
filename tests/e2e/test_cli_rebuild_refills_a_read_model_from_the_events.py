"""`cronica rebuild NAME [NAME ...]` refills read models from every stored event (`--all`: every
one), in one pass; `--list` names them."""

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
    listed, unknown, unnamed = cli.run_all(
        [("rebuild", "--list"), ("rebuild", "nope"), ("rebuild",)]
    )

    assert rebuilt == f"rebuilt incidents from {events} events\n"
    assert "--all" in unnamed.error()
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


def test_several_or_all_read_models_are_rebuilt_in_one_pass(
    settings: Settings, tmp_path: Path
) -> None:
    cli = Cli(settings, tmp_path)
    with cli.application() as app:
        office = Office(app)
        marta = office.hire("Marta", "manager")
        office.open(marta, office.customer(marta, "Hostal La Alameda"), "Gotea")
    events = cli.event_count()

    several, every = cli.run_all([("rebuild", "customers", "incidents"), ("rebuild", "--all")])

    assert several.succeeded() == f"rebuilt customers, incidents from {events} events\n"
    names = ", ".join(projection.name for projection in all_projections())
    assert every.succeeded() == f"rebuilt {names} from {events} events\n"
