"""Deny by default: every route of the app declares who may call it and what it acts on, and the
declaration is what checks it.

A command route's `RouteAccess` names the capability the caller's role needs and, for a command
on a record the URL names, that record's kind: before the command runs (and before a refused
body is answered) the record is loaded and the access policy asked, so a record out of the
caller's scope is not found (404) and one they may only read is forbidden (403), whatever the
body. The command function asks again where it loads the record (`CommandCall.load`): the CLI
and the demo call command functions without routes.

Each declaration is published in the OpenAPI document as the operation's `x-cronica-access`, where
a test finds an operation without one. The read API's routes (GraphQL, exports, the calendar feed)
may not import the command side: their rules are declared here too (`OTHER_ROUTES`), and the test
fails on a new one until it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any
from uuid import UUID

from fastapi import Depends, Request
from fastapi.params import Depends as DependsParam

from cronica.commands.call import CommandCall, require_capability
from cronica.commands.http.guards import Asked
from cronica.domain.base import CronicaAggregate
from cronica.domain.roles import Capability

EXTENSION = "x-cronica-access"
"""The OpenAPI operation field holding a route's declared access."""


class Caller(Enum):
    """How a route knows who calls it."""

    USER = "user"
    """A user's bearer token."""
    FEED_SECRET = "feed-secret"
    """The secret of a user's calendar feed, in the URL."""
    ANYONE = "anyone"
    """Nobody in particular: it answers nothing of any company."""


@dataclass(frozen=True)
class RouteAccess:
    """Who may call a route: the capability their role needs and the record the URL names."""

    capability: Capability | None = Capability.CHANGE
    """What the caller's role must be able to do; None: any user (reads, filtered by scope)."""
    record: type[CronicaAggregate] | None = None
    """The kind of record the URL's `path_id` names, which the caller must be able to change
    (CronicaAggregate: a record of any kind, by its own kind's rule)."""
    path_id: str | None = None
    scope: str = "the records the command names, by their kinds' rules"
    """What else limits it, in words (for a read: which records it answers)."""
    caller: Caller = Caller.USER

    def described(self) -> dict[str, Any]:
        """The declaration as the OpenAPI document shows it."""
        return {
            "caller": self.caller.value,
            "capability": self.capability.value if self.capability else None,
            "record": self.record.__name__ if self.record else None,
            "pathId": self.path_id,
            "scope": self.scope,
        }

    def route_options(self, openapi_extra: dict[str, Any] | None = None) -> dict[str, Any]:
        """The keyword arguments of a route decorator that declare and enforce this access
        (with the route's own `openapi_extra`, if any)."""
        options: dict[str, Any] = {
            "openapi_extra": {**(openapi_extra or {}), EXTENSION: self.described()}
        }
        if self.caller is Caller.USER and (self.capability or self.record):
            options["dependencies"] = [self._guard()]
        return options

    def _guard(self) -> DependsParam:
        """Adds the check to the command's guards, run where the command's call is made (in
        its thread, before the command and before a refused body is answered: guards.py)."""

        async def guard(request: Request, asked: Asked) -> None:
            path_id = request.path_params.get(self.path_id or "")
            asked.checks.append(lambda call: self.check(call, path_id))

        return Depends(guard)

    def check(self, call: CommandCall, path_id: str | None) -> None:
        """Refuses the caller whose role lacks the capability, or who may not change the record
        the URL names (a malformed id is left to the route's validation)."""
        if self.capability is not None:
            require_capability(call.who, self.capability)
        if self.record is None or path_id is None:
            return
        try:
            record_id = UUID(path_id)
        except ValueError:
            return
        record = call.app.load(self.record, record_id, call.who.company_id, shared=True)
        call.require_change(record, self.record)


def on_record(kind: type[CronicaAggregate], path_id: str, **rule: Any) -> RouteAccess:
    """A command on the record of `kind` the URL's `path_id` names."""
    return RouteAccess(record=kind, path_id=path_id, **rule)


READ = RouteAccess(capability=None, scope="what the caller may read (the read API's scope)")

OTHER_ROUTES: dict[tuple[str, str], RouteAccess] = {
    ("get", "/health"): RouteAccess(capability=None, scope="nothing", caller=Caller.ANYONE),
    ("get", "/health/live"): RouteAccess(capability=None, scope="nothing", caller=Caller.ANYONE),
    ("get", "/health/ready"): RouteAccess(capability=None, scope="nothing", caller=Caller.ANYONE),
    ("get", "/graphql"): READ,
    ("post", "/graphql"): READ,
    ("get", "/calendar/{secret}.ics"): RouteAccess(
        capability=None, scope="the agenda of the feed's user", caller=Caller.FEED_SECRET
    ),
    ("get", "/v1/exports/{name}.csv"): READ,
    ("get", "/v1/exports/{name}.xlsx"): READ,
    ("get", "/v1/read/tasks"): READ,
    ("get", "/v1/read/agenda"): READ,
}
"""The rules of the routes the read API and the composition root declare (see above)."""


def document_access(document: dict[str, Any]) -> None:
    """Adds to the OpenAPI document the declarations of `OTHER_ROUTES`."""
    for (method, path), access in OTHER_ROUTES.items():
        operation = document.get("paths", {}).get(path, {}).get(method)
        if operation is not None:
            operation.setdefault(EXTENSION, access.described())
