"""OpenTelemetry traces: the API's requests (FastAPI) with their PostgreSQL statements (psycopg),
and the relay's publishes to NATS, exported by OTLP over HTTP to `CRONICA_OTEL_ENDPOINT`.

Unset, nothing is instrumented and OpenTelemetry's SDK is never imported: tracing off costs
nothing. A test passes its own exporter (an in-memory one) instead of an endpoint."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from cronica.ops.settings import Settings

if TYPE_CHECKING:
    from fastapi import FastAPI
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SpanExporter


def tracer_provider(
    settings: Settings, process: str, exporter: SpanExporter | None = None
) -> TracerProvider | None:
    """The process's tracer provider, named `<service>-<process>`; None when tracing is off."""
    if exporter is None and not settings.otel_endpoint:
        return None
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor

    name = f"{settings.otel_service_name}-{process}"
    provider = TracerProvider(resource=Resource.create({"service.name": name}))
    if exporter is not None:
        provider.add_span_processor(SimpleSpanProcessor(exporter))
    else:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        endpoint = f"{(settings.otel_endpoint or '').rstrip('/')}/v1/traces"
        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=endpoint)))
    return provider


def trace_app(app: FastAPI, provider: TracerProvider) -> None:
    """A server span per request (health and metrics scrapes left out), without a span of its
    own for each ASGI message received and sent: they say nothing the server span does not,
    at a cost per request."""
    from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor

    FastAPIInstrumentor.instrument_app(
        app,
        tracer_provider=provider,
        excluded_urls="/health,/metrics",
        exclude_spans=["receive", "send"],
    )


def trace_postgres(provider: TracerProvider) -> None:
    """A client span per statement of every psycopg connection made from now on (the pools'
    connections: call it before they are opened)."""
    from opentelemetry.instrumentation.psycopg import PsycopgInstrumentor

    PsycopgInstrumentor().instrument(tracer_provider=provider, skip_dep_check=True)


def stop_tracing_postgres() -> None:
    from opentelemetry.instrumentation.psycopg import PsycopgInstrumentor

    PsycopgInstrumentor().uninstrument()


def current_span() -> object:
    """The span of the code running now (the request's server span, in the API)."""
    from opentelemetry import trace

    return trace.get_current_span()


def publish_span(provider: TracerProvider, stream: str) -> Callable[[int, int, int], None]:
    """Records a producer span per batch the relay published: (messages, started, acked), times
    in nanoseconds since the epoch, as the relay measured them."""
    from opentelemetry.trace import SpanKind

    tracer = provider.get_tracer("cronica.relay")

    def record(messages: int, started: int, acked: int) -> None:
        attributes: dict[str, str | int] = {
            "messaging.system": "nats",
            "messaging.destination.name": stream,
            "messaging.batch.message_count": messages,
        }
        span = tracer.start_span(
            f"publish {stream}", kind=SpanKind.PRODUCER, start_time=started, attributes=attributes
        )
        span.end(end_time=acked)

    return record
