"""Running the JetStream relay inside the test's process until every event written is acked."""

from __future__ import annotations

import asyncio

from cronica.bus.relay import Relayed
from cronica.ops.container import Container
from cronica.ops.relay import build_relay
from tests.fixtures.streams import IsolatedStream


def relay_until_caught_up(container: Container, stream: IsolatedStream) -> Relayed:
    """A relay as `cronica relay` builds it, publishing to the test's stream; what it sent."""
    relay = build_relay(stream.settings_for(container.settings), container, stream.url)
    try:
        return asyncio.run(relay.catch_up())
    finally:
        relay.close()
