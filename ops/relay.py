"""`cronica relay`: the JetStream relay (cronica.bus.relay) wired to this installation's stores.

Its position is a row of the read store's positions table, named "nats_relay"; the tenant of an
event is the slug of its company, read from the Company record.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from uuid import UUID

from cronica.bus.messages import EventLog
from cronica.bus.relay import EventRelay
from cronica.bus.stream import StreamSpec
from cronica.commands.application import CronicaApplication
from cronica.domain.company import Company
from cronica.ops.container import Container
from cronica.ops.settings import Settings
from cronica.projections.positions import ensure_position, read_position, write_position
from cronica.projections.store import ReadStore

RELAY_POSITION = "nats_relay"


class ReadStorePosition:
    """The relay's position, kept beside the projections' positions in the read store."""

    def __init__(self, store: ReadStore, name: str = RELAY_POSITION) -> None:
        self.store = store
        self.name = name
        with store.transaction() as cursor:
            ensure_position(cursor, name)

    def read(self) -> int:
        with self.store.transaction() as cursor:
            return read_position(cursor, self.name)

    def advance(self, position: int) -> None:
        with self.store.transaction() as cursor:
            write_position(cursor, self.name, position)


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


def build_relay(settings: Settings, container: Container, nats_url: str) -> EventRelay:
    events = EventLog(
        container.application.recorder,
        container.application.mapper,
        CompanySlugs(container.application),
        settings.nats_subject_prefix,
    )
    stream = StreamSpec(
        name=settings.nats_stream,
        prefix=settings.nats_subject_prefix,
        replicas=settings.nats_stream_replicas,
        duplicate_window_seconds=settings.nats_duplicate_window_seconds,
    )
    return EventRelay(
        events,
        ReadStorePosition(container.store),
        nats_url,
        stream,
        batch_size=settings.projection_batch_size,
        poll_seconds=settings.projection_poll_seconds,
    )


def run_relay(settings: Settings) -> int:
    """Runs the relay until SIGTERM or SIGINT; exits 2 when no NATS server is configured."""
    if not settings.nats_url:
        print("cronica relay: error: CRONICA_NATS_URL is not set", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    container = Container.build(settings)
    relay = build_relay(settings, container, settings.nats_url)
    try:
        print(
            f"cronica relay: publishing to stream {settings.nats_stream} on {settings.nats_url}; "
            "Ctrl-C to stop",
            flush=True,
        )
        asyncio.run(_relay_until_signalled(relay))
    finally:
        relay.close()
        container.close()
    return 0


async def _relay_until_signalled(relay: EventRelay) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await relay.run(stop)
