"""Execution with a short path for the bulk of every answer: a scalar or enum field without a
resolver (a plain attribute of a row object, such as `Task.number`), or a list of them, read and
serialised at once.

graphql-core resolves each field of each row through the same general machinery (an info object,
the resolver strawberry wraps every field in, a path, the checks for awaitables and for lists,
objects and abstract types): a page of 100 rows of 27 fields spent most of its time there. A plain
leaf field needs none of it: its value is the source's attribute (read by strawberry's default
resolver) and its answer is that value as its scalar or enum type serialises it. An object whose
selected fields are all plain leaves is answered whole; otherwise each plain leaf is.

Anything unusual (a null where the type forbids one, a value its type refuses, an error or an
awaitable as the value, a list that is not a list or tuple) takes the general path, which answers
it exactly as it always did, located error included; so do all fields when a middleware (a
schema extension with a `resolve` hook) must see every resolution.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from graphql import (
    GraphQLField,
    GraphQLLeafType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    Undefined,
    is_leaf_type,
)
from graphql.execution.collect_fields import FieldDetailsList, GroupedFieldSet
from graphql.pyutils import Path
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField

_PLAIN_LEAVES = "cronica-plain-leaves"
"""The key, among an object type's `extensions`, of its plain leaf fields by name."""


@dataclass(frozen=True, slots=True)
class PlainLeaf:
    """How to answer one plain leaf field: read `attribute` with `read`, serialise it (or, for a
    list, each item) as `leaf`; `nullable` and `items_nullable` say where a null is allowed."""

    read: Callable[[Any, str], Any]
    attribute: str
    leaf: GraphQLLeafType
    nullable: bool
    is_list: bool
    items_nullable: bool

    @classmethod
    def of(cls, field: GraphQLField) -> "PlainLeaf | None":
        """The field's short path, or None when it has a resolver, arguments or extensions, or
        answers anything but a leaf or a list of leaves."""
        definition = field.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
        if not isinstance(definition, StrawberryField) or not definition.is_basic_field:
            return None
        nullable, answered = _unwrapped(field.type)
        is_list = isinstance(answered, GraphQLList)
        items_nullable, leaf = _unwrapped(answered.of_type) if is_list else (False, answered)
        if field.args or not is_leaf_type(leaf):
            return None
        read, attribute = definition.default_resolver, definition.python_name
        return cls(read, attribute, leaf, nullable, is_list, items_nullable)

    def answer(self, source: Any, is_awaitable: Callable[[Any], bool]) -> Any:
        """The field's serialised value; Undefined when the general path must answer it."""
        try:
            value = self.read(source, self.attribute)
            if value is None:
                return None if self.nullable else Undefined
            if is_awaitable(value):
                return Undefined
            if self.is_list:
                return self._items(value)
            return _serialised(self.leaf, value)
        except Exception:  # the general path raises it again, as the field's located error
            return Undefined

    def _items(self, value: Any) -> Any:
        if not isinstance(value, list | tuple):
            return Undefined
        items = []
        for item in value:
            # graphql-core's Undefined equals None: tell them apart by identity
            if item is None and not self.items_nullable:
                return Undefined
            serialised = None if item is None else _serialised(self.leaf, item)
            if serialised is Undefined:
                return Undefined
            items.append(serialised)
        return items


def _unwrapped(output: GraphQLOutputType) -> tuple[bool, Any]:
    """Whether the type allows null, and the type without its non-null wrapper."""
    if isinstance(output, GraphQLNonNull):
        return False, output.of_type
    return True, output


def _serialised(leaf: GraphQLLeafType, value: Any) -> Any:
    if isinstance(value, Exception) or (serialised := leaf.coerce_output_value(value)) is None:
        return Undefined
    return serialised


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
        self._plans: dict[tuple[GraphQLObjectType, int], _Plan] = {}

    def execute_fields(
        self,
        parent_type: GraphQLObjectType,
        source_value: Any,
        path: Path | None,
        grouped_field_set: GroupedFieldSet,
        position_context: Any,
    ) -> Any:
        if self._short_path:
            answers = self._plain_answers(parent_type, source_value, grouped_field_set)
            if answers is not None:
                return answers
        return super().execute_fields(
            parent_type, source_value, path, grouped_field_set, position_context
        )

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: FieldDetailsList,
        path: Path,
        position_context: Any,
    ) -> Any:
        if self._short_path:
            plain = plain_leaves(parent_type).get(field_details_list[0].node.name.value)
            if plain is not None and (answer := plain.answer(source, self.is_awaitable)) is not (
                Undefined
            ):
                return answer
        return super().execute_field(
            parent_type, source, field_details_list, path, position_context
        )

    def _plain_answers(
        self, parent_type: GraphQLObjectType, source: Any, fields: GroupedFieldSet
    ) -> dict[str, Any] | None:
        """The object's answer when every field selected is a plain leaf answered on the short
        path, else None."""
        leaves = self._plan(parent_type, fields).leaves
        if leaves is None:
            return None
        answers: dict[str, Any] = {}
        for response_name, leaf in leaves:
            if (answer := leaf.answer(source, self.is_awaitable)) is Undefined:
                return None
            answers[response_name] = answer
        return answers

    def _plan(self, parent_type: GraphQLObjectType, fields: GroupedFieldSet) -> "_Plan":
        """The plan for a selection on a type, made once a request: graphql-core collects one
        selection once for all the rows of a list (by identity, as here)."""
        key = (parent_type, id(fields))
        plan = self._plans.get(key)
        if plan is None:
            plain = plain_leaves(parent_type)
            selected = [
                (answered, details[0].node.name.value) for answered, details in fields.items()
            ]
            every_one = all(name in plain for _, name in selected)
            leaves = (
                tuple((answered, plain[name]) for answered, name in selected) if every_one else None
            )
            plan = self._plans[key] = _Plan(fields, leaves)
        return plan


@dataclass(frozen=True, slots=True)
class _Plan:
    """A selection's plain leaves in answer order (None: not all of them are plain), kept with
    the selection, whose identity keys it."""

    fields: GroupedFieldSet
    leaves: tuple[tuple[str, PlainLeaf], ...] | None
