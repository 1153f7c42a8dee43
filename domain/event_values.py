"""Declarations, on the fields of events, of the enums whose values a text field holds.

Events store an enum's plain value (`"high"`), typed `str`, so that stored events never depend
on an enum's class. Where a field holds the values of an enum, its annotation says which:

    priority: Annotated[str, ValuesOf(Priority)]
    details: Annotated[dict[str, Any], ValueObject(priority=Priority)]

A dict field marked `ValueObject` holds a value object's fields (named like the code's fields);
an unmarked dict is a map whose keys are data (catalogue codes, say). So what shows events to
others (the bus's payloads and their JSON Schemas) can spell names and values as the APIs do,
from one declaration.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import GenericAlias, MappingProxyType


@dataclass(frozen=True)
class ValuesOf:
    """The text field (or each text of the list field) holds a value of `enum`."""

    enum: type[StrEnum]


class ValueObject:
    """The dict field (or each dict of the list field) holds a value object's fields; those
    named hold a value of an enum (or null), or a list of them (`weekdays=list[Weekday]`)."""

    def __init__(self, **keys: type[StrEnum] | GenericAlias) -> None:
        self.keys: Mapping[str, type[StrEnum] | GenericAlias] = MappingProxyType(keys)

    def __hash__(self) -> int:
        return hash(tuple(self.keys.items()))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ValueObject) and dict(self.keys) == dict(other.keys)
