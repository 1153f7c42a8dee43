"""A relay that crashed after JetStream acked a batch, but before it stored its position, sends the
batch again when it restarts: JetStream acks the copies as duplicates and stores nothing twice."""

from __future__ import annotations

import random

from cronica.bus.relay import Relayed
from cronica.ops.container import Container
from cronica.ops.relay import RELAY_POSITION, every_message
from tests.fixtures.random_work.office_work import RandomWork
from tests.fixtures.relaying import relay_until_caught_up
from tests.fixtures.staff.office import Office
from tests.fixtures.streams import IsolatedStream


def forget_the_relay_position(container: Container) -> None:
    """What a crash between the acks and the position's commit leaves behind."""
    with container.store.transaction() as cursor:
        cursor.execute(
            "UPDATE projection_positions SET position = 0 WHERE name = ?", (RELAY_POSITION,)
        )


def test_events_sent_again_after_a_crash_are_dropped_as_duplicates(
    container: Container, jetstream: IsolatedStream
) -> None:
    work = RandomWork(Office(container.application), random.Random(2))
    work.do(30)
    first = relay_until_caught_up(container, jetstream)
    assert first.stored > 30
    assert first.duplicates == 0

    forget_the_relay_position(container)
    again = relay_until_caught_up(container, jetstream)

    assert again == Relayed(events=first.events, stored=0, duplicates=first.stored)
    assert jetstream.message_count() == first.stored

    # The restarted relay goes on from there with the events written since.
    work.do(10)
    later = relay_until_caught_up(container, jetstream)
    expected = every_message(jetstream.settings_for(container.settings), container)
    assert later.duplicates == 0
    assert first.stored + later.stored == len(expected)
    ids = [message.envelope["id"] for message in jetstream.messages()]
    assert ids == [message.msg_id for message in expected]
