"""Idempotency-Key: a repeated request gets the first answer and writes nothing; the same key
with a different request is refused; a race between two processes with one key writes once."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from threading import Barrier
from typing import Any

import pytest

from cronica.commands.application import CommandRequest, CronicaApplication
from cronica.commands.call import CommandCall
from cronica.commands.customers import add_contact
from cronica.commands.errors import IdempotencyKeyReusedError
from cronica.commands.idempotency import IdempotencyRecord, IdempotentRequest
from cronica.commands.incidents import open_incident
from cronica.commands.models.customers import AddContact
from cronica.commands.models.incidents import OpenIncident
from cronica.commands.results import Principal, Written
from cronica.domain.context import CommandContext, acting_as
from cronica.domain.customer import Customer
from cronica.domain.incident import Incident
from cronica.ops.settings import Settings
from tests.fixtures.staff.office import Office
from tests.fixtures.write_side import stored_events


def keyed(who: Principal, key: str, path: str, body: dict[str, Any]) -> CommandRequest:
    """A request as the HTTP layer builds it: each retry of the client has its own correlation."""
    return CommandRequest(
        actor_id=str(who.user_id),
        correlation_id=f"test:{uuid.uuid4()}",
        idempotency=IdempotentRequest.of(key, "POST", path, body),
    )


def open_with_key(
    app: CronicaApplication, who: Principal, key: str, body: dict[str, Any]
) -> Written:
    request = keyed(who, key, "/v1/incidents", body)
    return open_incident(CommandCall(app, who, request), OpenIncident.model_validate(body))


@pytest.fixture
def agent(office: Office) -> Principal:
    return office.hire("Marta Vidal", "agent")


@pytest.fixture
def body(office: Office, agent: Principal) -> dict[str, Any]:
    customer_id = office.customer(agent, "Ferrer SL")
    return {"customerId": str(customer_id), "subject": "Jams", "description": "Every page"}


def test_a_repeated_request_gets_the_first_answer_and_writes_nothing(
    office: Office, agent: Principal, body: dict[str, Any]
) -> None:
    first = open_with_key(office.app, agent, "key-1", body)
    events_after_first = len(stored_events(office.app))

    again = open_with_key(office.app, agent, "key-1", body)

    assert (again.id, again.version) == (first.id, first.version)
    assert again.position >= first.position
    assert len(stored_events(office.app)) == events_after_first


def test_the_same_key_with_another_request_is_refused(
    office: Office, agent: Principal, body: dict[str, Any]
) -> None:
    open_with_key(office.app, agent, "key-1", body)
    events_after_first = len(stored_events(office.app))

    with pytest.raises(IdempotencyKeyReusedError):
        open_with_key(office.app, agent, "key-1", body | {"subject": "Something else"})

    assert len(stored_events(office.app)) == events_after_first


def test_keys_belong_to_the_user_who_sent_them(
    office: Office, agent: Principal, body: dict[str, Any]
) -> None:
    colleague = office.hire("Joan Mas", "agent")

    mine = open_with_key(office.app, agent, "key-1", body)
    theirs = open_with_key(office.app, colleague, "key-1", body)

    assert mine.id != theirs.id


def test_a_repeated_contact_answers_the_contact_first_added(
    office: Office, agent: Principal
) -> None:
    customer_id = office.customer(agent, "Ferrer SL")
    body = {"name": "Lucía Ferrer", "phone": "600 111 222"}
    path = f"/v1/customers/{customer_id}/contacts"

    def add() -> tuple[Written, uuid.UUID]:
        request = keyed(agent, "contact-1", path, body)
        return add_contact(CommandCall(office.app, agent, request), customer_id, AddContact(**body))

    first, again = add(), add()

    assert again == first
    customer = office.app.repository.get(customer_id)
    assert isinstance(customer, Customer) and list(customer.contacts) == [first[1]]


def test_two_processes_racing_with_one_key_write_once(
    settings: Settings, office: Office, agent: Principal, body: dict[str, Any]
) -> None:
    other_process = CronicaApplication(env=settings.event_store_env())
    start = Barrier(2)

    def send(app: CronicaApplication) -> Written:
        start.wait()
        return open_with_key(app, agent, "key-1", body)

    try:
        with ThreadPoolExecutor(2) as pool:
            answers = list(pool.map(send, [office.app, other_process]))
    finally:
        other_process.close()

    assert answers[0].id == answers[1].id
    opened = [e for e in stored_events(office.app) if isinstance(e, Incident.Created)]
    assert [e.originator_id for e in opened] == [answers[0].id]


def test_a_repeat_after_other_writes_gets_exactly_the_first_answer(
    office: Office, agent: Principal, body: dict[str, Any]
) -> None:
    first = open_with_key(office.app, agent, "key-1", body)
    open_with_key(office.app, agent, "key-2", body)
    office.customer(agent, "Roca SA")

    again = open_with_key(office.app, agent, "key-1", body)

    assert (again.id, again.version, again.position) == (first.id, first.version, first.position)


def test_a_key_kept_before_answers_held_their_position_still_answers_its_record(
    office: Office, agent: Principal, body: dict[str, Any]
) -> None:
    opened = open_with_key(office.app, agent, "key-1", body)
    asked = keyed(agent, "old-key", "/v1/incidents", body)
    assert asked.idempotency is not None
    with acting_as(CommandContext(str(agent.user_id), "test:old")):
        kept = IdempotencyRecord(
            company_id=agent.company_id,
            scope=asked.idempotency.scope(str(agent.user_id)),
            fingerprint=asked.idempotency.fingerprint,
            record_id=opened.id,
            record_version=opened.version,
            added_id=None,
        )
    # Stored as the code before answers held an added id or a position stored it.
    stored = office.app.mapper.to_stored_event(kept.collect_events()[0])
    state = office.app.mapper.transcoder.decode(stored.state)
    del state["class_version"], state["added_id"]
    old_shape = replace(stored, state=office.app.mapper.transcoder.encode(state))
    office.app.recorder.insert_events([old_shape])
    events_before = len(stored_events(office.app))

    again = open_incident(CommandCall(office.app, agent, asked), OpenIncident.model_validate(body))

    assert (again.id, again.version) == (opened.id, opened.version)
    assert again.position == office.app.recorder.max_notification_id()
    assert len(stored_events(office.app)) == events_before
