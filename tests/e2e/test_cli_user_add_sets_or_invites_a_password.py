"""`cronica user add --email` gives the user an address to sign in with: `--password-stdin`
sets his password from the standard input; without it an invitation is printed, which sets
one over HTTP once and only once."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from cronica.ops.app import create_app
from cronica.ops.settings import Settings
from tests.fixtures.cli_process import Cli

SIGN_IN = "/v1/sign-in"


def test_a_password_from_stdin_signs_the_user_in(
    sqlite_only_settings: Settings, tmp_path: Path
) -> None:
    cli = Cli(sqlite_only_settings, tmp_path)

    out = cli.run(
        "user", "add", "Lucía Ferrer", "--role", "agent", "--email", "lucia@example.com",
        "--password-stdin", stdin="correct horse battery\n",
    ).succeeded()  # fmt: skip

    assert "invitation" not in out
    settings = sqlite_only_settings.model_copy(update={"var_dir": tmp_path})
    with TestClient(create_app(settings)) as client:
        body = {"email": "lucia@example.com", "password": "correct horse battery"}
        assert client.post(SIGN_IN, json=body).status_code == 200


def test_an_invitation_sets_a_password_once(sqlite_only_settings: Settings, tmp_path: Path) -> None:
    cli = Cli(sqlite_only_settings, tmp_path)

    out = cli.run(
        "user", "add", "Lucía Ferrer", "--role", "agent", "--email", "lucia@example.com"
    ).succeeded()
    events = cli.event_count()
    taken = cli.run("user", "add", "Otra", "--role", "agent", "--email", "LUCIA@example.com")
    short = cli.run(
        "user", "add", "Pau", "--role", "agent", "--email", "pau@example.com", "--password-stdin",
        stdin="short\n",
    )  # fmt: skip

    assert "already signs in" in taken.error() and "characters" in short.error()
    assert cli.event_count() == events
    invitation = re.search(r"invitation: (\S+)", out)
    assert invitation, out
    settings = sqlite_only_settings.model_copy(update={"var_dir": tmp_path})
    with TestClient(create_app(settings)) as client:
        accept = {"token": invitation[1], "password": "correct horse battery"}
        assert client.post("/v1/invitations/accept", json=accept).status_code == 200
        again = client.post("/v1/invitations/accept", json=accept)
        assert again.status_code == 422 and again.json()["errors"][0]["field"] == "token"
        body = {"email": "lucia@example.com", "password": "correct horse battery"}
        assert client.post(SIGN_IN, json=body).status_code == 200
