"""An event the domain accepted but a read model's code could not apply is set aside: admins see
it through GraphQL (their company's only; others are refused), `cronica set-aside list` prints
it, and `cronica set-aside retry`, run with code that can apply it, applies it and empties the
list."""

from __future__ import annotations

from pathlib import Path

from cronica.ops.settings import Settings
from tests.fixtures.broken_projection import BrokenProjection, TwoCompanies
from tests.fixtures.cli_process import Cli
from tests.fixtures.http.graphql_client import running_app

SET_ASIDE = "{ setAsideEvents { projection position recordId eventType error setAsideAt } }"


def test_admins_and_the_cli_see_the_set_aside_event_and_a_retry_applies_it(
    settings: Settings, tmp_path: Path
) -> None:
    cli = Cli(settings, tmp_path)
    with running_app(settings, run_projections=False) as api:
        runner = api.container.runner
        broken = BrokenProjection(runner, "incidents")
        stored = TwoCompanies.stored(api.app, broken)
        admin = api.hire("Root", "admin", office=stored.acme)
        manager = api.hire("Marta", "manager", office=stored.acme)
        other_admin = api.hire("Otro", "admin", office=stored.beta)
        runner.catch_up()
        opened, closed = stored.poison_positions

        shown = api.read(admin, SET_ASIDE)["setAsideEvents"]
        refused = api.errors(manager, SET_ASIDE)
        others = api.read(other_admin, SET_ASIDE)["setAsideEvents"]
        listed = cli.run("set-aside", "list").succeeded()
        retried = cli.run("set-aside", "retry").succeeded()
        emptied = cli.run("set-aside", "list", "--projection", "incidents").succeeded()
        after_retry = api.read(admin, SET_ASIDE)["setAsideEvents"]
        subjects = api.container.store.query("SELECT subject, status FROM incidents")

    assert [(e["position"], e["recordId"], e["eventType"]) for e in shown] == [
        (opened, stored.poison_id, "Incident.Created"),
        (closed, stored.poison_id, "Incident.Closed"),
    ]
    assert {e["projection"] for e in shown} == {"incidents"}
    assert shown[0]["error"] == "OverflowError: date value out of range"
    assert shown[1]["error"].startswith(f"HeldBackError: held back behind position {opened}")
    assert refused == ["only admins may read the set-aside events"]
    assert others == []
    assert listed.splitlines() == [
        f"incidents {opened} {stored.poison_id} Incident.Created OverflowError: "
        "date value out of range",
        f"incidents {closed} {stored.poison_id} Incident.Closed HeldBackError: "
        f"held back behind position {opened}, set aside for the same record",
    ]
    assert retried.splitlines() == [
        f"applied incidents {opened} {stored.poison_id} Incident.Created",
        f"applied incidents {closed} {stored.poison_id} Incident.Closed",
        "retried 2 events: 2 applied, 0 still set aside",
    ]
    assert emptied == "no events set aside\n"
    assert after_retry == []
    assert {"subject": "Poison", "status": "closed"} in subjects


def test_the_cli_refuses_an_unknown_projection_in_one_line(
    settings: Settings, tmp_path: Path
) -> None:
    cli = Cli(settings, tmp_path)
    listed, retried = cli.run_all(
        [
            ("set-aside", "list", "--projection", "nope"),
            ("set-aside", "retry", "--projection", "nope"),
        ]
    )
    assert "no projection 'nope'" in listed.error()
    assert "no projection 'nope'" in retried.error()
