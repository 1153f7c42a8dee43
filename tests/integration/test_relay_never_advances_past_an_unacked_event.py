"""The relay stores its position only as far as JetStream acked without a gap: events the stream
refused in the middle of a batch are sent again, in order, once it accepts them; none is lost."""

from __future__ import annotations

import asyncio
import random

import pytest
from nats.js.api import DiscardPolicy

from cronica.bus.relay import PublishError
from cronica.ops.container import Container
from cronica.ops.relay import RELAY_POSITION, build_relay, every_message
from cronica.projections.positions import all_positions
from tests.fixtures.random_work.office_work import RandomWork
from tests.fixtures.relaying import relay_until_caught_up
from tests.fixtures.staff.office import Office
from tests.fixtures.streams import IsolatedStream


def test_events_refused_by_a_full_stream_are_sent_again_when_it_has_room(
    container: Container, jetstream: IsolatedStream
) -> None:
    RandomWork(Office(container.application), random.Random(3)).do(15)
    expected = every_message(jetstream.settings_for(container.settings), container)
    # A stream that refuses every message after its fifth, as a full disk would.
    jetstream.configure(max_msgs=5, discard=DiscardPolicy.NEW)

    relay = build_relay(jetstream.settings_for(container.settings), container, jetstream.url)
    try:
        with pytest.raises(PublishError, match=f"acked 5 of {len(expected)}"):
            asyncio.run(relay.catch_up())
    finally:
        relay.close()

    # Just before the event of the first message refused: every event before it was acked whole.
    assert all_positions(container.store)[RELAY_POSITION] == expected[5].position - 1
    jetstream.configure(max_msgs=-1)
    assert relay_until_caught_up(container, jetstream).stored == len(expected) - 5
    ids = [message.envelope["id"] for message in jetstream.messages()]
    assert ids == [message.msg_id for message in expected]
