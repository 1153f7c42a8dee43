"""The JetStream stream Cronica's events are published to, and what its configuration promises.

The relay creates the stream when it is missing (an existing stream is left as its operator
configured it) with:

- subjects `<prefix>.>`: every event of every tenant;
- file storage, limits retention, no age, count or size limit: the stream keeps every event for
  ever, as a copy of the event store's log for subscribers to replay, not a work queue;
- a duplicate window (5 minutes by default): JetStream remembers each `Nats-Msg-Id` (the event's
  CloudEvents id) that long and drops a second message with the same id, acking it as
  `duplicate`. A relay that crashed after publishing a batch but before storing its position
  sends that batch again when it restarts; within the window no event is stored twice. A relay
  kept down for longer than the window may store the events of that one batch a second time,
  so a subscriber that must never see one twice keeps the ids it has handled;
- `replicas` copies (1 on a single server; 3 in a cluster, where an ack means a majority of the
  servers stored the message).

What an ack does NOT promise: the server writes messages to its files at once but fsyncs them
only periodically (every 2 minutes by default). An acked message survives the nats-server
process crashing, but a power loss or kernel crash of a single server can lose the messages
acked since the last fsync. The relay has already moved its position past them and will not send
them again. Where that matters, run a cluster with 3 replicas (one machine losing power then
loses nothing acked; all of them at once still can), or set the server's
`jetstream { sync_interval: always }` and pay its cost in throughput.

Order: the relay publishes in the log's order on one connection, so the stream holds events in
that order. After a publish fails in the middle of a batch, the relay sends again from the first
unacked event; events after it that had been stored keep their earlier place, so `aggregateversion`
is the authority on the order of one aggregate's events.
"""

from __future__ import annotations

from dataclasses import dataclass

from nats.js import JetStreamContext
from nats.js.api import DiscardPolicy, RetentionPolicy, StorageType, StreamConfig
from nats.js.errors import NotFoundError

from cronica.bus.subjects import stream_subjects


@dataclass(frozen=True)
class StreamSpec:
    """Which stream to publish to, under which subject prefix, and how to create it."""

    name: str
    prefix: str
    replicas: int = 1
    duplicate_window_seconds: float = 300.0

    def config(self) -> StreamConfig:
        return StreamConfig(
            name=self.name,
            description="Cronica domain events as CloudEvents 1.0 (JSON)",
            subjects=stream_subjects(self.prefix),
            storage=StorageType.FILE,
            retention=RetentionPolicy.LIMITS,
            discard=DiscardPolicy.OLD,
            max_age=0,
            num_replicas=self.replicas,
            duplicate_window=self.duplicate_window_seconds,
        )


async def ensure_stream(js: JetStreamContext, spec: StreamSpec) -> None:
    """Creates the stream unless it exists."""
    try:
        await js.stream_info(spec.name)
    except NotFoundError:
        await js.add_stream(spec.config())
