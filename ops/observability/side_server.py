"""The small HTTP server of the processes that serve no API (the worker, the relay), and of the
API when its metrics go to a port of their own: `/metrics`, `/health/live`, `/health/ready`, no
credentials, on the interface and port of the settings."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from cronica.ops.observability.health import ProcessHealth
from cronica.ops.observability.metrics import CONTENT_TYPE_LATEST, Metrics

Readiness = Callable[[], tuple[bool, dict[str, Any]]]


class SideServer:
    """Serves in a daemon thread from `start` until `close`."""

    def __init__(
        self, host: str, port: int, metrics: Metrics, live: dict[str, Any], ready: Readiness
    ) -> None:
        answers: dict[str, Callable[[], tuple[int, str, bytes]]] = {
            "/metrics": lambda: (200, CONTENT_TYPE_LATEST, metrics.exposition()),
            "/health/live": lambda: _json(True, live),
            "/health/ready": lambda: _json(*ready()),
        }

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                answer = answers.get(self.path.split("?", 1)[0])
                status, content_type, body = answer() if answer else (404, "text/plain", b"")
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                """Scrapes every few seconds are not worth a log line each."""

        try:
            self._server = ThreadingHTTPServer((host, port), Handler)
        except OSError as error:  # the CLI's one-line error, not a traceback
            raise ValueError(f"cannot serve metrics on {host}:{port}: {error.strerror}") from error
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="metrics-server", daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def start(self) -> SideServer:
        self._thread.start()
        return self

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _json(ok: bool, body: dict[str, Any]) -> tuple[int, str, bytes]:
    return (200 if ok else 503), "application/json", json.dumps(body).encode()


def serve_side(health: ProcessHealth, port: int) -> SideServer:
    """The process's metrics and health on `port` of the settings' metrics interface, started."""
    container = health.container
    host = container.settings.metrics_host
    return SideServer(host, port, container.metrics, health.live(), health.ready).start()
