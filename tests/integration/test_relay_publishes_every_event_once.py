"""The relay publishes every stored event but the internal ones to JetStream once, as a CloudEvent
on its subject (and a lifecycle step named otherwise on the step's subject too), and stores how
far it got; on SQLite and PostgreSQL, against the real NATS server."""

from __future__ import annotations

from datetime import UTC, datetime

from cronica.bus.relay import Relayed
from cronica.ops.container import Container
from cronica.ops.relay import RELAY_POSITION, every_message
from cronica.projections.positions import all_positions
from tests.fixtures.relaying import relay_until_caught_up
from tests.fixtures.staff.office import Office
from tests.fixtures.streams import IsolatedStream


def test_every_event_is_published_once_on_its_subject(
    container: Container, jetstream: IsolatedStream
) -> None:
    office = Office(container.application)
    manager = office.hire("Marta Gil", "manager")
    technician = office.hire("Luis Soto", "technician")
    customer_id = office.customer(manager, "Talleres Pérez")
    incident_id = office.open(manager, customer_id, "The label printer jams").id
    office.assign(manager, incident_id, technician)
    office.follow_up(technician, incident_id, datetime(2025, 3, 3, 9, 0, tzinfo=UTC), 90)
    office.close(technician, incident_id)
    notifications = container.application.recorder.select_notifications(start=None, limit=10_000)

    expected = every_message(jetstream.settings_for(container.settings), container)

    relayed = relay_until_caught_up(container, jetstream)

    assert relayed == Relayed(events=len(notifications), stored=len(expected), duplicates=0)
    messages = jetstream.messages()
    # Every message once, in the order of the event store's log; internal events have none (the
    # staff's API tokens here).
    assert [m.envelope["id"] for m in messages] == [m.msg_id for m in expected]
    assert [m.envelope["position"] for m in messages] == [m.position for m in expected]
    assert len(expected) < len(notifications)
    assert not [m for m in messages if ".api_token." in m.subject]
    assert all(m.headers["Nats-Msg-Id"] == m.envelope["id"] for m in messages)
    # Every subject is <prefix>.<tenant>.<aggregate>.<event>, and the type says the same.
    for message in messages:
        prefix, tenant, aggregate, event = message.subject.split(".")
        assert (prefix, tenant) == (jetstream.prefix, "acme")
        assert message.envelope["type"] == f"cronica.{aggregate}.{event}"
        assert message.envelope["source"] == "cronica/acme"
        assert message.envelope["companyid"] == str(manager.company_id)
    incident = [m for m in messages if m.envelope["subject"] == str(incident_id)]
    assert [m.subject.split(".", 2)[2] for m in incident] == [
        "incident.created",
        "incident.assigned",
        "incident.followed_up",
        "incident.closed",
    ]
    assert [m.envelope["aggregateversion"] for m in incident] == [1, 2, 3, 4]
    followed_up, closed = incident[2].envelope, incident[3].envelope
    assert followed_up["actorid"] == str(technician.user_id)
    assert followed_up["correlationid"].startswith("test:")
    assert followed_up["data"] == {
        "note": "90 min",
        "startedAt": "2025-03-03T09:00:00Z",
        "endedAt": "2025-03-03T10:30:00Z",
    }
    assert closed["data"] == {"resolution": "fixed", "outcome": "RESOLVED"}
    assert closed["dataschema"].endswith("/asyncapi/schemas/v2/IncidentClosed.json")
    assert closed["datacontenttype"] == "application/json"
    assert closed["specversion"] == "1.0"
    # The relay stored the position of the last event JetStream acked.
    assert all_positions(container.store)[RELAY_POSITION] == notifications[-1].id
