"""The soak's processes: a nats-server of its own and the `cronica` processes, each one killed with
SIGKILL and started again on the same port, store directory and database schema."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

NATS_SERVER = "/usr/sbin/nats-server"
READY_SECONDS = 60


class ProcessStartError(Exception):
    """Raised when a soak process exits or is not ready within READY_SECONDS of starting."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@dataclass
class Process:
    """One long-running process; its output appended to `log`. `ready` tells when it serves."""

    name: str
    args: list[str]
    env: dict[str, str]
    log: Path
    port: int | None = None
    health_url: str | None = None
    popen: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    def start(self) -> None:
        with self.log.open("ab") as output:
            self.popen = subprocess.Popen(
                self.args, env=self.env, cwd=self.log.parent, stdout=output, stderr=output
            )
        deadline = time.monotonic() + READY_SECONDS
        while not self._ready():
            if self.popen.poll() is not None or time.monotonic() > deadline:
                raise ProcessStartError(f"{self.name} did not start: see {self.log}")
            time.sleep(0.05)

    def _ready(self) -> bool:
        if self.health_url:
            try:
                return httpx.get(self.health_url, timeout=2).status_code == 200
            except httpx.TransportError:
                return False
        return self.port is None or listening(self.port)

    def kill(self) -> None:
        """SIGKILL: nothing of the process gets to clean up."""
        if self.popen and self.popen.poll() is None:
            self.popen.send_signal(signal.SIGKILL)
            self.popen.wait()

    def stop(self) -> None:
        if self.popen and self.popen.poll() is None:
            self.popen.terminate()
            try:
                self.popen.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


def cronica(name: str, env: dict[str, str], var_dir: Path, *args: str) -> Process:
    """A `cronica` process; an API process (`serve`) is ready once `/health` answers."""
    command = [sys.executable, "-m", "cronica.ops.cli", *args]
    if args[0] != "serve":
        return Process(name, command, env, var_dir / f"{name}.log")
    port = int(args[args.index("--port") + 1])
    health = f"http://127.0.0.1:{port}/health"
    return Process(name, command, env, var_dir / f"{name}.log", port, health)


def nats_server(var_dir: Path) -> Process:
    """A JetStream server on a free loopback port, its store in `var_dir` (kept across restarts)."""
    port = free_port()
    args = [NATS_SERVER, "-a", "127.0.0.1", "-p", str(port), "-js", "-sd", str(var_dir / "nats")]
    return Process("nats", args, dict(os.environ), var_dir / "nats.log", port)


def run_cli(env: dict[str, str], var_dir: Path, *args: str) -> str:
    """Runs a `cronica` command to its end; its standard output."""
    done = subprocess.run(
        [sys.executable, "-m", "cronica.ops.cli", *args],
        env=env,
        cwd=var_dir,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout
