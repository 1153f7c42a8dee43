"""The limits every GraphQL query is held to, before it is validated or executed.

The text is bounded before parsing (length, tokens, comments), so parsing and every later walk
of the document take time linear in a small size; the document is then measured in one walk
(cost.py) and refused over any of the other limits, with `extensions.code` QUERY_TOO_COMPLEX.
"""

from cronica.graphql.paging import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE

MAX_QUERY_LENGTH = 20_000
"""Characters of query text."""
MAX_TOKENS = 3_000
"""Lexical tokens of the query text (names, punctuation, values; comments apart)."""
MAX_COMMENTS = 200
"""Comments in the query text."""

MAX_DEPTH = 15
"""Fields nested in one another, fragments expanded (the GraphiQL introspection query is 15)."""
MAX_ALIASES = 30
"""Aliased fields, fragments expanded."""
MAX_FIELDS = 1_000
"""Fields asked for, fragments expanded: what validation and execution walk."""
MAX_FRAGMENT_SPREADS = 100
"""Fragment spreads, each counted as often as it is expanded (the fragments' fan-out)."""
MAX_COMPLEXITY = 25_000
"""Estimated values in the answer: a field counts 1, a list multiplies what it holds by the
rows it may have (`first`/`last`, else its default page), so `customers(first: 100)` with 15
fields of each customer costs about 1,700."""

PAGE_ESTIMATE = DEFAULT_PAGE_SIZE
"""Rows counted for a list field whose size no `first`/`last` argument gives."""
LARGEST_PAGE = MAX_PAGE_SIZE
"""Rows counted at most for one list: a larger `first` is refused by the field itself."""
