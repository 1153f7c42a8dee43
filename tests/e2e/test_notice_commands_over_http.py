"""Notices (avisos) over HTTP: logged for a recipient, forwarded, acted on, resolved and reopened;
and every refusal answered as problem+json without writing an event."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from uuid import UUID

from cronica.domain.notice import Notice
from cronica.domain.notice_values import Caller, CallerKind, NoticeStatus
from cronica.ops.settings import Settings
from tests.fixtures.http.command_client import running_api
from tests.fixtures.http.opportunity_calls import RESOLVE, TAKEN_AT, notice


def test_a_notice_is_logged_forwarded_acted_on_resolved_and_reopened(settings: Settings) -> None:
    with running_api(settings) as api:
        customer_id = api.customer()
        reception, sales = api.user("office", "Rosa Gil"), api.user("agent", "Luis Gil")
        call = {"callerKind": "customer", "customerId": customer_id, "callerName": "Lucía Martín"}
        before = datetime.now(UTC)

        first = notice(api, str(reception.user_id), **call, takenAt=None)
        second = notice(api, str(sales.user_id))
        url = f"/v1/notices/{first}"
        steps = [
            ("forward", {"recipientId": str(sales.user_id), "comment": "Yours"}),
            ("actions", {"description": "Called back, no answer"}),
            ("resolve", {**RESOLVE, "resolverId": str(sales.user_id)}),
            ("reopen", {"reason": "He called again"}),
            ("resolve", RESOLVE),  # by the caller, just now
        ]
        for version, (verb, body) in enumerate(steps, start=2):
            answer = api.created(f"{url}/{verb}", body)
            assert answer["version"] == version, verb

        record = api.app.repository.get(UUID(first))
        assert isinstance(record, Notice)
        assert (record.number, record.status, record.recipient_id) == (
            "AV-000001",
            NoticeStatus.RESOLVED,
            sales.user_id,
        )
        assert record.caller == Caller(CallerKind.CUSTOMER, UUID(customer_id), "Lucía Martín", None)
        assert before <= record.taken_at <= record.actions[0].done_at
        assert record.resolution is not None and record.resolution.code == "solved"
        assert record.resolution.resolver_id != sales.user_id  # the caller, this time
        assert record.resolution.resolved_at >= record.actions[0].done_at
        assert api.app.repository.get(UUID(second)).number == "AV-000002"


def test_notice_commands_are_refused_without_writing(settings: Settings) -> None:
    with running_api(settings) as api:
        customer_id = api.customer()
        recipient = str(api.user("office", "Rosa Gil").user_id)
        notice_id = notice(api, recipient)
        url = f"/v1/notices/{notice_id}"
        nobody = str(uuid.uuid4())

        api.refused(f"{url}/forward", {"recipientId": recipient}, 409, "illegal-transition")
        api.refused(f"{url}/reopen", {"reason": "Open"}, 409, "illegal-transition")
        api.refused(f"/v1/notices/{nobody}/reopen", {"reason": "x"}, 404, "not-found")
        api.refused(f"/v1/notices/{customer_id}/reopen", {"reason": "x"}, 404, "not-found")
        logging: dict[str, object] = {"callerKind": "other", "recipientId": recipient}
        logging |= {"code": "order", "text": "Wants ten more boxes", "importance": 2}
        unknown_in_body = [
            ("/v1/notices", {**logging, "callerKind": "customer", "customerId": nobody},
             "customerId"),
            ("/v1/notices", {**logging, "recipientId": nobody}, "recipientId"),
            ("/v1/notices", {**logging, "code": "gossip"}, "code"),
            (f"{url}/forward", {"recipientId": nobody}, "recipientId"),
            (f"{url}/resolve", {**RESOLVE, "resolverId": nobody}, "resolverId"),
            (f"{url}/resolve", {**RESOLVE, "resolutionCode": "shrugged"}, "resolutionCode"),
        ]  # fmt: skip
        for path, sent, field in unknown_in_body:
            assert api.fields_refused(path, sent, "unknown-reference") == [field]

        malformed = [
            {**logging, "importance": 6},
            {**logging, "callerKind": "neighbour"},
            {**logging, "takenAt": "2025-03-10T09:30:00"},
            {**logging, "text": ""},
        ]
        for body in malformed:
            api.refused("/v1/notices", body, 422, "invalid-body")
        supplier_as_customer = {**logging, "callerKind": "supplier", "customerId": customer_id}
        api.refused("/v1/notices", supplier_as_customer, 422, "invalid-caller")
        too_early = (datetime.fromisoformat(TAKEN_AT) - timedelta(minutes=1)).isoformat()
        early = {"description": "Called", "doneAt": too_early}
        for path, body, field in [
            (f"{url}/actions", early, "doneAt"),
            (f"{url}/resolve", {**RESOLVE, "resolvedAt": too_early}, "resolvedAt"),
        ]:
            assert api.fields_refused(path, body, "invalid-time-range") == [field]

        api.created(f"{url}/resolve", RESOLVE, If_Match='"1"')
        colleague = str(api.user("agent", "Luis Gil").user_id)
        for verb, late in [("forward", {"recipientId": colleague}), ("resolve", RESOLVE)]:
            api.refused(f"{url}/{verb}", late, 409, "illegal-transition")
        api.refused(f"{url}/actions", {"description": "Late"}, 409, "illegal-transition")
        api.refused(f"{url}/reopen", {"reason": "Again"}, 412, "stale-version", If_Match="1")
