"""`cronica company add SLUG --name NAME` founds a company that `cronica user add --company SLUG`
adds users to; a slug is taken once."""

from __future__ import annotations

from pathlib import Path

from cronica.commands.identity import authenticate, find_company
from cronica.ops.settings import Settings
from tests.fixtures.cli_process import Cli, added_user


def test_a_company_added_on_the_command_line_takes_users_and_cannot_be_added_twice(
    settings: Settings, tmp_path: Path
) -> None:
    cli = Cli(settings, tmp_path)

    founded = cli.run("company", "add", "acme", "--name", "Acme S.L.").succeeded()
    _, token = added_user(
        cli.run("user", "add", "Ana", "--role", "manager", "--company", "acme").succeeded()
    )
    events = cli.event_count()
    again = cli.run("company", "add", "acme", "--name", "Acme Otra S.L.")

    assert "company 'acme' already exists" in again.error()
    assert cli.event_count() == events
    with cli.application() as app:
        acme = find_company(app, "acme")
        ana = authenticate(app, token)
    assert acme is not None
    assert founded == f"company id: {acme.id}\n"
    assert acme.name == "Acme S.L."
    assert (ana.name, ana.role, ana.company_id) == ("Ana", "manager", acme.id)
