"""With tracing on (here to an in-memory exporter instead of OTLP), a command is one trace: the
HTTP server span, with the request's correlation id on it, and under it the PostgreSQL
statements that loaded its record and stored its event. With tracing off, nothing is
instrumented and OpenTelemetry's SDK is not even imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

from cronica.commands.identity import add_user, ensure_company
from cronica.ops.app import create_app
from cronica.ops.settings import Settings
from tests.fixtures.http.served_apps import ServedClient

CORRELATION = "trace-me-1"


def test_a_command_is_one_trace_spanning_http_and_the_store(postgres_settings: Settings) -> None:
    exporter = InMemorySpanExporter()
    app = create_app(postgres_settings, run_projections=False, span_exporter=exporter)
    with ServedClient(app) as client:
        application = app.state.application
        ensure_company(application, postgres_settings.company, "Cronica Demo S.L.")
        token = add_user(application, postgres_settings.company, "Ana García", "agent").token
        exporter.clear()
        answer = client.post(
            "/v1/customers",
            json={"kind": "customer", "name": "Frutas Levante S.L."},
            headers={"Authorization": f"Bearer {token}", "X-Correlation-Id": CORRELATION},
        )
        assert answer.status_code == 201, answer.text
    spans = exporter.get_finished_spans()

    server = [s for s in spans if s.kind == SpanKind.SERVER]
    assert [s.name for s in server] == ["POST /v1/customers"]
    (request,) = server
    assert request.attributes is not None
    assert request.attributes["cronica.correlation_id"] == CORRELATION
    trace_id = request.context.trace_id
    # The save: the events table locked (the insert's own text is composed, so not shown), then
    # the transaction committed; all of it within the request's trace, and in no other.
    saves = [
        (s.context.trace_id, str((s.attributes or {}).get("db.statement", "")))
        for s in spans
        if s.kind == SpanKind.CLIENT
    ]
    locks = [trace for trace, text in saves if text.startswith("LOCK TABLE") and "_events" in text]
    assert locks == [trace_id], saves
    assert (trace_id, "COMMIT") in saves


def test_without_an_endpoint_nothing_is_instrumented_nor_imported(tmp_path: Path) -> None:
    made = (
        "import sys; from cronica.ops.app import create_app; from cronica.ops.settings import "
        f"Settings; app = create_app(Settings(var_dir={str(tmp_path)!r}), run_projections=False); "
        "print(getattr(app, '_is_instrumented_by_opentelemetry', False), "
        "any(name.startswith('opentelemetry.sdk') for name in sys.modules))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("CRONICA_")}
    shown = subprocess.run(
        [sys.executable, "-c", made], env=env, capture_output=True, text=True, check=True
    )
    assert shown.stdout.split() == ["False", "False"], shown
