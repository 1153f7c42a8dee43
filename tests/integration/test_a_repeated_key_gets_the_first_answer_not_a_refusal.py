"""A request sent twice with one Idempotency-Key gets the first answer both times, even when the
repeat's checks run after the first was saved (by another process) and would now refuse it: an
incident closed by the first send cannot be closed again, yet the repeat must not hear 409."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from threading import Barrier
from typing import Any

import pytest

from cronica.commands.application import CommandRequest, CronicaApplication
from cronica.commands.call import CommandCall
from cronica.commands.idempotency import IdempotentRequest
from cronica.commands.incidents import close_incident, open_incident
from cronica.commands.models.incidents import CloseIncident, OpenIncident
from cronica.commands.results import Principal, Written
from cronica.domain.incident import Incident
from cronica.ops.settings import Settings
from tests.fixtures.staff.office import Office

CLOSING = {"resolution": "Replaced the rollers"}


@pytest.fixture
def agent(office: Office) -> Principal:
    return office.hire("Marta Vidal", "agent")


@pytest.fixture
def other_process(settings: Settings) -> Iterator[CronicaApplication]:
    """A second application on the same store, as another served process is."""
    app = CronicaApplication(env=settings.event_store_env())
    try:
        yield app
    finally:
        app.close()


def an_open_incident(office: Office, agent: Principal) -> uuid.UUID:
    customer_id = office.customer(agent, f"Ferrer {uuid.uuid4().hex[:6]}")
    body = {"customerId": str(customer_id), "subject": "Jams", "description": "Every page"}
    request = CommandRequest(str(agent.user_id), "test:open")
    call = CommandCall(office.app, agent, request)
    return open_incident(call, OpenIncident.model_validate(body)).id


def close_with_key(
    app: CronicaApplication, who: Principal, incident_id: uuid.UUID, key: str
) -> Written:
    """A close as the HTTP layer asks it: each send of the client has its own correlation."""
    body: dict[str, Any] = CLOSING
    request = CommandRequest(
        actor_id=str(who.user_id),
        correlation_id=f"test:{uuid.uuid4()}",
        idempotency=IdempotentRequest.of(key, "POST", f"/v1/incidents/{incident_id}/close", body),
    )
    return close_incident(CommandCall(app, who, request), incident_id, CloseIncident(**body))


def test_a_repeat_checked_after_the_first_was_saved_elsewhere_gets_the_first_answer(
    office: Office, agent: Principal, other_process: CronicaApplication
) -> None:
    incident_id = an_open_incident(office, agent)
    first: list[Written] = []
    repository_get = other_process.repository.get

    def first_send_lands_meanwhile(record_id: uuid.UUID, **kwargs: Any) -> Any:
        # The repeat has looked for an earlier answer (none yet) and loads the incident: the
        # first send is saved by the other process right then.
        if record_id == incident_id and not first:
            first.append(close_with_key(office.app, agent, incident_id, "close-1"))
        return repository_get(record_id, **kwargs)

    other_process.repository.get = first_send_lands_meanwhile  # type: ignore[method-assign]

    again = close_with_key(other_process, agent, incident_id, "close-1")

    assert again == first[0]


def sent_twice_at_once(
    apps: list[CronicaApplication], who: Principal, incident_id: uuid.UUID, key: str
) -> list[Written]:
    """The same close with one key, sent through each app at the same moment."""
    start = Barrier(len(apps))

    def send(app: CronicaApplication) -> Written:
        start.wait()
        return close_with_key(app, who, incident_id, key)

    with ThreadPoolExecutor(len(apps)) as pool:
        return list(pool.map(send, apps))


@pytest.mark.parametrize("where", ["one process", "two processes"])
def test_simultaneous_double_sends_always_get_the_first_answer(
    office: Office, agent: Principal, other_process: CronicaApplication, where: str
) -> None:
    apps = [office.app, office.app if where == "one process" else other_process]
    for round_number in range(15):
        incident_id = an_open_incident(office, agent)

        answers = sent_twice_at_once(apps, agent, incident_id, f"close-{round_number}")

        assert answers[0] == answers[1], f"round {round_number}"
        incident = office.app.repository.get(incident_id)
        assert isinstance(incident, Incident) and incident.version == answers[0].version
