"""An event becomes a CloudEvents 1.0 envelope: the attributes say what happened to which record
when, the extensions where it is in the log and who did it, and `data` holds the event's fields."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime

from cronica.bus.cloudevents import cloud_event, encode, event_id
from cronica.domain.context import CommandContext
from cronica.domain.incident import Article
from cronica.domain.ownership import root_unit_id_for
from tests.fixtures.domain_records import ACME, new_incident

MONDAY_NINE = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def test_a_follow_up_travels_with_its_record_time_position_and_author(
    acting: CommandContext,
) -> None:
    incident = new_incident()
    incident.follow_up("Replaced the fuser", MONDAY_NINE, MONDAY_NINE.replace(hour=10))
    followed_up = incident.collect_events()[-1]

    envelope = cloud_event(followed_up, position=42, tenant="acme")

    assert envelope == {
        "specversion": "1.0",
        "id": f"{incident.id}:2",
        "source": "cronica/acme",
        "type": "cronica.incident.followed_up",
        "subject": str(incident.id),
        "time": followed_up.timestamp.isoformat().replace("+00:00", "Z"),
        "datacontenttype": "application/json",
        "data": {
            "note": "Replaced the fuser",
            "started_at": MONDAY_NINE,
            "ended_at": MONDAY_NINE.replace(hour=10),
        },
        "position": 42,
        "aggregateversion": 2,
        "companyid": str(ACME),
        # Created outside any unit of the test context: the company's root unit owns it.
        "unitid": str(root_unit_id_for(ACME)),
        "actorid": acting.actor_id,
        "correlationid": acting.correlation_id,
    }


def test_the_encoded_envelope_is_json_with_ids_and_times_as_strings(
    acting: CommandContext,
) -> None:
    article = Article(reference="LP-200", warranty_ends_on=date(2026, 5, 31))
    created = new_incident(article=article).collect_events()[0]

    decoded = json.loads(encode(cloud_event(created, position=7, tenant="acme")))

    assert decoded["time"].endswith("Z")
    assert datetime.fromisoformat(decoded["time"]) == created.timestamp
    assert decoded["data"]["customer_id"] == str(created.customer_id)
    assert decoded["data"]["article"]["warranty_ends_on"] == "2026-05-31"
    assert decoded["data"]["priority"] == "urgent"
    # What the envelope says is not repeated in the data, nor the library's module path.
    assert not {"originator_id", "originator_version", "originator_topic", "timestamp"} & set(
        decoded["data"]
    )
    assert not {"company_id", "actor_id", "correlation_id"} & set(decoded["data"])


def test_attribute_and_extension_names_are_lowercase_letters_and_digits(
    acting: CommandContext,
) -> None:
    created = new_incident().collect_events()[0]
    names = cloud_event(created, position=1, tenant="acme")
    assert all(re.fullmatch(r"[a-z0-9]{1,20}", name) for name in names)


def test_an_event_keeps_its_id_when_it_is_read_again_and_no_other_event_shares_it(
    acting: CommandContext,
) -> None:
    incident = new_incident()
    incident.close("Replaced the roller")
    created, closed = incident.collect_events()
    again = new_incident().collect_events()[0]

    assert event_id(created) == cloud_event(created, position=1, tenant="acme")["id"]
    assert event_id(created) == event_id(created) != event_id(closed)
    assert event_id(created) != event_id(again)
