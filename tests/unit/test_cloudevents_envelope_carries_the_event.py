"""An event becomes a CloudEvents 1.0 envelope: the attributes say what happened to which record
when, the extensions where it is in the log and who did it, `dataschema` which JSON Schema its
data follows, and `data` holds the event's fields in camelCase with enum values by name."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime

from cronica.bus.cloudevents import cloud_event, encode
from cronica.bus.message_kinds import message_kinds
from cronica.domain.base import CronicaAggregate
from cronica.domain.context import CommandContext
from cronica.domain.incident import Article, Incident
from cronica.domain.ownership import root_unit_id_for
from tests.fixtures.domain_records import ACME, new_incident

MONDAY_NINE = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
BASE_URL = "https://crm.example.es/cronica"


def envelope_of(event: CronicaAggregate.Event, position: int = 1) -> dict[str, object]:
    (kind,) = message_kinds(type(event))
    return cloud_event(event, kind, position=position, tenant="acme", public_base_url=BASE_URL)


def test_a_follow_up_travels_with_its_record_time_position_and_author(
    acting: CommandContext,
) -> None:
    incident = new_incident()
    incident.follow_up("Replaced the fuser", MONDAY_NINE, MONDAY_NINE.replace(hour=10))
    followed_up = incident.collect_events()[-1]

    envelope = envelope_of(followed_up, position=42)

    assert envelope == {
        "specversion": "1.0",
        "id": f"{incident.id}:2",
        "source": "cronica/acme",
        "type": "cronica.incident.followed_up",
        "subject": str(incident.id),
        "time": followed_up.timestamp.isoformat().replace("+00:00", "Z"),
        "datacontenttype": "application/json",
        "dataschema": f"{BASE_URL}/asyncapi/schemas/v2/IncidentFollowedUp.json",
        "data": {
            "note": "Replaced the fuser",
            "startedAt": "2025-03-03T09:00:00Z",
            "endedAt": "2025-03-03T10:00:00Z",
        },
        "position": 42,
        "aggregateversion": 2,
        "companyid": str(ACME),
        # Created outside any unit of the test context: the company's root unit owns it.
        "unitid": str(root_unit_id_for(ACME)),
        "actorid": acting.actor_id,
        "correlationid": acting.correlation_id,
    }


def test_the_encoded_envelope_is_json_in_camel_case_with_enum_values_by_name(
    acting: CommandContext,
) -> None:
    article = Article(reference="LP-200", warranty_ends_on=date(2026, 5, 31))
    created = new_incident(article=article).collect_events()[0]

    decoded = json.loads(encode(envelope_of(created, position=7)))

    assert decoded["time"].endswith("Z")
    assert datetime.fromisoformat(decoded["time"]) == created.timestamp
    assert decoded["data"]["customerId"] == str(created.customer_id)
    assert decoded["data"]["article"]["warrantyEndsOn"] == "2026-05-31"
    assert decoded["data"]["priority"] == "URGENT"
    assert decoded["data"]["closedAtOnce"] is False
    # What the envelope says is not repeated in the data, nor the library's module path.
    assert not {"originatorId", "originatorVersion", "originatorTopic", "timestamp"} & set(
        decoded["data"]
    )
    assert not {"companyId", "actorId", "correlationId"} & set(decoded["data"])
    assert not [key for key in decoded["data"] if "_" in key]


def test_attribute_and_extension_names_are_lowercase_letters_and_digits(
    acting: CommandContext,
) -> None:
    created = new_incident().collect_events()[0]
    assert all(re.fullmatch(r"[a-z0-9]{1,20}", name) for name in envelope_of(created))


def test_an_event_keeps_its_id_when_it_is_read_again_and_no_other_event_shares_it(
    acting: CommandContext,
) -> None:
    incident = new_incident()
    incident.close("Replaced the roller")
    created, closed = incident.collect_events()
    again = new_incident().collect_events()[0]

    assert envelope_of(created)["id"] == envelope_of(created, position=9)["id"]
    assert envelope_of(created)["id"] != envelope_of(closed)["id"]
    assert envelope_of(created)["id"] != envelope_of(again)["id"]


def test_a_closing_names_its_outcome(acting: CommandContext) -> None:
    incident = new_incident()
    incident.close("Replaced the roller")
    closed = incident.collect_events()[-1]

    assert isinstance(closed, Incident.Closed)
    assert envelope_of(closed)["data"] == {
        "resolution": "Replaced the roller",
        "outcome": "RESOLVED",
    }
