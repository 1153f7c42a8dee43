"""The soak's verdict, read from the store, the stream and the read models once everything has
caught up: each check's name, whether it passed, and the figures behind it."""

from __future__ import annotations

import asyncio
import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

import nats
from nats.js.api import AckPolicy, ConsumerConfig

from cronica.ops.container import Container
from cronica.ops.read_model_snapshots import snapshot
from cronica.ops.soak.ledger import Ledger


@dataclass
class Verdict:
    checks: dict[str, bool] = field(default_factory=dict)
    figures: dict[str, Any] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return bool(self.checks) and all(self.checks.values())


def check_store(container: Container, ledger: Ledger, verdict: Verdict) -> None:
    """Every acknowledged write is stored; no key's command wrote twice."""
    application = container.application
    notifications = application.recorder.select_notifications(start=None, limit=10**9)
    latest: dict[str, int] = {}
    by_correlation: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    keyed = {ack.correlation_id for acks in ledger.answers_by_key.values() for ack in acks}
    for notification in notifications:
        record = str(notification.originator_id)
        latest[record] = max(latest.get(record, 0), notification.originator_version)
        event = application.mapper.to_domain_event(notification)
        correlation = getattr(event, "correlation_id", None)
        if correlation in keyed:
            by_correlation[correlation][(record, notification.topic)] += 1
    positions = {notification.id for notification in notifications}
    lost = [
        ack
        for ack in ledger.acks
        if latest.get(ack.record_id, 0) < ack.version or ack.position not in positions
    ]
    twice = [c for c, events in by_correlation.items() if max(events.values()) > 1]
    differently = ledger.keys_answered_differently()
    verdict.checks["acknowledged writes stored"] = not lost
    verdict.checks["no key wrote twice"] = not twice
    # One of the two sends may fail to connect during a kill, but never be refused, and both
    # answers are the same record, version and position.
    refused = {kind: n for kind, n in ledger.double_sends_refused_once.items() if "HTTP" in kind}
    verdict.checks["double sends answered alike"] = not refused and not differently
    verdict.figures.update(
        events=len(notifications),
        lost=len(lost),
        events_of_keyed_commands=sum(sum(c.values()) for c in by_correlation.values()),
        keys_written_twice=len(twice),
        keys_answered_differently=len(differently),
        double_sends_answered_once=dict(ledger.double_sends_refused_once),
        answers_of_such_keys=[
            [asdict(ack) for ack in ledger.answers_by_key[key]] for key in differently[:3]
        ],
    )


def check_stream(
    nats_url: str, stream: str, subjects: str, published_ids: list[str], verdict: Verdict
) -> None:
    """The stream holds exactly the messages of the store's events: the same ids, each once."""
    ids = asyncio.run(_stream_ids(nats_url, stream, subjects))
    duplicated = sum(count - 1 for count in Counter(ids).values())
    verdict.checks["stream equals store"] = sorted(ids) == sorted(published_ids) and not duplicated
    verdict.figures.update(stream_messages=len(ids), stream_duplicates=duplicated)


async def _stream_ids(url: str, stream: str, subjects: str) -> list[str]:
    connection = await nats.connect(url)
    try:
        js = connection.jetstream()
        count = (await js.stream_info(stream)).state.messages
        # Reading, not consuming: no acks, so the server keeps no count of unacked messages.
        subscription = await js.pull_subscribe(
            subjects, stream=stream, config=ConsumerConfig(ack_policy=AckPolicy.NONE)
        )
        ids: list[str] = []
        while len(ids) < count:
            for message in await subscription.fetch(min(count - len(ids), 1000), timeout=10):
                ids.append(json.loads(message.data)["id"])
        return ids
    finally:
        await connection.close()


def check_read_models(container: Container, verdict: Verdict) -> None:
    """Every read model equals its rebuild from the store (run once the worker is stopped)."""
    differ = []
    for projection in container.runner.projections:
        live = snapshot(container.store, projection.tables)
        container.runner.rebuild(projection.name)
        if snapshot(container.store, projection.tables) != live:
            differ.append(projection.name)
    verdict.checks["read models equal rebuilds"] = not differ
    verdict.figures["read_models_differing"] = differ
