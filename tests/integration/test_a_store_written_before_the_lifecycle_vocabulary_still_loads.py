"""An event store written by the code of commit f60909b (before the lifecycle vocabulary and the
event contract; see tests/fixtures/stores/write_store_of_main.py) loads with today's code: every
record replays from its events, the read models are built from them, and every event is published
as today's messages, each following its schema, the lifecycle steps among them."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

from cronica.bus.asyncapi import asyncapi_document, data_schema_document
from cronica.bus.message_kinds import all_message_kinds
from cronica.domain.base import CronicaAggregate
from cronica.ops.container import Container
from cronica.ops.relay import every_message
from tests.fixtures.databases import sqlite_settings
from tests.fixtures.event_contract import MessageChecker, message_title

STORE = Path(__file__).parents[1] / "fixtures" / "stores" / "main-f60909b.sqlite3"


def test_every_record_of_an_old_store_loads_and_is_published_as_todays_messages(
    tmp_path: Path,
) -> None:
    shutil.copy(STORE, tmp_path / "cronica.sqlite3")
    settings = sqlite_settings(tmp_path)
    container = Container.build(settings)
    try:
        application = container.application
        stored = application.recorder.select_notifications(start=None, limit=10_000)
        records = {notification.originator_id for notification in stored}
        loaded = [application.repository.get(record_id) for record_id in records]
        container.runner.catch_up()
        messages = every_message(settings, container)
    finally:
        container.close()

    assert len(stored) == 125
    assert all(isinstance(record, CronicaAggregate) for record in loaded)
    assert sum(record.version for record in loaded) == len(stored)
    by_kind = {kind.title: kind for kind in all_message_kinds()}
    base_url = settings.public_base_url
    checker = MessageChecker(asyncapi_document(settings.nats_subject_prefix, base_url))
    envelopes = [(message.subject, json.loads(message.payload)) for message in messages]
    errors = [
        error
        for subject, envelope in envelopes
        for error in checker.errors(
            subject, envelope, data_schema_document(by_kind[message_title(envelope)], base_url)
        )
    ]
    assert errors == []
    channels = Counter(message.subject.split(".", 2)[2] for message in messages)
    # The old names, and the lifecycle's beside them.
    assert channels["task.taken_in_charge"] == channels["task.reassigned"] == 1
    assert channels["task.assigned"] == 2
    assert channels["task.created"] == channels["task.planned"] + channels["task.recorded"]
    assert channels["task.closed"] == 2  # one closed as done, one cancelled
    assert channels["opportunity.closed"] == channels["opportunity.closed_as_won"] == 1
    assert channels["repair_order.created"] == channels["repair_order.received"] == 3
    assert channels["repair_order.assigned"] == channels["repair_order.scheduled"] == 2
    assert channels["incident.reopened"] == channels["repair_order.reopened"] == 1
    # Internal events of the old store (a number counter, tokens, a feed secret): not published.
    assert not [m for m in messages if ".counter." in m.subject or ".api_token." in m.subject]
    assert "user.calendar_feed_issued" not in channels
