"""Parsing a query within the limits of its text: no document over them is ever built."""

from graphql import DocumentNode, GraphQLError, GraphQLSyntaxError, parse

from cronica.graphql.errors import QueryTooComplexError
from cronica.graphql.limits.bounds import MAX_COMMENTS, MAX_QUERY_LENGTH, MAX_TOKENS
from cronica.graphql.limits.recent import Recent

PARSED_QUERIES = 256
"""Documents kept for the query texts seen last (clients send the same queries again)."""

DOCUMENTS: Recent[str, DocumentNode] = Recent(PARSED_QUERIES)
"""The documents of the query texts parsed last."""


def parsed(query: str) -> DocumentNode:
    """The document of `query` (kept in DOCUMENTS); raises a GraphQLError: over a limit of the
    text, of QueryTooComplexError, else the syntax error."""
    document = DOCUMENTS.get(query)
    if document is None:
        document = _parsed(query)
        DOCUMENTS.put(query, document)
    return document


def _parsed(query: str) -> DocumentNode:
    try:
        return parse(
            query,
            max_source_length=MAX_QUERY_LENGTH,
            max_lexical_tokens=MAX_TOKENS,
            max_comments=MAX_COMMENTS,
        )
    except GraphQLSyntaxError as error:
        # graphql-core tells its limits apart from bad syntax only by their text: "... more than
        # N tokens. Parsing aborted." (so too for code points, comments, and "nested too deeply"
        # past the interpreter's recursion limit).
        if not error.message.endswith("Parsing aborted."):
            raise
        refusal = QueryTooComplexError(
            f"the query is over a limit of its text ({MAX_QUERY_LENGTH} characters, "
            f"{MAX_TOKENS} tokens, {MAX_COMMENTS} comments): {error.message}"
        )
        raise GraphQLError(str(refusal), original_error=refusal) from None
