"""Every event is published on `<prefix>.<tenant>.<aggregate>.<event>`, each token in snake case
and safe as one NATS token, so subscribers can filter by tenant, record type or event."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import uuid4

import pytest

from cronica.bus.subjects import (
    UnnamedEventError,
    event_name,
    snake_case,
    stream_subjects,
    subject_for,
    subject_token,
)
from cronica.domain.base import CronicaAggregate
from cronica.domain.context import CommandContext
from cronica.domain.user import ApiToken
from tests.fixtures.domain_records import ACME, new_incident


def test_an_incidents_events_are_named_after_the_incident_and_the_event(
    acting: CommandContext,
) -> None:
    incident = new_incident()
    incident.close("Replaced the roller")
    created, closed = incident.collect_events()

    assert event_name(type(created)) == ("incident", "created")
    assert event_name(type(closed)) == ("incident", "closed")
    assert subject_for("cronica", "acme", "incident.closed") == "cronica.acme.incident.closed"


def test_names_of_several_words_are_snake_case(acting: CommandContext) -> None:
    issued = ApiToken(company_id=ACME, user_id=uuid4(), digest="d1").collect_events()[0]

    assert event_name(type(issued)) == ("api_token", "issued")
    assert snake_case("FollowedUp") == "followed_up"
    assert snake_case("NumberIssued") == "number_issued"
    assert snake_case("HTTPRequestLog") == "http_request_log"


def test_a_tenant_slug_cannot_split_the_subject_or_act_as_a_wildcard() -> None:
    assert subject_token("acme.es") == "acme_es"
    assert subject_token("a*b>c d") == "a_b_c_d"
    assert subject_token("") == "_"
    assert (
        subject_for("cronica", "acme.es", "incident.created") == "cronica.acme_es.incident.created"
    )


def test_the_stream_captures_every_subject_under_the_prefix() -> None:
    assert stream_subjects("cronica") == ["cronica.>"]


class Stray(CronicaAggregate.Event):
    """An event class defined outside any aggregate."""


def test_an_event_outside_an_aggregate_names_no_subject() -> None:
    stray = Stray(
        originator_id=uuid4(),
        originator_version=1,
        timestamp=datetime.now(UTC),
        company_id=ACME,
        unit_id=ACME,
        actor_id="user:x",
        correlation_id="request:x",
    )

    with pytest.raises(UnnamedEventError):
        event_name(type(stray))
