"""A value object inside an event (an incident's article, a task's details, a reception...)
travels with a JSON Schema of each of its keys, derived from the `TypedDict` its `to_event_data`
returns: every value object the domain makes renders to data its schema accepts, a key the
declaration does not name is refused, and the only objects of the contract without named keys
are maps whose keys are data."""

from __future__ import annotations

import typing
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any
from uuid import uuid4

import jsonschema
import pytest

from cronica.bus.asyncapi import asyncapi_document
from cronica.bus.field_shapes import Shape, shape_of
from cronica.domain.attachment import Attachment
from cronica.domain.catalogue_values import Entry, ValueType
from cronica.domain.customer_values import Address, AddressKind
from cronica.domain.customer_visit_plan import VisitFrequency, VisitPlan, Weekday
from cronica.domain.incident import Article
from cronica.domain.opportunity_values import OpportunityDetails
from cronica.domain.priority import Priority
from cronica.domain.repair_order_values import Reception, Warranty
from cronica.domain.task_values import TaskDetails

MAPS_WHOSE_KEYS_ARE_DATA = {"CustomerClassificationChanged/criteria"}

VALUE_OBJECTS: list[Any] = [
    Article("WM-800", "SN-1", date(2027, 1, 31), "F-2026-001", date(2025, 1, 31)),
    Article("WM-800"),
    TaskDetails("Revisar la caldera", "visit", frozenset({"urgente", "caldera"}), "Taller"),
    Attachment("presupuesto.pdf", "application/pdf", 1024, "a" * 64),
    VisitPlan((Weekday.MONDAY,), time(9), time(11, 30), VisitFrequency.WEEKLY, date(2026, 1, 5)),
    VisitPlan((Weekday.FRIDAY,), time(9), time(10), VisitFrequency.EVERY_N_WEEKS, date.today(), 3),
    OpportunityDetails("renting", "Flota", "", "feria", Priority.HIGH, Decimal("1200.50")),
    Address(AddressKind.BILLING, "Calle Mayor 1", "Madrid", "28013", "Madrid"),
    Reception(uuid4(), datetime.now(UTC), "No enciende", ("cargador",), Warranty(True, "G-7")),
    Entry("visit", "Visita", "#ff0000", None, ()),
    Entry("size", "Tamaño", None, ValueType.CHOICE, ("S", "M")),
]


def _event_data(value: Any) -> Callable[[], Any]:
    """The method that writes the value object into an event, annotated with its `TypedDict`."""
    return value.definition if isinstance(value, Entry) else value.to_event_data


def _checked(value: Any) -> tuple[jsonschema.Draft7Validator, Shape]:
    shape = shape_of(typing.get_type_hints(_event_data(value))["return"])
    checker = jsonschema.Draft7Validator.FORMAT_CHECKER
    return jsonschema.Draft7Validator(shape.schema(), format_checker=checker), shape


@pytest.mark.parametrize("value", VALUE_OBJECTS, ids=lambda value: type(value).__name__)
def test_every_value_object_renders_to_data_its_schema_accepts(value: Any) -> None:
    validator, shape = _checked(value)
    rendered = shape.render(_event_data(value)())

    assert list(validator.iter_errors(rendered)) == []
    assert all("_" not in key for key in rendered)


def test_enum_values_travel_by_name_and_an_undeclared_key_is_refused() -> None:
    plan = VALUE_OBJECTS[4]
    validator, shape = _checked(plan)
    rendered = shape.render(plan.to_event_data())
    stray = shape.render(plan.to_event_data() | {"colour": "red"})

    assert rendered["weekdays"] == ["MONDAY"] and rendered["frequency"] == "WEEKLY"
    assert rendered["windowStarts"] == "09:00:00"
    assert list(validator.iter_errors(stray)) != []


def test_only_maps_whose_keys_are_data_leave_their_keys_unnamed() -> None:
    schemas = asyncapi_document("cronica", "https://crm.example.es")["components"]["schemas"]
    unnamed: set[str] = set()

    def walk(schema: Any, path: str) -> None:
        if isinstance(schema, dict):
            if schema.get("type") == "object" and "properties" not in schema:
                unnamed.add(path)
            for key, item in schema.items():
                walk(item, path if key in ("properties", "anyOf", "items") else f"{path}/{key}")
        elif isinstance(schema, list):
            for item in schema:
                walk(item, path)

    for name, schema in schemas.items():
        if name != "CloudEvent":  # the envelope's data is each message's own schema
            walk(schema, name)

    assert unnamed == MAPS_WHOSE_KEYS_ARE_DATA
