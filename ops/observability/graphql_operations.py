"""A strawberry extension that leaves each GraphQL operation's name, error count and reader on
its HTTP request, for `requests.RequestObserver` to count and log when the answer is sent (the
schema is the read side's; ops adds this extension to it when it builds the app)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from strawberry import Schema
from strawberry.extensions import SchemaExtension

ANONYMOUS = "anonymous"
UNNAMEABLE = "unnamed"
NAME = re.compile(r"[_A-Za-z][_0-9A-Za-z]{0,99}")
"""A GraphQL name (of at most 100 characters): an `operationName` the client sent that is not
one is not shown in metrics or logs."""


class OperationObserver(SchemaExtension):
    """Notes the operation on `request.state` once it has been answered."""

    def on_operation(self) -> Iterator[None]:
        yield
        context = self.execution_context.context
        request = getattr(context, "request", None)
        if request is None:
            return
        result = self.execution_context.result
        request.state.graphql_operation = shown_name(self.execution_context.operation_name)
        request.state.graphql_errors = len(result.errors or []) if result is not None else 0
        viewer = getattr(context, "viewer", None)
        if viewer is not None:
            request.state.viewer = (viewer.user_id, viewer.company_id)


def observe_operations(schema: Schema) -> None:
    """Adds the extension to the schema, once."""
    if OperationObserver not in schema.extensions:
        schema.extensions = (*schema.extensions, OperationObserver)


def shown_name(operation: str | None) -> str:
    """The name an operation is counted and logged under."""
    if not operation:
        return ANONYMOUS
    return operation if NAME.fullmatch(operation) else UNNAMEABLE
