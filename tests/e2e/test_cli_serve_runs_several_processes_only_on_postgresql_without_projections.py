"""`cronica serve --workers N` runs N HTTP processes on one port: only on PostgreSQL (an
embedded SQLite database is one process's) and only with the projections in `cronica worker`
(each process would otherwise run them all)."""

from __future__ import annotations

from pathlib import Path

from cronica.ops.settings import Settings
from tests.fixtures.cli_process import Cli


def test_several_processes_are_refused_on_sqlite(
    sqlite_only_settings: Settings, tmp_path: Path
) -> None:
    refused = Cli(sqlite_only_settings, tmp_path).run("serve", "--workers", "2", "--no-projections")

    assert "one process" in refused.error()


def test_several_processes_are_refused_with_projections_in_them(
    postgres_settings: Settings, tmp_path: Path
) -> None:
    refused = Cli(postgres_settings, tmp_path).run("serve", "--workers", "2")

    assert "--no-projections" in refused.error()
