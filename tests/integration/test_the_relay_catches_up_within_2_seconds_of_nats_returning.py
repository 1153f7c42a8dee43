"""NATS is stopped while events are written, and started again: the relay has published every
event, each once, within 2 s of the server accepting connections again (before, its pause
between attempts doubled up to 10 s while NATS was down, and in-flight publishes waited out the
10 s ack timeout).

The outage lasts as many failed attempts as a doubling pause needs to outgrow 2 s."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from cronica.ops.container import Container
from cronica.ops.relay import build_relay, every_message, relay_follower
from cronica.ops.settings import Settings
from tests.fixtures.databases import sqlite_settings
from tests.fixtures.nats_server import OwnNatsServer
from tests.fixtures.staff.office import Office
from tests.fixtures.streams import IsolatedStream

WITHIN = 2.0
# Enough failed attempts for a pause doubling from 0.25 s to have grown past WITHIN.
FAILED_ATTEMPTS = 5


def wait_for_failed_attempts(caplog: pytest.LogCaptureFixture, count: int) -> None:
    """The outage lasts until the relay has failed `count` times to reach NATS."""
    deadline = time.monotonic() + 20
    while sum(r.getMessage().startswith("relay failed") for r in caplog.records) < count:
        assert time.monotonic() < deadline, "the relay stopped trying"
        time.sleep(0.02)


def messages_due(settings: Settings, container: Container) -> int:
    """How many messages the events written so far are published as."""
    return len(every_message(settings, container))


def wait_for_messages(stream: IsolatedStream, count: int, seconds: float) -> float:
    """Waits until the stream holds `count` messages; answers how long it took."""
    started = time.monotonic()
    while (held := stream.message_count()) < count:
        waited = time.monotonic() - started
        assert waited < seconds, f"{held} of {count} messages in the stream after {waited:.1f}s"
        time.sleep(0.02)
    return time.monotonic() - started


def test_the_relay_catches_up_within_2_seconds_of_nats_returning(
    own_nats_server: OwnNatsServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    stream = IsolatedStream(own_nats_server.url, name="OUTAGE", prefix="outage")
    settings = stream.settings_for(sqlite_settings(tmp_path))
    container = Container.build(settings)
    relay = build_relay(settings, container, own_nats_server.url)
    try:
        container.start_following(relay_follower(settings, relay, container.metrics))
        office = Office(container.application)
        ana = office.hire("Ana", "manager")
        shop = office.customer(ana, "Shop")
        office.open(ana, shop, "Before the outage")
        wait_for_messages(stream, messages_due(settings, container), 10)

        own_nats_server.stop()
        office.open(ana, shop, "During the outage")
        with caplog.at_level(logging.WARNING, logger="cronica.projections.follower"):
            wait_for_failed_attempts(caplog, FAILED_ATTEMPTS)
        office.open(ana, shop, "Just before NATS returns")
        own_nats_server.start()

        written = messages_due(settings, container)
        caught_up_in = wait_for_messages(stream, written, 15)
        assert caught_up_in < WITHIN, f"caught up {caught_up_in:.2f}s after NATS returned"
        assert stream.message_count() == written  # none twice
    finally:
        container.close()
        relay.close()
