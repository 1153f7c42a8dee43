"""Execution with a short path for the bulk of every answer: a scalar or enum field without a
resolver (a plain attribute of a row object, such as `Task.number`), read and serialised at once.

graphql-core resolves each field of each row through the same general machinery (an info object,
the resolver strawberry wraps every field in, the checks for awaitables and for lists, objects and
abstract types): a page of 100 rows of 27 fields spent most of its time there. A plain leaf field
needs none of it: its value is the source's attribute (read by strawberry's default resolver) and
its answer is that value as its scalar or enum type serialises it. Anything else (a null where the
type forbids one, a value its type refuses, an error or an awaitable as the value) takes the
general path, which then answers it exactly as it always did, located error included; so do all
fields when a middleware (a schema extension with a `resolve` hook) must see every resolution.
"""

from dataclasses import dataclass
from typing import Any

from graphql import (
    GraphQLField,
    GraphQLLeafType,
    GraphQLNonNull,
    GraphQLObjectType,
    Undefined,
    is_leaf_type,
)
from graphql.pyutils import Path
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField

_PLAIN_LEAVES = "cronica-plain-leaves"
"""The key, among an object type's `extensions`, of its plain leaf fields by name."""


@dataclass(frozen=True, slots=True)
class PlainLeaf:
    """How to answer one plain leaf field: read `attribute` with `read`, serialise with `leaf`."""

    read: Any
    attribute: str
    leaf: GraphQLLeafType
    nullable: bool

    @classmethod
    def of(cls, field: GraphQLField) -> "PlainLeaf | None":
        """The field's short path, or None when it has a resolver, arguments or extensions, or
        answers a list or an object."""
        definition = field.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
        if not isinstance(definition, StrawberryField) or not definition.is_basic_field:
            return None
        nullable = not isinstance(field.type, GraphQLNonNull)
        leaf = field.type if nullable else field.type.of_type
        if field.args or not is_leaf_type(leaf):
            return None
        return cls(definition.default_resolver, definition.python_name, leaf, nullable)


def plain_leaves(object_type: GraphQLObjectType) -> dict[str, PlainLeaf]:
    """The type's plain leaf fields by name (found at its first use, kept with the type)."""
    found: dict[str, PlainLeaf] | None = object_type.extensions.get(_PLAIN_LEAVES)
    if found is None:
        fields = object_type.fields.items()
        found = {name: leaf for name, field in fields if (leaf := PlainLeaf.of(field)) is not None}
        object_type.extensions[_PLAIN_LEAVES] = found
    return found


class PlainLeavesExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's execution context, with the short path for plain leaf fields."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        middleware = self.middleware_manager
        self._short_path = not (middleware and middleware.middlewares)

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: Any,
        path: Path,
        position_context: Any,
    ) -> Any:
        if self._short_path:
            plain = plain_leaves(parent_type).get(field_details_list[0].node.name.value)
            if plain is not None:
                answer = _answer(plain, source, self.is_awaitable)
                if answer is not Undefined:
                    return answer
        return super().execute_field(
            parent_type, source, field_details_list, path, position_context
        )


def _answer(plain: PlainLeaf, source: Any, is_awaitable: Any) -> Any:
    """The field's serialised value; Undefined when the general path must answer it."""
    try:
        value = plain.read(source, plain.attribute)
        if value is None:
            return None if plain.nullable else Undefined
        if isinstance(value, Exception) or is_awaitable(value):
            return Undefined
        serialised = plain.leaf.coerce_output_value(value)
    except Exception:  # the general path raises it again, as the field's located error
        return Undefined
    return Undefined if serialised is None else serialised
