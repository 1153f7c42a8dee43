"""The demo, relayed to JetStream, is read back as a subscriber reads it, and every message is
checked with `jsonschema` against the AsyncAPI document the server serves: its envelope against
its message, its data against the schema its `dataschema` URL serves, its subject against its
channel. The document itself validates against the AsyncAPI 3.0.0 schema. SQLite and PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from cronica.ops.container import Container
from cronica.ops.demo.loading import load_demo
from cronica.ops.settings import Settings
from tests.fixtures.event_contract import MessageChecker, asyncapi_errors
from tests.fixtures.http.served_apps import served
from tests.fixtures.relaying import relay_until_caught_up
from tests.fixtures.streams import IsolatedStream

LIFECYCLE_SEEN_IN_THE_DEMO = {
    "incident.created",
    "incident.assigned",
    "incident.followed_up",
    "incident.closed",
    "opportunity.created",
    "opportunity.followed_up",
    "opportunity.closed",
    "opportunity.lost",
    "repair_order.created",
    "repair_order.assigned",
    "repair_order.followed_up",
    "task.created",
    "task.followed_up",
    "task.closed",
}


def test_every_published_message_of_the_demo_follows_its_schema(
    settings: Settings, jetstream: IsolatedStream, tmp_path: Path
) -> None:
    settings = jetstream.settings_for(settings.model_copy(update={"var_dir": tmp_path}))
    load_demo(settings, only_if_empty=False)
    container = Container.build(settings)
    try:
        relay_until_caught_up(container, jetstream)
    finally:
        container.close()
    messages = jetstream.messages()

    with served(settings) as client:
        document = client.get("/asyncapi.json").json()
        paths = {urlsplit(m.envelope["dataschema"]).path for m in messages}
        data_schemas = {path: client.get(path).json() for path in paths}
    checker = MessageChecker(document)
    errors = [
        error
        for message in messages
        for error in checker.errors(
            message.subject,
            message.envelope,
            data_schemas[urlsplit(message.envelope["dataschema"]).path],
        )
    ]

    assert asyncapi_errors(document) == []
    assert errors == []
    assert checker.checked == len(messages) > 100
    print(f"\n{checker.checked} messages of {len(paths)} kinds checked against their schemas")
    channels = {message.subject.split(".", 2)[2] for message in messages}
    assert channels >= LIFECYCLE_SEEN_IN_THE_DEMO
    records = {channel.split(".")[0] for channel in channels}
    assert not {"api_token", "counter", "session", "credential", "admin_roster"} & records
