"""The CPU a request costs the API's `RequestObserver` (the command's metrics and its JSON
access log line), measured in this process on an ASGI app that answers a command at once,
against the same app bare: interleaved rounds, CPU time (`time.process_time`), so that other
processes' noise does not count.

    .venv/bin/python -m cronica.ops.benchmarks.request_observer_cost
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
import uuid
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from cronica.ops.observability.logs import configure_logging
from cronica.ops.observability.metrics import Metrics
from cronica.ops.observability.requests import RequestObserver
from cronica.ops.settings import Settings

RECORD_ID = str(uuid.uuid4())
ROUTE = SimpleNamespace(path="/v1/incidents/{incidentId}/assign")
WHO = SimpleNamespace(user_id=uuid.uuid4(), company_id=uuid.uuid4())
ANSWER = b'{"id": "%s", "version": 2, "position": 1234}' % RECORD_ID.encode()


async def command(scope: Scope, _receive: Receive, send: Send) -> None:
    """What routing and a command leave behind (route, principal, correlation id) and the
    answer, without the work between."""
    scope["route"], scope["path_params"] = ROUTE, {"incidentId": RECORD_ID}
    scope.setdefault("state", {}).update(principal=WHO, correlation_id=str(uuid.uuid4()))
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": ANSWER})


async def _requests(app: ASGIApp, count: int) -> None:
    async def receive() -> Message:
        return {"type": "http.request", "body": b"{}"}

    async def send(_message: Message) -> None:
        pass

    for _ in range(count):
        scope: dict[str, Any] = {"type": "http", "method": "POST", "headers": []}
        scope["path"] = f"/v1/incidents/{RECORD_ID}/assign"
        await app(scope, receive, send)


def cpu_microseconds(app: ASGIApp, count: int) -> float:
    started = time.process_time()
    asyncio.run(_requests(app, count))
    return (time.process_time() - started) * 1e6 / count


def main(count: int = 20_000, rounds: int = 5) -> None:
    metrics = Metrics()
    observed = RequestObserver(command, lambda: metrics)
    with Path("/dev/null").open("w") as nowhere:
        sys.stderr, kept = nowhere, sys.stderr  # the log lines are made and written, unseen
        try:
            configure_logging(Settings(log_format="json"), "api")
            bare, with_observer = [], []
            for _ in range(rounds):
                bare.append(cpu_microseconds(command, count))
                with_observer.append(cpu_microseconds(observed, count))
        finally:
            sys.stderr = kept
    plain, more = statistics.median(bare), statistics.median(with_observer)
    print(f"a command's request, {rounds} interleaved rounds of {count}, CPU per request:")
    print(f"  bare ASGI app                        {plain:7.1f} µs")
    print(f"  with metrics and the access log line {more:7.1f} µs (+{more - plain:.1f} µs)")


if __name__ == "__main__":
    main()
