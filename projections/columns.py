"""A read model's columns, declared once on the fields of its row dataclass.

`Annotated[str, column(...)]` says how clients may filter and order on a field and what the API
calls it; the
table's DDL (`create_table`), a `Listing`'s filter and order maps and indexes, and the GraphQL
filter input and order enum are all derived from these declarations, so a new column is one line.
"""

from __future__ import annotations

import re
import types
from dataclasses import dataclass, fields
from enum import Enum
from typing import Annotated, Any, Literal, Union, get_args, get_origin, get_type_hints

from cronica.projections.paging import OrderKey

FilterKind = Literal["id", "text", "enum", "time", "date", "int", "float", "bool"]
"""How a column is filtered: which operators the API offers for it (see graphql's filter inputs)."""

_SQL_TYPES: dict[type, str] = {str: "TEXT", int: "INTEGER", float: "REAL", bool: "INTEGER"}
_VALUE_TYPES: dict[str, type] = {"TEXT": str, "INTEGER": int, "REAL": float, "BOOLEAN": bool}
_FILTERED_TYPES: dict[str, type] = {"int": int, "float": float, "bool": bool}


@dataclass(frozen=True)
class Column:
    """What one field of a row type means to lists and the API."""

    name: str
    sql_type: str
    nullable: bool
    filter: FilterKind | None = None
    order: bool | str = False
    """True: orders by the column; text: by that SQL expression (e.g. nulls last on both
    databases: `COALESCE(closed_at, '9999')`)."""
    api_name: str = ""
    enum: type[Enum] | None = None
    description: str | None = None
    """Shown on the column's filter in GraphQL."""
    order_description: str | None = None
    """Shown on the column's order value in GraphQL (how missing values sort)."""
    order_kind: type | None = None
    """The type of the order expression's values, when not the column's (a rank of a text)."""
    indexed: bool = True
    stored: bool = True
    """False: an SQL expression over the stored columns (see `computed`), not a column."""

    @property
    def order_expression(self) -> str | None:
        if self.order is False:
            return None
        return self.name if self.order is True else str(self.order)

    @property
    def order_key(self) -> OrderKey | None:
        """What the list orders by for this column. Only a plain column may be null there: an
        expression orders missing values itself (with COALESCE)."""
        expression = self.order_expression
        if expression is None:
            return None
        kind = self.order_kind or (
            _VALUE_TYPES.get(self.sql_type)
            if self.stored
            else _FILTERED_TYPES.get(self.filter or "")
        )
        plain = self.order is True and self.stored
        return OrderKey(expression, kind or str, nullable=self.nullable and plain)


@dataclass(frozen=True)
class ColumnSpec:
    """What `column(...)` declares, read by `columns_of`."""

    declared: dict[str, Any]


def column(
    *,
    filter: FilterKind | None = None,
    order: bool | str = False,
    api_name: str | None = None,
    enum: type[Enum] | None = None,
    description: str | None = None,
    order_description: str | None = None,
    order_kind: type | None = None,
    sql_type: str | None = None,
    indexed: bool = True,
) -> Any:
    """A row field that clients may filter (`filter`) and/or order (`order`) on, put in its
    annotation: `status: Annotated[str, column(filter="enum", order=True, enum=TaskStatus)]`."""
    declared = {
        "filter": filter,
        "order": order,
        "api_name": api_name,
        "enum": enum,
        "description": description,
        "order_description": order_description,
        "order_kind": order_kind,
        "sql_type": sql_type,
        "indexed": indexed,
    }
    return ColumnSpec(declared)


def computed(
    api_name: str,
    expression: str,
    *,
    filter: FilterKind | None = None,
    order: bool = False,
    description: str | None = None,
    order_description: str | None = None,
) -> Column:
    """A value clients filter or order on that the rows do not store: an SQL expression over
    their columns. Row types list theirs in a `computed_columns` class variable."""
    return Column(
        f"({expression})",
        sql_type="",
        nullable=True,
        filter=filter,
        order=order,
        api_name=api_name,
        description=description,
        order_description=order_description,
        indexed=False,
        stored=False,
    )


def columns_of(row_type: type) -> list[Column]:
    """Every field of the row type as a column, in declaration order, then its computed ones."""
    hints = get_type_hints(row_type, include_extras=True)
    found = []
    for row_field in fields(row_type):
        annotation = hints[row_field.name]
        declared: dict[str, Any] = {}
        if get_origin(annotation) is Annotated:
            annotation, *extras = get_args(annotation)
            declared = next(dict(e.declared) for e in extras if isinstance(e, ColumnSpec))
        base, nullable = _unwrapped(annotation)
        sql_type = declared.pop("sql_type", None) or _SQL_TYPES[base]
        api_name = declared.pop("api_name", None) or camel_case(row_field.name)
        found.append(Column(row_field.name, sql_type, nullable, api_name=api_name, **declared))
    return [*found, *getattr(row_type, "computed_columns", ())]


def create_table(
    table: str,
    row_type: type,
    *,
    primary_key: tuple[str, ...] = ("id",),
    extra_columns: tuple[str, ...] = (),
    nullable: tuple[str, ...] = (),
) -> str:
    """`CREATE TABLE IF NOT EXISTS` for the row type's columns (plus `extra_columns`, SQL column
    definitions a projection keeps for its own queries); the `nullable` columns may be null
    here although the row type's may not (a table of rows-to-be)."""
    definitions = [
        f"{c.name} {c.sql_type}{'' if c.nullable or c.name in nullable else ' NOT NULL'}"
        for c in columns_of(row_type)
        if c.stored
    ]
    key = f"PRIMARY KEY ({', '.join(primary_key)})"
    return f"CREATE TABLE IF NOT EXISTS {table} ({', '.join([*definitions, *extra_columns, key])})"


def camel_case(snake: str) -> str:
    head, *rest = snake.split("_")
    return head + "".join(part.capitalize() for part in rest)


def snake_case(camel: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", camel).lower()


def _unwrapped(annotation: Any) -> tuple[type, bool]:
    """(the type, whether None is allowed) of `X` or `X | None`."""
    if get_origin(annotation) in (Union, types.UnionType):
        present = [arg for arg in get_args(annotation) if arg is not type(None)]
        return present[0], len(present) < len(get_args(annotation))
    return annotation, False
