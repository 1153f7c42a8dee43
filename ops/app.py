"""The app factory: one FastAPI app with the command API, the GraphQL read API and the read
side's other HTTP routes (exports, calendar feed; the benchmark's JSON reads when asked for)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from anyio import CapacityLimiter
from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from cronica.bus.contract_routes import Published, event_contract_router
from cronica.commands.errors import AuthenticationError
from cronica.commands.http.problems import ProblemKind, problem_response
from cronica.commands.http.router import command_routes, install_problem_handlers
from cronica.commands.identity import authenticate
from cronica.commands.sessions import SessionLifetimes
from cronica.domain.access import Member, UnitTree
from cronica.graphql.http.calendar_feed import calendar_feed_router
from cronica.graphql.http.exports import export_router
from cronica.graphql.http.graphql_document import document_graphql
from cronica.graphql.http.json_reads import json_reads_router
from cronica.graphql.http.refusals import ReadRefusedError
from cronica.graphql.read_api import ReadApi, Viewer
from cronica.graphql.router import graphql_router
from cronica.graphql.schema import schema
from cronica.ops.container import Container, open_attachment_store
from cronica.ops.observability.graphql_operations import observe_operations
from cronica.ops.observability.health import ProcessHealth
from cronica.ops.observability.logs import configure_logging
from cronica.ops.observability.metrics import CONTENT_TYPE_LATEST
from cronica.ops.observability.requests import RequestObserver
from cronica.ops.observability.side_server import serve_side
from cronica.ops.observability.tracing import (
    current_span,
    stop_tracing_postgres,
    trace_app,
    trace_postgres,
    tracer_provider,
)
from cronica.ops.settings import Settings
from cronica.ops.web_app import mount_web_app
from cronica.projections.positions import lowest_position
from cronica.projections.records.history import history_of, kind_of
from cronica.projections.records.snapshots import snapshot_of
from cronica.projections.users.members import member_and_tree

if TYPE_CHECKING:
    from opentelemetry.sdk.trace.export import SpanExporter


def create_app(
    settings: Settings | None = None,
    *,
    run_projections: bool = True,
    span_exporter: SpanExporter | None = None,
) -> FastAPI:
    """The HTTP app. With `run_projections`, projections run in this process (the embedded
    default); a deployment with `cronica worker` processes turns that off. Traces go to
    `CRONICA_OTEL_ENDPOINT`, or to `span_exporter` when given (a test's).

    Each start of its lifespan builds the process's objects from `app.state.settings`, so one
    app may be served again on another database (the tests do: building its 120 routes costs
    far more than a start); only `benchmark_endpoints` is fixed when the app is made."""
    settings = settings or Settings()
    tracing = tracer_provider(settings, "api", span_exporter)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        served: Settings = app.state.settings
        if tracing is not None:
            trace_postgres(tracing)  # before the pools open their connections
        container = Container.build(served)
        app.state.container = container
        app.state.metrics = container.metrics
        app.state.health = health = ProcessHealth("api", container)
        app.state.application = container.application
        app.state.command_slots = CapacityLimiter(served.commands_at_once)
        app.state.read_api = read_api(container)
        app.state.attachments = open_attachment_store(container)
        app.state.email_allowance = served.email_allowance()
        app.state.public_base_url = served.public_base_url
        app.state.session_lifetimes = SessionLifetimes(
            idle=timedelta(minutes=served.session_idle_minutes),
            absolute=timedelta(hours=served.session_lifetime_hours),
        )
        if run_projections:
            container.start_projections()
        port = served.metrics_port
        metrics_server = serve_side(health, port) if port is not None else None
        try:
            yield
        finally:
            if metrics_server is not None:
                metrics_server.close()
            container.close()
            if tracing is not None:
                stop_tracing_postgres()
                tracing.force_flush()

    app = FastAPI(
        title="Cronica",
        summary="An event-sourced CRM: commands over HTTP, reads over GraphQL.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.add_middleware(NoSniffing)
    app.add_middleware(
        RequestObserver,
        metrics=lambda: app.state.metrics,
        span_of=current_span if tracing is not None else None,
    )
    observe_operations(schema)
    install_problem_handlers(app)
    app.add_exception_handler(ReadRefusedError, _on_read_refusal)
    app.router.routes.extend(command_routes())  # first: no route was matched yet
    current_read_api = lambda: app.state.read_api  # noqa: E731 (built in the lifespan)
    app.include_router(document_graphql(graphql_router(current_read_api)))
    app.include_router(calendar_feed_router(current_read_api))
    app.include_router(export_router(current_read_api))
    if settings.benchmark_endpoints:
        app.include_router(json_reads_router(current_read_api))
    app.include_router(event_contract_router(lambda: _published(app.state.settings)))

    _add_ops_routes(app, metrics_here=settings.metrics_port is None)
    mount_web_app(app, settings.web_dir)
    if tracing is not None:
        trace_app(app, tracing)
    return app


def _add_ops_routes(app: FastAPI, *, metrics_here: bool) -> None:
    """Health for load balancers and orchestrators, and the metrics unless they have a port of
    their own; none needs credentials."""

    @app.get("/health", tags=["ops"])
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/health/live", tags=["ops"])
    async def live() -> dict[str, Any]:  # on the event loop: it answers while threads are busy
        return app.state.health.live()

    @app.get("/health/ready", tags=["ops"])
    def ready() -> JSONResponse:
        is_ready, body = app.state.health.ready()
        return JSONResponse(body, status_code=200 if is_ready else 503)

    if metrics_here:

        @app.get("/metrics", tags=["ops"], include_in_schema=False)
        def metrics() -> Response:
            return Response(app.state.metrics.exposition(), media_type=CONTENT_TYPE_LATEST)


def _published(settings: Settings) -> Published:
    return Published(settings.nats_subject_prefix, settings.public_base_url)


def create_worker_app() -> FastAPI:
    """The app of each process of `cronica serve --workers N`, which uvicorn imports by name
    in every process: settings from the environment, projections left to `cronica worker`,
    logs set up for the process."""
    settings = Settings()
    configure_logging(settings, "api")
    return create_app(settings, run_projections=False)


class NoSniffing:
    """Tells browsers to take every answer's Content-Type as given, never to guess another (an
    uploaded file guessed to be HTML would run as a page of this site)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_no_sniff(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).setdefault("X-Content-Type-Options", "nosniff")
            await send(message)

        await self.app(scope, receive, send_no_sniff if scope["type"] == "http" else send)


