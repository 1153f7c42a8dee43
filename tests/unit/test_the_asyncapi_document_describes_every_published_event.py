"""The AsyncAPI document is generated from the event classes: it is valid AsyncAPI 3.0.0, every
published event has its messages, the four records of the design card publish the lifecycle
vocabulary, no schema names a secret, and a message that strays from its schema is caught."""

from __future__ import annotations

import copy

import pytest

from cronica.bus.asyncapi import asyncapi_document, data_schema_document
from cronica.bus.cloudevents import cloud_event
from cronica.bus.message_kinds import all_message_kinds, message_kinds
from cronica.bus.published_events import published_events
from cronica.bus.subjects import subject_for
from cronica.commands.idempotency import IdempotencyRecord
from cronica.domain.base import CronicaAggregate
from cronica.domain.context import CommandContext
from cronica.domain.counter import Counter
from cronica.domain.secret_fields import SECRET_FIELDS
from cronica.domain.user import ApiToken, User
from tests.fixtures.domain_records import new_incident
from tests.fixtures.event_contract import MessageChecker, asyncapi_errors

BASE_URL = "https://crm.example.es"
DOCUMENT = asyncapi_document("cronica", BASE_URL)
LIFECYCLE = {"created", "assigned", "followed_up", "closed", "reopened"}


def test_the_document_is_valid_asyncapi_3_and_a_broken_one_is_not() -> None:
    broken = copy.deepcopy(DOCUMENT)
    del next(iter(broken["operations"].values()))["action"]

    assert asyncapi_errors(DOCUMENT) == []
    assert asyncapi_errors(broken) != []


def test_every_published_event_has_a_message_on_its_own_channel() -> None:
    channels = DOCUMENT["channels"]
    for event_class in published_events():
        own = message_kinds(event_class)[0]
        assert own.title in channels[own.channel]["messages"]
        assert channels[own.channel]["address"] == f"cronica.{{company}}.{own.channel}"
    assert len(DOCUMENT["components"]["messages"]) == len(all_message_kinds())


def test_the_four_records_publish_the_lifecycle_vocabulary() -> None:
    channels = set(DOCUMENT["channels"])
    for record in ("incident", "opportunity", "repair_order", "task"):
        assert {f"{record}.{step}" for step in LIFECYCLE} <= channels
    assert "opportunity.lost" in channels
    closings = DOCUMENT["channels"]["task.closed"]["messages"]
    assert set(closings) == {"TaskClosed", "TaskCancelledAsClosed"}
    outcome = DOCUMENT["components"]["schemas"]["RepairOrderClosed"]["properties"]["outcome"]
    assert outcome["enum"] == ["COMPLETED"]


class Stray(CronicaAggregate.Event):
    """An event class the contract does not know."""


def test_internal_events_and_secrets_are_not_described() -> None:
    described = {kind.event_class for kind in all_message_kinds()}
    assert not {Counter.NumberIssued, ApiToken.Issued, User.CalendarFeedIssued} & described
    assert message_kinds(Counter.NumberIssued) == ()
    assert message_kinds(IdempotencyRecord.Recorded) == ()  # the write side's, not the domain's
    with pytest.raises(LookupError):  # never left out silently
        message_kinds(Stray)
    for name, schema in DOCUMENT["components"]["schemas"].items():
        fields = set(schema.get("properties", {}))
        assert not [f for f in fields if "digest" in f.lower() or "hash" in f.lower()], name
        assert not fields & SECRET_FIELDS, name


def test_a_message_is_checked_against_its_schema_and_caught_when_it_strays(
    acting: CommandContext,
) -> None:
    created = new_incident().collect_events()[0]
    (kind,) = message_kinds(type(created))
    envelope = cloud_event(created, kind, position=1, tenant="acme", public_base_url=BASE_URL)
    subject = subject_for("cronica", "acme", kind.channel)
    checker = MessageChecker(DOCUMENT)
    schema = data_schema_document(kind, BASE_URL)
    lowercase = copy.deepcopy(envelope)
    lowercase["data"]["priority"] = "urgent"
    snake = copy.deepcopy(envelope)
    snake["data"]["customer_id"] = snake["data"].pop("customerId")

    assert checker.errors(subject, envelope, schema) == []
    assert checker.errors(subject, lowercase, schema) != []
    assert checker.errors(subject, snake, schema) != []
    assert checker.errors("cronica.acme.incident.closed", envelope, schema) != []
    assert schema["$id"] == envelope["dataschema"]
