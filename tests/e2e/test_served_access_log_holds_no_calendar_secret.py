"""`cronica serve` logs every request's path, and a calendar feed's path holds its only
credential: the access log shows the request with the secret redacted."""

from __future__ import annotations

from pathlib import Path

import httpx

from cronica.commands.calendar_feeds import issue_calendar_feed
from cronica.commands.identity import add_user, authenticate, ensure_company
from cronica.ops.settings import Settings
from tests.fixtures.cli_process import Cli, serving
from tests.fixtures.staff.office import call_of


def test_the_access_log_shows_the_feed_request_without_its_secret(
    sqlite_only_settings: Settings, tmp_path: Path
) -> None:
    cli = Cli(sqlite_only_settings, tmp_path)
    with cli.application() as app:
        ensure_company(app, "default", "Cronica Demo S.L.")
        who = authenticate(app, add_user(app, "default", "Ana García", "agent").token)
        secret = issue_calendar_feed(call_of(app, who)).secret
    log = tmp_path / "serve.log"

    with serving(cli, log) as base_url:
        feed = httpx.get(f"{base_url}/calendar/{secret}.ics")
        unknown = httpx.get(f"{base_url}/calendar/not-{secret}.ics")

    assert feed.status_code in (200, 404) and unknown.status_code == 404
    text = log.read_text()
    assert "/calendar/[redacted].ics" in text, text
    assert secret not in text
