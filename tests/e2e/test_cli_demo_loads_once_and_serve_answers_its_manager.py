"""`make run` as an operator sees it: `cronica demo --if-empty` loads demo data into an empty
database once and prints a manager's token, and `cronica serve` answers that manager."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import httpx

from cronica.commands.identity import authenticate
from cronica.ops.demo.loading import CUSTOMERS, load_demo
from cronica.ops.settings import Settings
from tests.fixtures.cli_process import Cli, serving
from tests.fixtures.staff.office import Office
from tests.fixtures.write_side import stored_events


def demo_token(printed: str) -> str:
    return printed.partition("Authorization: Bearer ")[2].split("\n")[0].strip()


def test_demo_loads_an_empty_database_once_and_the_server_answers_its_manager(
    settings: Settings, tmp_path: Path
) -> None:
    cli = Cli(settings, tmp_path)

    first = cli.run("demo", "--if-empty").succeeded()
    events = cli.event_count()
    again = cli.run("demo", "--if-empty").succeeded()

    assert again == first
    assert cli.event_count() == events
    with cli.application() as app:
        manager = authenticate(app, demo_token(first))
        loaded = Counter(type(event).__qualname__ for event in stored_events(app))
    assert manager.role == "manager"
    assert loaded["Customer.Created"] == loaded["Incident.Created"] == len(CUSTOMERS)
    assert loaded["Incident.Closed"] > 0
    with serving(cli, tmp_path / "serve.log") as base_url:
        answer = httpx.post(
            f"{base_url}/graphql",
            json={"query": "{ me { name } }"},
            headers={"Authorization": f"Bearer {demo_token(first)}"},
        )
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"data": {"me": {"name": manager.name}}}


def test_demo_on_a_database_with_data_loads_nothing_and_prints_no_other_databases_token(
    sqlite_only_settings: Settings, tmp_path: Path
) -> None:
    # var/ keeps the demo token of a database that is not the one the CLI now uses.
    elsewhere = Settings(database_url=f"sqlite:///{tmp_path / 'other.sqlite3'}", var_dir=tmp_path)
    load_demo(elsewhere, only_if_empty=False)
    stale = demo_token((tmp_path / "demo-token.txt").read_text())
    cli = Cli(sqlite_only_settings, tmp_path)
    with cli.application() as app:
        Office(app).hire("Ana", "admin")
    events = cli.event_count()

    printed = cli.run("demo", "--if-empty").succeeded()

    assert stale not in printed
    assert printed == "The database is not empty; no demo data loaded.\n"
    assert cli.event_count() == events
