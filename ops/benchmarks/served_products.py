"""The products a benchmark serves (write_path.py, observability_cost.py): seeded by their own
command line, served by `cronica serve` on a port of their own, and a git revision checked out
into a temporary worktree and imported from there (PYTHONPATH comes before this venv's editable
install)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]


def _cli(env: dict[str, str], *args: str) -> str:
    return subprocess.run(
        [sys.executable, "-m", "cronica.ops.cli", *args],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _printed(printed: str, label: str) -> str:
    return next(line.split()[-1] for line in printed.splitlines() if line.startswith(label))


def seeded(env: dict[str, str]) -> tuple[str, tuple[str, str]]:
    """A company, a manager and two technicians, made by the product's own command line: the
    manager's token and the technicians' ids."""
    _cli(env, "company", "add", "default", "--name", "Bench")
    manager = _cli(env, "user", "add", "Bench", "--role", "manager", "--company", "default")
    technicians = [
        _printed(_cli(env, "user", "add", name, "--role", "technician"), "user id:")
        for name in ("Tecnico Uno", "Tecnico Dos")
    ]
    return _printed(manager, "token:"), (technicians[0], technicians[1])


@contextmanager
def served(env: dict[str, str], port: int, args: list[str]) -> Iterator[tuple[str, int]]:
    """The product served until the block ends: its base URL and the process id started."""
    serve = ["serve", "--port", str(port), "--no-projections", *args]
    server = subprocess.Popen(
        [sys.executable, "-m", "cronica.ops.cli", *serve],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120  # several processes start slowly on a busy machine
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/health").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            raise RuntimeError(f"`cronica {' '.join(serve)}` did not start")
        yield base, server.pid
    finally:
        server.terminate()
        server.wait(timeout=30)


@contextmanager
def checked_out(rev: str) -> Iterator[str]:
    """The revision in a temporary worktree, importable as `cronica` from the path yielded."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(
            ["git", "-C", str(REPO), "worktree", "add", "--detach", str(tree), rev],
            check=True,
            capture_output=True,
        )
        try:
            (Path(tmp) / "path").mkdir()
            (Path(tmp) / "path" / "cronica").symlink_to(tree)
            yield str(Path(tmp) / "path")
        finally:
            subprocess.run(
                ["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=True
            )
