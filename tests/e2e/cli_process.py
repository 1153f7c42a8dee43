"""The `cronica` command run as a real process on one test database, as an operator runs it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from cronica.commands.application import CronicaApplication
from cronica.ops.settings import Settings

TIMEOUT_SECONDS = 60


@dataclass(frozen=True)
class Outcome:
    """How one `cronica` run ended."""

    args: tuple[str, ...]
    code: int
    out: str
    err: str

    def succeeded(self) -> str:
        """The standard output of a run that must succeed."""
        assert (self.code, self.err) == (0, ""), self
        return self.out

    def error(self) -> str:
        """The message of a run that must fail as every `cronica` error does: exit 2, nothing
        on stdout, one line on stderr."""
        assert self.code == 2, self
        assert self.out == "", self
        assert self.err.count("\n") == 1 and self.err.endswith("\n"), self
        return self.err


@dataclass(frozen=True)
class Cli:
    """`cronica` on the database of `settings`, with `var_dir` as its CRONICA_VAR_DIR (and
    working directory); no other CRONICA_* variable of the test's environment leaks in."""

    settings: Settings
    var_dir: Path

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("CRONICA_")}
        env["CRONICA_DATABASE_URL"] = self.settings.database_url or ""
        env["CRONICA_VAR_DIR"] = str(self.var_dir)
        if self.settings.database_schema:
            env["CRONICA_DATABASE_SCHEMA"] = self.settings.database_schema
        return env

    def start(self, *args: str, log: IO[str] | None = None) -> subprocess.Popen[str]:
        """The process, its output piped, or both streams written to `log` (a long-running
        process whose pipes nobody reads would block once they are full)."""
        return subprocess.Popen(
            [sys.executable, "-m", "cronica.ops.cli", *args],
            env=self.env(),
            cwd=self.var_dir,
            stdout=log or subprocess.PIPE,
            stderr=subprocess.STDOUT if log else subprocess.PIPE,
            text=True,
        )

    def run(self, *args: str) -> Outcome:
        process = self.start(*args)
        out, err = process.communicate(timeout=TIMEOUT_SECONDS)
        return Outcome(args, process.returncode, out, err)

    def run_all(self, commands: Sequence[Sequence[str]]) -> list[Outcome]:
        """Runs the commands one after another. Not at once: processes starting together on
        PostgreSQL race in the event store's `CREATE OR REPLACE FUNCTION` and some crash."""
        return [self.run(*args) for args in commands]

    @contextmanager
    def application(self) -> Iterator[CronicaApplication]:
        """The event store the CLI writes to, opened in the test; closed on leaving, so that no
        connection of the test holds SQLite while a CLI process writes."""
        app = CronicaApplication(env=self.settings.event_store_env())
        try:
            yield app
        finally:
            app.close()

    def event_count(self) -> int:
        with self.application() as app:
            return len(app.recorder.select_notifications(start=None, limit=1_000_000))


def added_user(out: str) -> tuple[str, str]:
    """The user id and token that `cronica user add` printed."""
    printed = re.fullmatch(r"user id: (\S+)\ntoken: +(\S+)\n", out)
    assert printed, out
    return printed[1], printed[2]
