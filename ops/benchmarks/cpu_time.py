"""Where a bench figure's CPU goes, on a machine whose cores the load generator, the server and
PostgreSQL share: CPU seconds (user + system, from /proc/<pid>/stat) of this process (the load
generator), of the server's processes (the one started and its children, e.g. uvicorn's
workers) and of the PostgreSQL backends serving them (found by the application name the server
is started with, PGAPPNAME), each divided by the commands of the figure. Unlike a rate, these
do not move much with what else runs on the machine.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import psycopg

_TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of a process (0 once it has gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = stat.rsplit(")", 1)[1].split()  # after the command's name, which may hold spaces
    return (int(fields[11]) + int(fields[12])) / _TICKS_PER_SECOND


def _tree(pid: int) -> list[int]:
    """The process and its descendants."""
    found, waiting = [], [pid]
    while waiting:
        current = waiting.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                waiting += [int(child) for child in (task / "children").read_text().split()]
            except OSError:
                continue
    return found


@dataclass(frozen=True)
class CpuTimes:
    """CPU seconds of each side, per process id."""

    client: float
    server: dict[int, float]
    database: dict[int, float]

    def per_command(self, before: CpuTimes, commands: int) -> str:
        """What each side spent per command since `before`, in ms."""

        def spent(now: dict[int, float], then: dict[int, float]) -> float:
            return sum(seconds - then.get(pid, 0.0) for pid, seconds in now.items())

        sides = {
            "client": self.client - before.client,
            "server": spent(self.server, before.server),
            "postgres": spent(self.database, before.database),
        }
        return "cpu/command " + "  ".join(
            f"{side} {seconds / commands * 1000:5.2f} ms" for side, seconds in sides.items()
        )


@dataclass(frozen=True)
class CpuMeter:
    """Reads the CPU times of the load generator, the server and its PostgreSQL backends."""

    server_pid: int
    url: str
    application_name: str

    def read(self) -> CpuTimes:
        with psycopg.connect(self.url, autocommit=True) as connection:
            backends = connection.execute(
                "SELECT pid FROM pg_stat_activity WHERE application_name = %s",
                (self.application_name,),
            ).fetchall()
        return CpuTimes(
            client=_cpu_seconds(os.getpid()),
            server={pid: _cpu_seconds(pid) for pid in _tree(self.server_pid)},
            database={pid: _cpu_seconds(pid) for (pid,) in backends},
        )
