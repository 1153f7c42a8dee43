"""The short path for plain leaf fields (graphql/leaf_fields.py) answers every query exactly as
strawberry's own execution does, data and errors alike, whatever values the row objects hold:
right ones, nulls where the type forbids them, values the type refuses, errors and awaitables."""

from __future__ import annotations

import asyncio
from datetime import datetime
from enum import Enum
from typing import Any

import strawberry
from hypothesis import example, given, settings
from hypothesis import strategies as st
from strawberry.extensions import SchemaExtension
from strawberry.scalars import JSON

from cronica.graphql.leaf_fields import PlainLeavesExecutionContext, plain_leaves


@strawberry.enum
class Colour(Enum):
    RED = "red"
    BLUE = "blue"


@strawberry.type
class Row:
    id: strawberry.ID
    name: str
    note: str | None
    colour: Colour
    tags: list[str]
    marks: list[int | None] | None
    at: datetime
    data: JSON

    @strawberry.field
    def shout(self) -> str:
        return str(self.name).upper()


ROWS: list[Any] = []
"""What the `rows` field answers (set by each example)."""


@strawberry.type
class Query:
    @strawberry.field
    def rows(self) -> list[Row]:
        return ROWS


PLAIN_ONLY = "{ rows { id name note colour tags marks at data } }"
MIXED = "{ rows { id n: name shout colour tags data } }"
TWICE = "{ rows { name ... on Row { name note } } }"
QUERIES = (PLAIN_ONLY, MIXED, TWICE)

STOCK = strawberry.Schema(query=Query)
SHORT = strawberry.Schema(query=Query, execution_context_class=PlainLeavesExecutionContext)


class Awaited:
    """A field whose value is read as a new future of it: an awaitable, as a resolver's."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = f"_{name}"

    def __set__(self, row: object, value: object) -> None:
        vars(row)[self.slot] = value

    def __get__(self, row: object, owner: type | None = None) -> object:
        future = asyncio.get_running_loop().create_future()
        future.set_result(vars(row)[self.slot])
        return future


right_values = {
    "id": st.one_of(st.text(max_size=3), st.integers(0, 99)),
    "name": st.text(max_size=3),
    "note": st.one_of(st.none(), st.text(max_size=3)),
    "colour": st.sampled_from(Colour),
    "tags": st.lists(st.text(max_size=2), max_size=2),
    "marks": st.one_of(st.none(), st.lists(st.one_of(st.none(), st.integers(-5, 5)), max_size=2)),
    "at": st.datetimes(max_value=datetime(3000, 1, 1)),
    "data": st.one_of(st.none(), st.integers(), st.lists(st.text(max_size=2), max_size=2)),
}
any_values = st.one_of(
    st.none(),
    st.text(max_size=3),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.booleans(),
    st.sampled_from([*Colour, "red", ValueError("broken")]),
    st.datetimes(max_value=datetime(3000, 1, 1)),
    st.lists(
        st.one_of(st.none(), st.integers(-5, 5), st.text(max_size=2), st.just(ValueError("no"))),
        max_size=3,
    ),
    st.tuples(st.integers(0, 3)),
)
FIELDS = tuple(right_values)
# Rows of right values, one or two of which may be replaced by anything at all.
rows = st.lists(
    st.builds(
        lambda right, wrong: {**right, **wrong},
        st.fixed_dictionaries(right_values),
        st.dictionaries(st.sampled_from(FIELDS), any_values, max_size=2),
    ),
    max_size=3,
)


RIGHT = {
    "id": "1",
    "name": "Ana",
    "note": None,
    "colour": Colour.RED,
    "tags": ["a"],
    "marks": [None, 2],
    "at": datetime(2026, 3, 2),
    "data": {"a": 1},
}
"""A row of right values, for the examples every run tries."""


def _answer(schema: strawberry.Schema, query: str) -> tuple[Any, list[Any]]:
    result = asyncio.run(schema.execute(query))
    return result.data, [error.formatted for error in result.errors or []]


@settings(max_examples=300, deadline=None)
@example([RIGHT, {**RIGHT, "id": 2}], PLAIN_ONLY, set())
@example([{**RIGHT, "tags": [None]}], PLAIN_ONLY, set())
@example([{**RIGHT, "name": None}], MIXED, set())
@example([{**RIGHT, "colour": "purple"}], PLAIN_ONLY, set())
@example([{**RIGHT, "data": ValueError("broken")}], PLAIN_ONLY, set())
@example([{**RIGHT, "marks": [1, ValueError("broken")]}], PLAIN_ONLY, set())
@example([RIGHT], TWICE, {"name"})
@given(rows, st.sampled_from(QUERIES), st.sets(st.sampled_from(FIELDS), max_size=2))
def test_any_values_are_answered_as_strawberry_answers_them(
    given_rows: list[dict[str, Any]], query: str, awaited: set[str]
) -> None:
    # Each row holds the example's values; its `awaited` fields give them as awaitables.
    row_type = type("AwaitingRow", (Row,), {name: Awaited() for name in awaited})
    ROWS[:] = [row_type(**values) for values in given_rows]
    assert _answer(SHORT, query) == _answer(STOCK, query)


def test_a_middleware_sees_every_field_resolved() -> None:
    seen: list[str] = []

    class Watching(SchemaExtension):
        def resolve(self, _next: Any, root: Any, info: Any, **kwargs: Any) -> Any:
            seen.append(info.field_name)
            return _next(root, info, **kwargs)

    watched = strawberry.Schema(
        query=Query, extensions=[Watching], execution_context_class=PlainLeavesExecutionContext
    )
    ROWS[:] = [Row(**RIGHT)]
    assert asyncio.run(watched.execute(PLAIN_ONLY)).errors is None
    assert seen == ["rows", "id", "name", "note", "colour", "tags", "marks", "at", "data"]


def test_only_fields_without_resolver_or_arguments_that_answer_leaves_are_plain() -> None:
    row = SHORT._schema.type_map["Row"]
    assert sorted(plain_leaves(row)) == [
        "at",
        "colour",
        "data",
        "id",
        "marks",
        "name",
        "note",
        "tags",
    ]
    assert plain_leaves(SHORT._schema.type_map["Query"]) == {}
