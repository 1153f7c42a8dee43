"""The schema extension that holds every query to the limits (bounds.py) before any work.

It takes over parsing and validation from strawberry: the text is parsed within its limits
(parsing.py), the document measured in one walk (cost.py) and refused over a limit, and only
then validated by graphql-core's rules (some of which, as overlapping-fields, grow faster than
the document; the limits keep their input small). All of it runs in a worker thread, so a
large query never holds up the event loop and the other requests (/health among them); only a
request like one accepted lately (the same text, operation and page sizes) is let through on
the event loop at once, with the document parsed then.
"""

import asyncio
from collections.abc import AsyncIterator, Hashable, Mapping
from functools import lru_cache
from typing import Any

from graphql import ASTValidationRule, DocumentNode, GraphQLError, GraphQLSchema
from strawberry.extensions import SchemaExtension
from strawberry.schema.schema import validate_document

from cronica.graphql.errors import ErrorCode, QueryTooComplexError
from cronica.graphql.limits.bounds import (
    MAX_ALIASES,
    MAX_COMPLEXITY,
    MAX_DEPTH,
    MAX_FIELDS,
    MAX_FRAGMENT_SPREADS,
)
from cronica.graphql.limits.cost import Cost, measure, variables_measured
from cronica.graphql.limits.parsing import DOCUMENTS, PARSED_QUERIES, parsed
from cronica.graphql.limits.recent import Recent

ACCEPTED: Recent[Hashable, bool] = Recent(PARSED_QUERIES)
"""The requests found within the limits and valid lately, by what the verdict depends on: the
query text, the operation, the variables its cost depends on, the schema and the rules."""

_LIMITS = (
    ("depth", MAX_DEPTH, "fields nested in one another"),
    ("aliases", MAX_ALIASES, "aliases"),
    ("fields", MAX_FIELDS, "fields (fragments expanded)"),
    ("spreads", MAX_FRAGMENT_SPREADS, "fragment spreads (each time it is expanded)"),
    ("complexity", MAX_COMPLEXITY, "estimated values (each list counted by its rows)"),
)


class QueryLimits(SchemaExtension):
    """Parses, measures and validates the request's query in a worker thread, unless a request
    like it was accepted lately."""

    async def on_parse(self) -> AsyncIterator[None]:
        context = self.execution_context
        if (query := context.query) is not None:  # without one strawberry answers "no query"
            context.graphql_document = DOCUMENTS.get(query) or await asyncio.to_thread(
                parsed, query
            )
        yield

    async def on_validate(self) -> AsyncIterator[None]:
        context = self.execution_context
        assert context.graphql_document is not None
        schema, rules = context.schema._schema, context.validation_rules
        variables, operation_name = context.variables, context.operation_name
        verdict = (context.query, operation_name, variables_measured(variables), schema, rules)
        if ACCEPTED.get(verdict):
            context.pre_execution_errors = []
        else:
            errors = await asyncio.to_thread(
                checked, schema, context.graphql_document, variables, operation_name, rules
            )
            if not errors:
                ACCEPTED.put(verdict, True)
            context.pre_execution_errors = errors
        yield


def checked(
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Mapping[str, Any] | None,
    operation_name: str | None,
    rules: tuple[type[ASTValidationRule], ...],
) -> list[GraphQLError]:
    """The errors of the document: a refusal over a limit, else its validation errors."""
    try:
        over = over_limits(measure(schema, document, variables, operation_name))
    except QueryTooComplexError as refusal:
        over = refusal
    if over is not None:
        return [GraphQLError(str(over), original_error=over)]
    return _validated(schema, document, rules)


def over_limits(cost: Cost) -> QueryTooComplexError | None:
    """The refusal naming every limit the cost is over, or None."""
    over = [
        f"{what} {_shown(getattr(cost, measure_))} > {limit}"
        for measure_, limit, what in _LIMITS
        if getattr(cost, measure_) > limit
    ]
    return (
        QueryTooComplexError(f"the query is over the limits: {'; '.join(over)}") if over else None
    )


def _shown(count: int) -> str:
    """A count, or its order of magnitude when fragments made it astronomical."""
    return str(count) if count < 10**9 else f"about 2^{count.bit_length() - 1}"


@lru_cache(maxsize=PARSED_QUERIES)
def _validated(
    schema: GraphQLSchema, document: DocumentNode, rules: tuple[type[ASTValidationRule], ...]
) -> list[GraphQLError]:
    errors = validate_document(schema, document, rules)
    for error in errors:
        error.extensions = {**(error.extensions or {}), "code": ErrorCode.GRAPHQL_VALIDATION_FAILED}
    return errors
