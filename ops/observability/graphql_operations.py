"""A strawberry extension that leaves each GraphQL operation's name, error count and reader on
its HTTP request, for `requests.RequestObserver` to count and log when the answer is sent (the
schema is the read side's; ops adds this extension to it when it builds the app)."""

from __future__ import annotations

from collections.abc import Iterator

from strawberry import Schema
from strawberry.extensions import SchemaExtension

ANONYMOUS = "anonymous"


class OperationObserver(SchemaExtension):
    """Notes the operation on `request.state` once it has been answered."""

    def on_operation(self) -> Iterator[None]:
        yield
        context = self.execution_context.context
        request = getattr(context, "request", None)
        if request is None:
            return
        result = self.execution_context.result
        request.state.graphql_operation = self.execution_context.operation_name or ANONYMOUS
        request.state.graphql_errors = len(result.errors or []) if result is not None else 0
        viewer = getattr(context, "viewer", None)
        if viewer is not None:
            request.state.viewer = (viewer.user_id, viewer.company_id)


def observe_operations(schema: Schema) -> None:
    """Adds the extension to the schema, once."""
    if OperationObserver not in schema.extensions:
        schema.extensions = (*schema.extensions, OperationObserver)
