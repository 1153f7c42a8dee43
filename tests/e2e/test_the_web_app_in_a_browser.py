"""The seeds' flows through the web app's screens, in Debian's Chromium driven by Playwright,
against a real `cronica serve` on a fresh database loaded with the demo office. Each flow saves
a screenshot of its last screen under web/test-results/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.fixtures.cli_process import Cli, serving
from tests.fixtures.databases import sqlite_settings
from tests.fixtures.web_tools import WEB, npx, require_built_web_app, require_chromium


@pytest.mark.long
def test_the_seeds_flows_pass_through_the_screens(tmp_path: Path) -> None:
    require_built_web_app()
    require_chromium()
    cli = Cli(sqlite_settings(tmp_path), tmp_path)
    printed = cli.run("demo").succeeded()
    password = re.search(r"password (\S+)", printed)
    assert password, printed
    with serving(cli, tmp_path / "serve.log") as base_url:
        output = npx(
            "playwright",
            "test",
            env={
                "CRONICA_WEB_URL": base_url,
                "CRONICA_WEB_PASSWORD": password[1],
                "CRONICA_WEB_ARTIFACTS": str(WEB / "test-results"),
            },
        )
    print(output)  # the dashboard's time and axe's counts, for the closing note
    assert " passed" in output
