"""`cronica relay`: the JetStream relay (cronica.bus.relay) wired to this installation's stores and
run as a follower of the event log until signalled.

Its position is a row of the read store's positions table, named "nats_relay"; the tenant of an
event is the slug of its company, read from the Company record.
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
from functools import partial
from uuid import UUID

from cronica.bus.messages import EventLog, OutgoingMessage
from cronica.bus.relay import EventRelay
from cronica.bus.stream import StreamSpec
from cronica.commands.application import CronicaApplication
from cronica.domain.company import Company
from cronica.ops.container import Container
from cronica.ops.settings import Settings
from cronica.projections.follower import EventLogFollower, NotificationLog
from cronica.projections.positions import StoredPositions

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


def build_relay(settings: Settings, container: Container, nats_url: str) -> EventRelay:
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
    )


def relay_follower(settings: Settings, relay: EventRelay) -> EventLogFollower:
    """The relay run as a follower of the event log, trying again soon while NATS is down."""
    return EventLogFollower(
        follower=relay,
        poll_seconds=settings.projection_poll_seconds,
        longest_pause=RELAY_LONGEST_PAUSE,
        what="relay",
    )


def run_relay(settings: Settings) -> int:
    """Runs the relay until SIGTERM or SIGINT; exits 2 when no NATS server is configured."""
    if not settings.nats_url:
        print("cronica relay: error: CRONICA_NATS_URL is not set", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    container = Container.build(settings)
    relay = build_relay(settings, container, settings.nats_url)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    try:
        print(
            f"cronica relay: publishing to stream {settings.nats_stream} on {settings.nats_url}; "
            "Ctrl-C to stop",
            flush=True,
        )
        container.start_following(relay_follower(settings, relay))
        stop.wait()
    finally:
        container.close()
        relay.close()
    return 0
