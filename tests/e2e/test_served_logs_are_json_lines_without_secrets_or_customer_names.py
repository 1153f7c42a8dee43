"""`cronica serve` writes one JSON object a line, each with its time, level and process; a
command's line names its correlation id, actor, company, record and outcome. Nothing secret or
personal reaches the log: a run that used a token, a password (and a wrong one), a session, a
CSRF token, a calendar feed's secret, customer and contact names and an e-mail address, and
failed a command on purpose, shows none of them."""

from __future__ import annotations

import json
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from cronica.ops.settings import Settings
from tests.fixtures.cli_process import Cli, added_user, serving

PASSWORD = "cebolla-morada-77"
WRONG_PASSWORD = "pimiento-verde-12"
EMAIL = "lucia.ferrer@example.com"
CUSTOMER = "Talleres Pérez Castellano S.L."
CONTACT = "Begoña Iturralde"


def test_a_run_logs_json_lines_and_none_of_the_secrets_or_names_it_used(
    sqlite_only_settings: Settings, tmp_path: Path
) -> None:
    cli = Cli(sqlite_only_settings, tmp_path)
    added = cli.run(
        "user",
        "add",
        "Lucía Ferrer",
        "--role",
        "manager",
        "--email",
        EMAIL,
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    user_id, token = added_user(added.succeeded())
    log = tmp_path / "serve.log"
    with serving(cli, log) as base_url, httpx.Client(base_url=base_url) as client:
        bearer = {"Authorization": f"Bearer {token}"}
        refused = client.post("/v1/sign-in", json={"email": EMAIL, "password": WRONG_PASSWORD})
        signed_in = client.post("/v1/sign-in", json={"email": EMAIL, "password": PASSWORD})
        session, csrf = client.cookies["cronica_session"], signed_in.json()["csrfToken"]
        customer = client.post(
            "/v1/customers",
            json={"kind": "customer", "name": CUSTOMER},
            headers={"X-CSRF-Token": csrf, "X-Correlation-Id": "run-42"},
        ).json()["id"]
        client.cookies.clear()
        contact = client.post(
            f"/v1/customers/{customer}/contacts", json={"name": CONTACT}, headers=bearer
        )
        feed = client.post("/v1/me/calendar-feed", headers=bearer).json()["url"]
        secret = urlsplit(feed).path.removeprefix("/calendar/").removesuffix(".ics")
        deadline = time.monotonic() + 10  # the feed is served once its read model has it
        while client.get(urlsplit(feed).path).status_code != 200:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        graphql = {"query": "query Them { customers(first: 5) { edges { node { name } } } }"}
        assert CUSTOMER in str(client.post("/graphql", json=graphql, headers=bearer).json())
    assert (refused.status_code, signed_in.status_code, contact.status_code) == (401, 200, 201)

    text = log.read_text()
    for used in (token, PASSWORD, WRONG_PASSWORD, session, csrf, secret, EMAIL, CUSTOMER, CONTACT):
        for spelt in (used, json.dumps(used)[1:-1]):  # as written, and as JSON escapes it
            assert spelt not in text, f"{used!r} is in the log"
    lines = [json.loads(line) for line in text.splitlines() if line.strip()]  # each one JSON
    assert lines and all({"time", "level", "process", "event"} <= set(line) for line in lines)
    created = next(line for line in lines if line.get("correlation_id") == "run-42")
    assert created == created | {
        "process": "api",
        "command": "customers.create",
        "outcome": "accepted",
        "record_id": customer,
        "actor_id": user_id,
    }
    assert created["company_id"]
    sign_in = next(line for line in lines if line.get("command") == "sign-in.create")
    assert (sign_in["outcome"], sign_in["refusal"]) == ("refused", "unauthenticated")
    assert any(line.get("operation") == "Them" for line in lines)
    assert any(line.get("path") == "/calendar/[redacted].ics" for line in lines)
