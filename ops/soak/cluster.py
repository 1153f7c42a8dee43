"""The system under soak: a PostgreSQL schema of its own, a nats-server, two API processes, a worker
and a relay, with a company and a manager made with the CLI; and the faults done to them."""

from __future__ import annotations

import os
import re
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg

from cronica.ops.settings import Settings
from cronica.ops.soak.processes import Process, cronica, free_port, nats_server, run_cli

COMPANY = "soak"


@dataclass
class Cluster:
    """The running processes, the manager's token and the settings the checks read with."""

    settings: Settings
    nats: Process
    apis: list[Process]
    worker: Process
    relay: Process
    token: str
    app_name: str

    @property
    def api_urls(self) -> list[str]:
        return [f"http://127.0.0.1:{api.port}" for api in self.apis]

    @property
    def nats_url(self) -> str:
        return f"nats://127.0.0.1:{self.nats.port}"

    def processes(self) -> list[Process]:
        return [*self.apis, self.worker, self.relay, self.nats]

    def terminate_connections(self) -> int:
        """`pg_terminate_backend` of every connection of the soak's processes; how many."""
        with psycopg.connect(self.settings.database_url or "", autocommit=True) as connection:
            rows = connection.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE application_name = %s",
                (self.app_name,),
            ).fetchall()
        return len(rows)


@contextmanager
def running_cluster(database_url: str, var_dir: Path) -> Iterator[Cluster]:
    """Everything started in a new schema; stopped, and the schema dropped, on leaving."""
    schema = f"soak_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(database_url, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    settings = Settings(database_url=database_url, database_schema=schema, var_dir=var_dir)
    nats = nats_server(var_dir)
    # Every process of the soak names itself to PostgreSQL, so that its connections (and no
    # one else's) can be terminated.
    app_name = f"cronica-{schema}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("CRONICA_")}
    env.update(
        CRONICA_DATABASE_URL=database_url,
        CRONICA_DATABASE_SCHEMA=schema,
        CRONICA_VAR_DIR=str(var_dir),
        CRONICA_NATS_URL=f"nats://127.0.0.1:{nats.port}",
        PGAPPNAME=app_name,
    )
    started: list[Process] = []
    try:
        run_cli(env, var_dir, "company", "add", COMPANY)
        added = run_cli(
            env, var_dir, "user", "add", "Marta Gil", "--role", "manager", "--company", COMPANY
        )
        token = re.search(r"token: +(\S+)", added)[1]  # type: ignore[index]
        apis = [
            cronica(
                f"api{n}", env, var_dir, "serve", "--port", str(free_port()), "--no-projections"
            )
            for n in (1, 2)
        ]
        worker = cronica("worker", env, var_dir, "worker")
        relay = cronica("relay", env, var_dir, "relay")
        # One after another: processes starting together race in the event store's setup.
        for process in (nats, *apis, worker, relay):
            process.start()
            started.append(process)
        yield Cluster(settings, nats, apis, worker, relay, token, app_name)
    finally:
        for process in reversed(started):
            process.stop()
        with psycopg.connect(database_url, autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


def restart(process: Process, down_seconds: float = 0.0) -> None:
    """SIGKILL, `down_seconds` of absence, and a start on the same port and store."""
    process.kill()
    time.sleep(down_seconds)
    process.start()
