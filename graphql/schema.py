"""The GraphQL schema of Cronica's read API.

Parsing and validation are cached (the same queries come again and again), and queries are
limited in depth so one request cannot fan out without bound.
"""

from graphql import GraphQLError
from strawberry import Schema
from strawberry.extensions import ParserCache, QueryDepthLimiter, ValidationCache
from strawberry.types import ExecutionContext

from cronica.graphql.errors import ReadApiError
from cronica.graphql.query import Query

MAX_QUERY_DEPTH = 10


class ReadApiSchema(Schema):
    """Logs only the errors that are the server's fault: a bad argument or variable, or a query
    too early for the read models, is the client's answer, not a server incident worth a
    traceback."""

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        unexpected = [
            error
            for error in errors
            if error.original_error is not None
            # A variable of the wrong type is wrapped in a GraphQLError of its own.
            and not isinstance(error.original_error, ReadApiError | GraphQLError)
        ]
        super().process_errors(unexpected, execution_context)


schema = ReadApiSchema(
    query=Query,
    # Factories: strawberry makes fresh extensions per request; the caches behind them are
    # shared by every request.
    extensions=[
        lambda: ParserCache(maxsize=256),
        lambda: ValidationCache(maxsize=256),
        lambda: QueryDepthLimiter(max_depth=MAX_QUERY_DEPTH),
    ],
)
