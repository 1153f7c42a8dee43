"""`cronica relay`: the JetStream relay (cronica.bus.relay) wired to this installation's stores and
run as a follower of the event log until signalled.

Its position is a row of the read store's positions table, named "nats_relay"; the tenant of an
event is the slug of its company, read from the Company record.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable
from functools import partial
from uuid import UUID

import structlog

from cronica.bus.messages import EventLog, OutgoingMessage
from cronica.bus.relay import EventRelay, PublishObserver, Relayed
from cronica.bus.stream import StreamSpec
from cronica.commands.application import CronicaApplication
from cronica.domain.company import Company
from cronica.ops.container import Container
from cronica.ops.observability.followers import ObservedFollower
from cronica.ops.observability.health import ProcessHealth
from cronica.ops.observability.logs import configure_logging
from cronica.ops.observability.metrics import Metrics
from cronica.ops.observability.side_server import serve_side
from cronica.ops.observability.tracing import publish_span, tracer_provider
from cronica.ops.settings import Settings
from cronica.projections.follower import EventLogFollower, NotificationLog
from cronica.projections.positions import StoredPositions

log = structlog.get_logger(__name__)

RELAY_POSITION = "nats_relay"
# The longest pause between the relay's attempts while NATS is down (a refused connection costs
# nothing): the relay catches up within it of the server's return.
RELAY_LONGEST_PAUSE = 0.5


class CompanySlugs:
    """A company's slug by its id, loaded once: no event renames a company."""

    def __init__(self, application: CronicaApplication) -> None:
        self.application = application
        self._slugs: dict[UUID, str] = {}

    def __call__(self, company_id: UUID) -> str:
        if company_id not in self._slugs:
            company = self.application.find(Company, company_id)
            if company is None:
                raise LookupError(f"event of unknown company {company_id}")
            self._slugs[company_id] = company.slug
        return self._slugs[company_id]


def event_log(settings: Settings, container: Container) -> EventLog:
    """The event store's log, read as the messages the relay publishes."""
    application = container.application
    log = NotificationLog(application.recorder, application.mapper, settings.projection_batch_size)
    return EventLog(
        log.after,
        CompanySlugs(application),
        settings.nats_subject_prefix,
        settings.public_base_url,
    )


def every_message(settings: Settings, container: Container) -> list[OutgoingMessage]:
    """The messages of every event stored so far, in the order the relay publishes them: what
    the stream holds once the relay has caught up."""
    events, messages, position = event_log(settings, container), [], 0
    while (batch := events.batch_after(position)).events:
        messages += batch.messages
        position = batch.last_position
    return messages


def build_relay(
    settings: Settings,
    container: Container,
    nats_url: str,
    observer: PublishObserver | None = None,
) -> EventRelay:
    positions = StoredPositions(container.store)
    positions.ensure(RELAY_POSITION)
    stream = StreamSpec(
        name=settings.nats_stream,
        prefix=settings.nats_subject_prefix,
        replicas=settings.nats_stream_replicas,
        duplicate_window_seconds=settings.nats_duplicate_window_seconds,
    )
    return EventRelay(
        event_log(settings, container),
        partial(positions.claim, RELAY_POSITION),
        nats_url,
        stream,
        observer=observer,
    )


def publish_observer(
    metrics: Metrics, trace: Callable[[int, int, int], None] | None
) -> PublishObserver:
    """Counts and times each batch the relay published (and traces it, with `trace`)."""

    def observe(relayed: Relayed, started: int, acked: int) -> None:
        metrics.relay_publish_seconds.observe((acked - started) / 1e9)
        metrics.relay_published.labels("stored").inc(relayed.stored)
        metrics.relay_published.labels("duplicate").inc(relayed.duplicates)
        if trace is not None:
            trace(relayed.sent, started, acked)

    return observe


def relay_follower(settings: Settings, relay: EventRelay, metrics: Metrics) -> EventLogFollower:
    """The relay run as a follower of the event log, trying again soon while NATS is down."""
    return EventLogFollower(
        follower=ObservedFollower(relay, "relay", metrics),
        poll_seconds=settings.projection_poll_seconds,
        longest_pause=RELAY_LONGEST_PAUSE,
        what="relay",
    )


def run_relay(settings: Settings) -> int:
    """Runs the relay until SIGTERM or SIGINT; exits 2 when no NATS server is configured."""
    if not settings.nats_url:
        print("cronica relay: error: CRONICA_NATS_URL is not set", file=sys.stderr)
        return 2
    configure_logging(settings, "relay")
    # Only its publishes are traced: its statements, polled every fraction of a second while
    # idle, would each make a trace of their own.
    tracing = tracer_provider(settings, "relay")
    container = Container.build(settings)
    trace = publish_span(tracing, settings.nats_stream) if tracing is not None else None
    observer = publish_observer(container.metrics, trace)
    relay = build_relay(settings, container, settings.nats_url, observer)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    port = settings.relay_metrics_port
    health = ProcessHealth("relay", container, settings.nats_url)
    try:
        metrics = serve_side(health, port) if port else None
        log.info("publishing", stream=settings.nats_stream, metrics_port=port)
        container.start_following(relay_follower(settings, relay, container.metrics))
        stop.wait()
        if metrics is not None:
            metrics.close()
    finally:
        container.close()
        relay.close()
        if tracing is not None:
            tracing.shutdown()
    return 0
