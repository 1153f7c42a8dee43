"""The lists that can be exported, found in the GraphQL schema: every root field answering a
connection, with the columns of its nodes and the query that pages through it.

Nothing here names a list: a connection another area adds to the schema is exportable as soon
as it is there. A list's columns are its node's scalar fields in schema order; of a related
record (an object with `name` or `number`, such as an incident's customer) its number and name;
of a value object (an incident's article) every scalar field. Columns are named by their path:
`subject`, `customer.name`, `article.reference`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputType,
    GraphQLList,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLScalarType,
    build_schema,
    get_named_type,
    get_nullable_type,
    is_leaf_type,
)

from cronica.graphql.schema import schema

PAGE_SIZE = 100
PAGING_ARGUMENTS = frozenset({"first", "after", "last", "before"})
_RELATED_LABELS = ("number", "name")
# Arguments of these scalar types, and enums, are given as plain text in the URL (`view=WEEK`);
# every other one as JSON (`filter={"status": {"eq": "OPEN"}}`, `days=30`).
_TEXT_SCALARS = frozenset({"String", "ID", "Date", "DateTime"})


class InvalidExportError(ValueError):
    """Raised when an export's query parameters do not fit the list's arguments."""


@dataclass(frozen=True)
class Column:
    """One column: the path of fields leading to its value and the GraphQL type it has."""

    path: tuple[str, ...]
    type_name: str

    @property
    def header(self) -> str:
        return ".".join(self.path)

    def value_in(self, node: Mapping[str, Any]) -> Any:
        value: Any = node
        for name in self.path:
            if value is None:
                return None
            value = value[name]
        return value


@dataclass(frozen=True)
class ExportableList:
    """A root connection field: its columns, and its arguments (name to GraphQL type) but
    paging, with those of them given as plain text."""

    name: str
    columns: tuple[Column, ...]
    arguments: Mapping[str, str]
    text_arguments: frozenset[str]

    def query(self, given: Iterable[str]) -> str:
        """The query reading a page after the cursor `$after`, passing the arguments given
        (those not given keep their defaults in the schema)."""
        declared = "".join(f", ${argument}: {self.arguments[argument]}" for argument in given)
        passed = "".join(f", {argument}: ${argument}" for argument in given)
        return (
            f"query Export($after: String{declared}) {{\n"
            f"  {self.name}(first: {PAGE_SIZE}, after: $after{passed}) {{\n"
            f"    pageInfo {{ hasNextPage endCursor }}\n"
            f"    edges {{ node {{ {_selection(self.columns)} }} }}\n"
            f"  }}\n}}"
        )

    def variables(self, parameters: Mapping[str, str]) -> dict[str, Any]:
        """The query's variables from URL parameters: `filter` and `orderBy` as JSON, as the
        GraphQL input would be written, and so any other argument of the list."""
        variables = {}
        for name, text in parameters.items():
            type_name = self.arguments.get(name)
            if type_name is None:
                known = ", ".join(self.arguments) or "none"
                raise InvalidExportError(f"{self.name} has no argument {name!r} (it has {known})")
            if name in self.text_arguments:
                variables[name] = text
                continue
            try:
                variables[name] = json.loads(text)
            except ValueError:
                raise InvalidExportError(f"{name} must be JSON of type {type_name}") from None
        return variables

    def row(self, node: Mapping[str, Any]) -> list[Any]:
        return [column.value_in(node) for column in self.columns]


@cache
def exportable_lists() -> dict[str, ExportableList]:
    """The exportable lists of Cronica's schema (fixed for the life of the process)."""
    return lists_of(schema.as_str())


def lists_of(sdl: str) -> dict[str, ExportableList]:
    """Every root connection field of a schema (in the schema language) by name."""
    types = build_schema(sdl)
    assert types.query_type is not None, "the schema has a Query type"
    found = {}
    for name, field in types.query_type.fields.items():
        node = _node_type(field.type)
        if node is not None:
            found[name] = _exportable(name, field, node)
    return found


def _node_type(answer: GraphQLOutputType) -> GraphQLObjectType | None:
    """The node type of a connection (edges { node } and pageInfo); None for anything else."""
    connection = get_nullable_type(answer)
    if not isinstance(connection, GraphQLObjectType):
        return None
    fields = connection.fields
    if "pageInfo" not in fields or "edges" not in fields:
        return None
    edge = get_named_type(fields["edges"].type)
    node = edge.fields.get("node") if isinstance(edge, GraphQLObjectType) else None
    named = get_named_type(node.type) if node else None
    return named if isinstance(named, GraphQLObjectType) else None


def _exportable(name: str, field: GraphQLField, node: GraphQLObjectType) -> ExportableList:
    arguments = {
        argument: str(spec.type)
        for argument, spec in field.args.items()
        if argument not in PAGING_ARGUMENTS
    }
    text_arguments = frozenset(
        argument for argument, spec in field.args.items() if _is_text(spec.type)
    )
    columns = tuple(_columns(node))
    return ExportableList(name, columns, arguments, text_arguments - PAGING_ARGUMENTS)


def _is_text(type_: GraphQLInputType) -> bool:
    """An enum, or a scalar written as text (not a list of them)."""
    value = get_nullable_type(type_)
    return isinstance(value, GraphQLEnumType) or (
        isinstance(value, GraphQLScalarType) and value.name in _TEXT_SCALARS
    )


def _columns(node: GraphQLObjectType) -> Iterator[Column]:
    for name, field in _plain_fields(node):
        kind = get_named_type(field.type)
        if is_leaf_type(kind):
            yield Column((name,), kind.name)
        elif isinstance(kind, GraphQLObjectType):
            leaves = [(sub, get_named_type(spec.type)) for sub, spec in _plain_fields(kind)]
            leaves = [(sub, type_) for sub, type_ in leaves if is_leaf_type(type_)]
            labels = [(sub, type_) for sub, type_ in leaves if sub in _RELATED_LABELS]
            for sub, type_ in labels or leaves:
                yield Column((name, sub), type_.name)


def _plain_fields(owner: GraphQLObjectType) -> Iterator[tuple[str, GraphQLField]]:
    """Fields that take no argument and answer one value (not a list)."""
    for name, field in owner.fields.items():
        if not field.args and not isinstance(get_nullable_type(field.type), GraphQLList):
            yield name, field


def _selection(columns: tuple[Column, ...]) -> str:
    """`id subject customer { number name }` for columns id, subject, customer.number..."""
    nested: dict[str, list[str]] = {}
    for column in columns:
        nested.setdefault(column.path[0], []).extend(column.path[1:])
    return " ".join(
        f"{top} {{ {' '.join(subs)} }}" if subs else top for top, subs in nested.items()
    )
