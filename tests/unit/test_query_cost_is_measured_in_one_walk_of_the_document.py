"""What a GraphQL query costs (graphql/limits/cost.py): fragments are measured once however
often they are spread, a list multiplies what it holds by its page, and no document is walked
deeper than the depth limit; the refusal names every limit the query is over."""

from __future__ import annotations

from pathlib import Path

import pytest
from graphql import get_introspection_query, parse

from cronica.graphql.errors import QueryTooComplexError
from cronica.graphql.limits.bounds import MAX_DEPTH, PAGE_ESTIMATE
from cronica.graphql.limits.cost import Cost, measure
from cronica.graphql.limits.extension import over_limits
from cronica.graphql.schema import schema
from cronica.ops.benchmarks.query_attacks import aliases, nested_fragments

SCHEMA = schema._schema
README = Path(__file__).parents[2] / "README.md"


def cost_of(query: str, **variables: int) -> Cost:
    return measure(SCHEMA, parse(query), variables, None)


def test_a_chain_of_fragments_spread_twice_each_is_counted_exactly_without_expanding_it() -> None:
    cost = cost_of(nested_fragments(300))
    assert cost.fields == cost.complexity == 2**299 * 2  # each of 2^299 copies: list + count
    assert cost.spreads == 2**300 - 1
    assert cost.depth == 2


def test_a_page_multiplies_what_each_row_holds_and_its_edges_count_once() -> None:
    page = "{ customers(first: 100) { edges { node { id name } } } }"
    assert cost_of(page).complexity == 1 + 100 * (1 + (1 + 2))
    by_variable = "query ($n: Int) { customers(first: $n) { edges { node { id } } } }"
    assert cost_of(by_variable, n=10).complexity == 1 + 10 * (1 + (1 + 1))
    by_default = "query ($n: Int = 7) { customers(first: $n) { totalCount } }"
    assert cost_of(by_default).complexity == 1 + 7 * 1
    unsized = "{ customers { edges { node { history { type actor } } } } }"
    assert cost_of(unsized).complexity == 1 + PAGE_ESTIMATE * (2 + PAGE_ESTIMATE * 2 + 1)


def test_a_fragment_costs_what_its_selection_would_cost_in_its_place() -> None:
    inline = "{ customers(first: 100) { edges { node { id } } } }"
    spread = (
        "{ customers(first: 100) { ...Page } }"
        " fragment Page on CustomerConnection { edges { node { id } } }"
    )
    assert cost_of(spread) == Cost(**{**vars(cost_of(inline)), "spreads": 1})


def test_aliases_are_counted_once_per_alias() -> None:
    cost = cost_of(aliases(300))
    assert cost.aliases == 300 and cost.depth == 4


def test_fragments_spreading_each_other_count_as_empty_and_are_left_to_validation() -> None:
    cycle = "{ ...A } fragment A on Query { me { id } ...B } fragment B on Query { ...A }"
    assert cost_of(cycle).fields == 2


def test_nesting_past_the_depth_limit_is_refused_without_walking_further() -> None:
    deep = "{ me " * 60 + "{ id }" + " }" * 60
    with pytest.raises(QueryTooComplexError, match=f"deeper than {MAX_DEPTH}"):
        cost_of(deep)


def test_the_refusal_names_every_limit_the_query_is_over() -> None:
    assert over_limits(Cost(depth=MAX_DEPTH)) is None
    refusal = over_limits(Cost(depth=MAX_DEPTH + 1, aliases=10**6, spreads=2**300))
    assert refusal is not None
    text = str(refusal)
    assert "fields nested" in text and "aliases 1000000" in text and "about 2^300" in text


def test_the_readme_query_and_graphiql_introspection_are_within_the_limits() -> None:
    example = README.read_text().split("```graphql\n")[1].split("```")[0]
    assert over_limits(cost_of(example)) is None
    assert over_limits(cost_of(get_introspection_query(descriptions=True))) is None
