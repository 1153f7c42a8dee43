"""The GraphQL schema of Cronica's read API.

Every query is held to the limits of graphql/limits before any work: its text is parsed within
them, its document measured in one walk and refused over them, and only then validated; all
of it in a worker thread, but for a request like one accepted lately, let through from memory.
Plain scalar and enum fields, the bulk of every page, are answered on a short path of the
execution (leaf_fields.py).
"""

import logging

from graphql import GraphQLError
from strawberry import Schema
from strawberry.types import ExecutionContext

from cronica.graphql.errors import ErrorCode, correlation_id, error_code
from cronica.graphql.leaf_fields import PlainLeavesExecutionContext
from cronica.graphql.limits.extension import QueryLimits
from cronica.graphql.node.queries import NODE_KINDS
from cronica.graphql.query import Query

log = logging.getLogger(__name__)


class ReadApiSchema(Schema):
    """Logs only the errors that are the server's fault, with the request's correlation id
    (the client is told only that id: see router.py): a bad argument or variable, a refused
    query, or a query too early for the read models, is the client's answer, not a server
    incident worth a traceback."""

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        request = getattr(execution_context and execution_context.context, "request", None)
        for error in errors:
            if error_code(error) == ErrorCode.INTERNAL_SERVER_ERROR:
                log.error(
                    "GraphQL error (correlation id %s): %s",
                    correlation_id(request) if request is not None else "-",
                    error.message,
                    exc_info=error.original_error,
                )


# A factory: strawberry makes a fresh extension per request; its caches are shared by all.
schema = ReadApiSchema(
    query=Query,
    # Kinds only `node(id)` answers (no field names them) must still be in the schema.
    types=[kind.node for kind in NODE_KINDS.values()],
    extensions=[QueryLimits],
    execution_context_class=PlainLeavesExecutionContext,
)
