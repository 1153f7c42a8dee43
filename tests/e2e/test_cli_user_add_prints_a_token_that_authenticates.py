"""`cronica user add NAME --role ROLE` prints the new user's id and API token: the token
authenticates, only its digest is stored, and a wrong role or company is refused without a write."""

from __future__ import annotations

from pathlib import Path

from cronica.commands.identity import authenticate
from cronica.domain.user import token_digest
from cronica.ops.settings import Settings
from tests.fixtures.cli_process import Cli, added_user


def test_the_printed_token_authenticates_the_new_user_and_is_not_in_the_database_file(
    sqlite_only_settings: Settings, tmp_path: Path
) -> None:
    cli = Cli(sqlite_only_settings, tmp_path)

    user_id, token = added_user(
        cli.run("user", "add", "Jorge Martín", "--role", "technician").succeeded()
    )

    with cli.application() as app:
        who = authenticate(app, token)
    assert (str(who.user_id), who.name, who.role) == (user_id, "Jorge Martín", "technician")
    database = b"".join(path.read_bytes() for path in tmp_path.glob("cronica.sqlite3*"))
    assert token_digest(token).encode() in database  # the token's digest is in the file...
    assert token.encode() not in database  # ...and the token is not


def test_an_unknown_role_or_company_is_refused_in_one_line_and_writes_no_event(
    sqlite_only_settings: Settings, tmp_path: Path
) -> None:
    cli = Cli(sqlite_only_settings, tmp_path)

    role, company = cli.run_all(
        [
            ("user", "add", "Ana", "--role", "wizard"),
            ("user", "add", "Ana", "--role", "technician", "--company", "nope"),
        ]
    )

    assert "invalid choice: 'wizard'" in role.error()
    assert "no company 'nope'" in company.error()
    assert cli.event_count() == 0
