"""A client that sends one request twice at once with one Idempotency-Key (a retry fired before
the first answer came back) gets the first answer twice, never a refusal: even when the two
copies reach two processes and the second one's checks run after the first one was saved, which
closed the incident the second would have closed again (409) at a version it no longer has (412).
"""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from itertools import cycle, islice
from threading import Barrier

from cronica.commands.application import CommandRequest, CronicaApplication
from cronica.commands.call import CommandCall
from cronica.commands.idempotency import IdempotentRequest
from cronica.commands.incidents import close_incident
from cronica.commands.models.incidents import CloseIncident
from cronica.commands.results import Principal, Written
from cronica.ops.settings import Settings
from tests.fixtures.staff.office import Office

ROUNDS = 25
SENDS = 4
"""Copies of each request: two threads in each of two processes."""


def close_with_key(app: CronicaApplication, who: Principal, incident: Written, key: str) -> Written:
    body = {"resolution": "Fuser replaced"}
    request = CommandRequest(
        actor_id=str(who.user_id),
        correlation_id=f"test:{uuid.uuid4()}",
        expected_version=incident.version,
        idempotency=IdempotentRequest.of(key, "POST", f"/v1/incidents/{incident.id}/close", body),
    )
    return close_incident(CommandCall(app, who, request), incident.id, CloseIncident(**body))


def test_copies_of_one_request_sent_at_once_to_two_processes_get_one_answer(
    settings: Settings, office: Office
) -> None:
    agent = office.hire("Marta Vidal", "agent")
    customer_id = office.customer(agent, "Ferrer SL")
    other_process = CronicaApplication(env=settings.event_store_env())
    apps = list(islice(cycle([office.app, other_process]), SENDS))
    start = Barrier(SENDS)

    def send(app: CronicaApplication, incident: Written) -> Written:
        start.wait()
        return close_with_key(app, agent, incident, f"close-{incident.id}")

    try:
        with ThreadPoolExecutor(SENDS) as pool:
            for round_ in range(ROUNDS):
                incident = office.open(agent, customer_id, f"Jams {round_}")
                answers = list(pool.map(send, apps, [incident] * SENDS))

                assert {(a.id, a.version, a.position) for a in answers} == {
                    (incident.id, incident.version + 1, answers[0].position)
                }, f"round {round_}"
    finally:
        other_process.close()