def read_api(container: Container) -> ReadApi:
    """What the GraphQL API reads through: this process's read store, and credentials (API
    tokens and sessions, as the command side authenticates them), histories and projection
    positions from the container."""
    application, store = container.application, container.store
    names = [projection.name for projection in container.runner.projections]

    def viewer(credential: str) -> Viewer | None:
        try:
            who = authenticate(application, credential)
        except AuthenticationError:
            return None
        company_id = str(who.company_id)

        def access() -> tuple[Member, UnitTree]:
            return member_and_tree(store, company_id, who.user_id, who.role, who.unit_id)

        return Viewer(str(who.user_id), company_id, who.name, who.role, access)

    return ReadApi(
        store=store,
        authenticate=viewer,
        history=lambda record_id: history_of(application.events, record_id),
        record_at=lambda record_id, company_id, at: snapshot_of(
            application.events, record_id, company_id, upto=at
        ),
        kind_of=lambda record_id: kind_of(application.events, record_id),
        reached_position=lambda: lowest_position(store, names),
        read_wait_seconds=container.settings.read_wait_seconds,
    )


async def _on_read_refusal(request: Request, error: Exception) -> Response:
    """A refused HTTP read, answered as problem+json like a refused command."""
    assert isinstance(error, ReadRefusedError), "installed for ReadRefusedError only"
    kind = ProblemKind(error.status, error.slug, error.title)
    return problem_response(kind, str(error), headers=dict(error.headers))
