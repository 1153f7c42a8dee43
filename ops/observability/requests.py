"""One ASGI middleware that observes every HTTP request of the API: the command metrics (by
record, verb and outcome), the GraphQL operation metrics (the operation's name and errors are
left on the request by `graphql_operations`), and one access log line with the request's
correlation id, actor and company; with tracing on, the correlation id also goes on the span.

The record and verb are read from the matched route's template, never from the raw path:
`POST /v1/incidents/{incidentId}/assign` is record `incidents`, verb `assign`;
`POST /v1/incidents` is verb `create`."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, MutableMapping
from contextvars import ContextVar
from typing import Any

import structlog
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from cronica.ops.log_redaction import redacted
from cronica.ops.observability.metrics import Metrics

access_log = structlog.get_logger("cronica.access")

request_state: ContextVar[dict[str, Any] | None] = ContextVar("request_state", default=None)
"""The state of the request being handled (Starlette's `request.state`, where the command side
keeps the correlation id and the caller), for every log line written while it is."""


def add_request_fields(
    _logger: Any, _method: str, event: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """A structlog processor: the correlation id, actor and company of the request being
    handled, on any line written meanwhile (an error, a dropped connection)."""
    state = request_state.get()
    if state:
        for key, value in _request_fields(state).items():
            event.setdefault(key, value)
    return event


def _request_fields(state: dict[str, Any]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    if state.get("correlation_id"):
        fields["correlation_id"] = state["correlation_id"]
    who = state.get("principal")
    if who is not None:
        fields["actor_id"], fields["company_id"] = str(who.user_id), str(who.company_id)
    elif "viewer" in state:
        fields["actor_id"], fields["company_id"] = state["viewer"]
    return fields


REFUSAL_KINDS = {
    400: "bad-request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    413: "too-large",
    415: "unsupported-media-type",
    422: "invalid",
    429: "too-many-requests",
}
CONFLICTS = frozenset({409, 412})
MOST_OPERATIONS = 500
OTHER_OPERATIONS = "other"
ANSWER_READ_BYTES = 4096
"""How much of a 201 answer is kept to read the new record's id from (`{"id": ...}` is short)."""


def outcome_of(status: int) -> tuple[str, str]:
    """A command's outcome and, for a refusal, its kind, from its answer's status."""
    if status < 400:
        return "accepted", ""
    if status in CONFLICTS:
        return "conflict", "stale" if status == 412 else "conflict"
    if status >= 500:
        return "error", ""
    return "refused", REFUSAL_KINDS.get(status, str(status))


def record_and_verb(route_path: str) -> tuple[str, str]:
    """`/v1/incidents/{incidentId}/assign` -> (`incidents`, `assign`); a nested part's command
    joins its words (`contacts-change`); a route without one after the record is `create`."""
    record, *rest = route_path.removeprefix("/v1/").split("/")
    words = [part for part in rest if not part.startswith("{")]
    return record, "-".join(words) or "create"


class RequestObserver:
    """Measures and logs each request; `span_of` gives the request's tracing span (None:
    tracing off, and nothing of OpenTelemetry is touched)."""

    def __init__(
        self,
        app: ASGIApp,
        metrics: Callable[[], Metrics],
        span_of: Callable[[], Any] | None = None,
    ) -> None:
        self.app = app
        self.metrics = metrics
        self.span_of = span_of
        self._operations: set[str] = set()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500
        body = bytearray()  # a command's answer, which names the record it made
        command = scope["method"] == "POST" and scope["path"].startswith("/v1/")

        async def answered(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                if self.span_of is not None:  # the server span ends with the answer's end
                    self._name_on_span(scope)
            elif command and status == 201 and len(body) < ANSWER_READ_BYTES:
                body.extend(message.get("body", b""))
            await send(message)

        handling = request_state.set(scope.setdefault("state", {}))
        try:
            await self.app(scope, receive, answered)
        finally:
            self._observe(scope, status, time.perf_counter() - started, bytes(body))
            request_state.reset(handling)

    def _observe(self, scope: Scope, status: int, seconds: float, answer: bytes) -> None:
        state: dict[str, Any] = scope.get("state", {})
        route = getattr(scope.get("route"), "path", None)
        fields: dict[str, Any] = {
            "method": scope["method"],
            "path": redacted(scope["path"]),
            "status": status,
            "duration_ms": round(seconds * 1000, 2),
        } | _request_fields(state)
        if route and scope["method"] == "POST" and route.startswith("/v1/"):
            fields.update(self._command(route, scope, status, seconds, answer))
        operation = state.get("graphql_operation")
        if operation is not None:
            fields.update(self._graphql(state, operation, seconds))
        # A 503 is an answer chosen (not ready yet), not a failure of the server.
        level = logging.ERROR if status >= 500 and status != 503 else logging.INFO
        access_log.log(level, "request", **{k: v for k, v in fields.items() if v is not None})

    def _name_on_span(self, scope: Scope) -> None:
        correlation_id = scope.get("state", {}).get("correlation_id")
        if correlation_id and self.span_of is not None:
            self.span_of().set_attribute("cronica.correlation_id", correlation_id)

    def _command(
        self, route: str, scope: Scope, status: int, seconds: float, answer: bytes
    ) -> dict[str, Any]:
        record, verb = record_and_verb(route)
        outcome, kind = outcome_of(status)
        metrics = self.metrics()
        metrics.commands.labels(record, verb, outcome, kind).inc()
        metrics.command_seconds.labels(record, verb).observe(seconds)
        fields = {"command": f"{record}.{verb}", "outcome": outcome, "refusal": kind or None}
        return fields | {"record_id": _record_id(scope, answer)}

    def _graphql(self, state: dict[str, Any], operation: str, seconds: float) -> dict[str, Any]:
        errors: int = state.get("graphql_errors", 0)
        outcome = "error" if errors else "ok"
        metrics = self.metrics()
        label = self._operation_label(operation)
        metrics.graphql_operations.labels(label, outcome).inc()
        metrics.graphql_seconds.labels(label).observe(seconds)
        return {"operation": operation, "graphql_errors": errors or None}

    def _operation_label(self, operation: str) -> str:
        """The operation's name as a label: clients choose names, so past `MOST_OPERATIONS`
        distinct ones (a series each) a new name is counted as `other`."""
        if operation in self._operations or len(self._operations) < MOST_OPERATIONS:
            self._operations.add(operation)
            return operation
        return OTHER_OPERATIONS


def _record_id(scope: Scope, answer: bytes) -> str | None:
    """The record the URL names, or the one a 201 answer says was made."""
    path_ids = list(scope.get("path_params", {}).values())
    if path_ids:
        return str(path_ids[0])
    try:
        made = json.loads(answer) if answer else None
    except ValueError:
        return None
    return str(made["id"]) if isinstance(made, dict) and "id" in made else None
