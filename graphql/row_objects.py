"""GraphQL objects made from read-model rows by field name: a row keeps ids and ISO-8601 times
and days as text, enums as their values and truth values as 0 or 1 on SQLite, and each field of
the object takes the row's value of the same name as the field's type wants it."""

import types
from dataclasses import fields
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar, Union, cast, get_args, get_origin, get_type_hints

import strawberry

T = TypeVar("T")


def object_from_row(object_type: type[T], row: Any, **given: Any) -> T:
    """An `object_type` whose fields are the row's values of the same names, converted to the
    fields' types; `given` are the values of fields the row does not hold as they are."""
    values = {
        name: given[name] if name in given else _converted(getattr(row, name), annotation)
        for name, annotation in _fields_of(cast(type, object_type))
    }
    return object_type(**values)


@cache
def _fields_of(object_type: Any) -> tuple[tuple[str, Any], ...]:
    """The type's fields given when it is made, with their types (read once per type)."""
    hints = get_type_hints(object_type)
    return tuple((f.name, hints[f.name]) for f in fields(object_type) if f.init)


def _converted(value: Any, annotation: Any) -> Any:
    if value is None:
        return None
    wanted = _without_none(annotation)
    if wanted is strawberry.ID:
        return strawberry.ID(value)
    if wanted in (datetime, date):
        return wanted.fromisoformat(value)
    if wanted is bool or (isinstance(wanted, type) and issubclass(wanted, Enum)):
        return wanted(value)
    return value


def _without_none(annotation: Any) -> Any:
    if get_origin(annotation) in (Union, types.UnionType):
        present = [arg for arg in get_args(annotation) if arg is not type(None)]
        return present[0] if len(present) == 1 else annotation
    return annotation
