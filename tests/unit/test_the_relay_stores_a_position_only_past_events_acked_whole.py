"""An event may be published as two messages (its own and its lifecycle step's) and an internal one
as none: the relay stores a position only past events all of whose messages JetStream acked, and
past the internal events read with them once every message is acked."""

from __future__ import annotations

from cronica.bus.messages import Batch, OutgoingMessage


def message(position: int, msg_id: str) -> OutgoingMessage:
    return OutgoingMessage(position=position, subject="s", msg_id=msg_id, payload=b"{}")


# Events 3 (own message and lifecycle copy) and 5 published; 4, 6 and 7 internal.
BATCH = Batch(
    [message(3, "a:1"), message(3, "a:1:assigned"), message(5, "b:1")], events=5, last_position=7
)


def test_an_event_half_acked_is_not_passed() -> None:
    assert BATCH.acked_through(0, start=2) == 2
    assert BATCH.acked_through(1, start=2) == 2


def test_an_event_acked_whole_is_passed_with_the_internal_ones_after_it() -> None:
    assert BATCH.acked_through(2, start=2) == 4
    assert BATCH.acked_through(3, start=2) == 7


def test_a_batch_of_internal_events_only_is_passed_whole() -> None:
    assert Batch([], events=2, last_position=9).acked_through(0, start=7) == 9
