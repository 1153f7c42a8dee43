"""How one field of an event travels to subscribers: its JSON value and its JSON Schema, both
read from the field's annotation, so that a payload can never disagree with its schema.

Names are shown in camelCase and enum values by their names (`HIGH`), as both APIs show them:
an event field `started_at` travels as `startedAt`; a text field declared to hold a `Priority`
(`cronica.domain.event_values`) travels as `"HIGH"` for the stored `"high"`.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import Enum, StrEnum
from typing import Any, Protocol
from uuid import UUID

from cronica.domain.enum_spelling import api_spelling
from cronica.domain.event_values import TextOf, ValuesOf

JsonSchema = dict[str, Any]


def camel_case(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(word[:1].upper() + word[1:] for word in rest)


def rfc3339(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def json_value(value: Any) -> Any:
    """A value as JSON shows it: ids, times and dates as text, enums by name, containers
    through; keys of maps are data and stay as they are."""
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, datetime):
        return rfc3339(value) if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return api_spelling(value)
    if isinstance(value, dict):
        return {key: json_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_value(item) for item in value]
    return value


class Shape(Protocol):
    def schema(self) -> JsonSchema: ...
    def render(self, value: Any) -> Any: ...


@dataclass(frozen=True)
class Plain:
    """A value JSON holds as it is, or as text in a known format (ids, times, dates)."""

    json_schema: tuple[tuple[str, Any], ...]

    def schema(self) -> JsonSchema:
        return dict(self.json_schema)

    def render(self, value: Any) -> Any:
        return json_value(value)


@dataclass(frozen=True)
class EnumText:
    """The stored value of an enum, spelled as the APIs spell it (its member's name, mostly)."""

    enum: type[StrEnum]

    def schema(self) -> JsonSchema:
        return {"type": "string", "enum": [api_spelling(member) for member in self.enum]}

    def render(self, value: Any) -> Any:
        return api_spelling(self.enum(value))


@dataclass(frozen=True)
class Nullable:
    shape: Shape

    def schema(self) -> JsonSchema:
        return {"anyOf": [self.shape.schema(), {"type": "null"}]}

    def render(self, value: Any) -> Any:
        return None if value is None else self.shape.render(value)


@dataclass(frozen=True)
class AnyOf:
    shapes: tuple[Shape, ...]

    def schema(self) -> JsonSchema:
        return {"anyOf": [shape.schema() for shape in self.shapes]}

    def render(self, value: Any) -> Any:
        return json_value(value)


@dataclass(frozen=True)
class ListOf:
    item: Shape

    def schema(self) -> JsonSchema:
        return {"type": "array", "items": self.item.schema()}

    def render(self, value: Any) -> Any:
        return [self.item.render(item) for item in value]


@dataclass(frozen=True)
class ValueObjectFields:
    """A value object's event data: each key declared by its `TypedDict`, named in camelCase,
    no other key allowed (so a key added to the data and not to its declaration fails the
    schema's test rather than reaching subscribers undescribed)."""

    declared: Any  # a TypedDict class, which mypy cannot name

    def schema(self) -> JsonSchema:
        shapes = self.shapes()
        return {
            "type": "object",
            "properties": {camel_case(key): shape.schema() for key, shape in shapes.items()},
            "required": sorted(camel_case(key) for key in self.declared.__required_keys__),
            "additionalProperties": False,
        }

    def render(self, value: Any) -> Any:
        shapes = self.shapes()
        return {
            camel_case(key): shapes[key].render(item) if key in shapes else json_value(item)
            for key, item in value.items()
        }

    def shapes(self) -> dict[str, Shape]:
        hints = typing.get_type_hints(self.declared, include_extras=True)
        return {key: shape_of(annotation) for key, annotation in hints.items()}


_TEXT_OF: dict[type, JsonSchema] = {
    UUID: {"type": "string", "format": "uuid"},
    date: {"type": "string", "format": "date"},
    datetime: {"type": "string", "format": "date-time"},
    # JSON Schema's "time" needs an offset; a local time has none.
    time: {"type": "string", "pattern": r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$"},
}

_PLAIN: dict[object, JsonSchema] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    UUID: {"type": "string", "format": "uuid"},
    datetime: {"type": "string", "format": "date-time"},
    date: {"type": "string", "format": "date"},
    dict: {"type": "object"},
    typing.Any: {},
}


def shape_of(annotation: Any) -> Shape:
    """The shape of a field from its annotation (with `Annotated` metadata kept)."""
    if typing.get_origin(annotation) is typing.Annotated:
        inner, *metadata = typing.get_args(annotation)
        return _declared(shape_of(inner), metadata)
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.NotRequired, typing.Required):
        return shape_of(args[0])
    if origin in (types.UnionType, typing.Union):
        options = tuple(shape_of(arg) for arg in args if arg is not type(None))
        one = options[0] if len(options) == 1 else AnyOf(options)
        return Nullable(one) if type(None) in args else one
    if origin is list or annotation is list:
        return ListOf(shape_of(args[0]) if args else Plain(()))
    if typing.is_typeddict(annotation):
        return ValueObjectFields(annotation)
    plain = _PLAIN.get(origin or annotation)
    if plain is None:
        raise TypeError(f"no JSON shape for an event field typed {annotation!r}")
    return Plain(tuple(plain.items()))


def _declared(shape: Shape, metadata: list[Any]) -> Shape:
    """The shape a field's declaration (`ValuesOf`, `TextOf`) makes of its plain shape."""
    for declared in metadata:
        if isinstance(declared, ValuesOf | TextOf):
            return _applied(shape, declared)
    return shape


def _applied(shape: Shape, declared: ValuesOf | TextOf) -> Shape:
    if isinstance(shape, Nullable):
        return Nullable(_applied(shape.shape, declared))
    if isinstance(shape, ListOf):
        return ListOf(_applied(shape.item, declared))
    if isinstance(declared, ValuesOf):
        return EnumText(declared.enum)
    return Plain(tuple(_TEXT_OF[declared.kind].items()))
