"""One way to declare the command routes of a kind of record: a `Create` posts a new one to the
collection, an `Action` posts a command to the record the URL names. Each becomes an endpoint that
calls its command function with the call (guards), the record's id and the body, and answers
what the command wrote (`Accepted`, with the record's version as ETag).

Each declares its access (`RouteAccess`): by default, a `Create` needs a role that changes
records, an `Action` also that the caller may change the record the URL names (of the router's
kind); a route that needs more says so in its `access`.

A route that answers more than `Accepted` (the id of a part it added, a token) is written out in
its router module instead, with its access declared by `route_options()`."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any
from uuid import UUID

from anyio import to_thread
from fastapi import APIRouter, Path, Response

from cronica.commands.fresh_reads import fresh_reads
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Asked, CommandAsked
from cronica.commands.http.problems import ACTION_PROBLEMS, problem_responses
from cronica.commands.http.route_access import RouteAccess, on_record
from cronica.commands.models.base import CommandModel
from cronica.commands.results import Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.roles import Capability

Responses = dict[int | str, dict[str, Any]]

NEW_RECORD_PROBLEMS = (400, 401, 403, 409, 422)
"""The statuses a command making a record may answer with a Problem: its body may name records
in a state that refuses, or that the caller may only read."""


def _parameter(name: str, annotation: Any) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation)


def _endpoint(
    name: str, command: Callable[..., Written], leading: list[inspect.Parameter]
) -> Callable[..., Awaitable[Accepted]]:
    """A route function calling `command` with the call and the `leading` parameters' values
    (the record's id, the body), in their order. FastAPI reads what to inject, and so the
    OpenAPI parameters, from its signature: the leading ones, then the command's request and
    the response. The call is made and the command run in one thread hop (guards.py), once one
    of the process's `commands_at_once` slots is free."""

    async def endpoint(**values: Any) -> Accepted:
        arguments = [values[parameter.name] for parameter in leading]
        asked: CommandAsked = values["asked"]

        def run() -> Written:
            with fresh_reads():
                return command(asked.call(), *arguments)

        slots = asked.request.app.state.command_slots
        return accepted(values["response"], await to_thread.run_sync(run, limiter=slots))

    endpoint.__name__ = endpoint.__qualname__ = name
    endpoint.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [*leading, _parameter("asked", Asked), _parameter("response", Response)],
        return_annotation=Accepted,
    )
    return endpoint


@dataclass(frozen=True)
class RecordId:
    """The URL's record id of a router's actions (`projectId`), the kind of record it names, and
    what those actions may meet."""

    kind: type[CronicaAggregate]
    alias: str
    action_problems: Responses
    capability: Capability
    """What the caller's role needs for every route of the router that declares none."""

    @property
    def annotation(self) -> Any:
        return Annotated[UUID, Path(alias=self.alias)]


@dataclass(frozen=True)
class Create:
    """`POST` to the collection (or to `path` under it): a new record from the body, 201."""

    command: Callable[..., Written]
    body: type[CommandModel]
    summary: str
    description: str | None = None
    problems: tuple[int, ...] = NEW_RECORD_PROBLEMS
    path: str = ""
    access: RouteAccess | None = None
    """None: a role with the router's capability."""

    def add_to(self, router: APIRouter, record: RecordId) -> None:
        """Adds the route (the record's id is not in its URL)."""
        endpoint = _endpoint(self.command.__name__, self.command, [_parameter("body", self.body)])
        router.post(
            self.path,
            status_code=201,
            summary=self.summary,
            description=self.description,
            responses=problem_responses(*self.problems),
            **(self.access or RouteAccess(record.capability)).route_options(),
        )(endpoint)


@dataclass(frozen=True)
class Action:
    """`POST /{record id}/{verb}`: a command on the record the URL names, with a body of the
    type given or none. The operation is named after the command unless `name` says otherwise."""

    verb: str
    command: Callable[..., Written]
    body: type[CommandModel] | None
    summary: str
    description: str | None = None
    name: str | None = None
    access: RouteAccess | None = None
    """None: a role with the router's capability, able to change the record the URL names."""

    def add_to(self, router: APIRouter, record: RecordId) -> None:
        """Adds the route, on the record `record` names."""
        body = [] if self.body is None else [_parameter("body", self.body)]
        leading = [_parameter("record_id", record.annotation), *body]
        access = self.access or on_record(record.kind, record.alias, capability=record.capability)
        router.post(
            f"/{{{record.alias}}}/{self.verb}",
            summary=self.summary,
            description=self.description,
            responses=record.action_problems,
            **access.route_options(),
        )(_endpoint(self.name or self.command.__name__, self.command, leading))


def declare_routes(
    router: APIRouter,
    kind: type[CronicaAggregate],
    record_id: str,
    routes: Sequence[Create | Action],
    action_problems: Responses = ACTION_PROBLEMS,
    capability: Capability = Capability.CHANGE,
) -> None:
    """Adds `routes` to `router` in their order; `record_id` names the URL's record id
    (`projectId`) of a record of `kind`, `action_problems` what its actions may meet,
    `capability` what the caller's role needs for them."""
    record = RecordId(kind, record_id, action_problems, capability)
    for route in routes:
        route.add_to(router, record)
