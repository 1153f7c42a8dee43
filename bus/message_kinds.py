"""The kinds of message subscribers receive: each published event class under its own name, and,
for a step of the shared lifecycle named otherwise, a copy under the step's name.

    RepairOrder.Scheduled -> repair_order.scheduled          (its own message)
                          -> repair_order.assigned           (the lifecycle's copy)
    Incident.Closed       -> incident.closed, with "outcome": "RESOLVED" (the names agree: one)
    Task.Cancelled        -> task.cancelled, and task.closed with "outcome": "CANCELLED"

A subscriber of `cronica.*.*.closed` so hears every record of the lifecycle closing, whatever the
record calls it; one of `cronica.*.repair_order.scheduled` still hears the order's own event.
The payload of both is the event's data (names in camelCase, enum values by name), and on a
closing the outcome.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from functools import cache
from typing import Any

from cronica.bus.field_shapes import JsonSchema, Shape, camel_case, shape_of
from cronica.bus.published_events import EventClass, is_internal, published_events
from cronica.bus.subjects import event_name
from cronica.domain.base import CronicaAggregate
from cronica.domain.event_data import data_fields
from cronica.domain.lifecycle_steps import Outcome

OUTCOME = "outcome"
"""The payload field naming how a record was closed, on the lifecycle's `closed` messages."""


@dataclass(frozen=True)
class MessageKind:
    """An event class published under `name` (its own, or its lifecycle step's)."""

    event_class: EventClass
    record: str
    name: str
    outcome: Outcome | None
    is_lifecycle_copy: bool

    @property
    def channel(self) -> str:
        """The subject's last two tokens: `repair_order.assigned`."""
        return f"{self.record}.{self.name}"

    @property
    def title(self) -> str:
        """The message's name in the AsyncAPI document: `RepairOrderScheduledAsAssigned`."""
        own = self.event_class.__qualname__.replace(".", "")
        return f"{own}As{_pascal(self.name)}" if self.is_lifecycle_copy else own

    def message_id(self, event: CronicaAggregate.Event) -> str:
        """The CloudEvents id (and `Nats-Msg-Id`): the event's, and for a copy the step too."""
        own = f"{event.originator_id}:{event.originator_version}"
        return f"{own}:{self.name}" if self.is_lifecycle_copy else own

    def data(self, event: CronicaAggregate.Event) -> dict[str, Any]:
        data = {
            camel_case(name): shape.render(getattr(event, name))
            for name, shape in _fields(self.event_class)
        }
        if self.outcome is not None:
            data[OUTCOME] = self.outcome.name
        return data

    def data_schema(self) -> JsonSchema:
        properties = {camel_case(name): shape.schema() for name, shape in _fields(self.event_class)}
        if self.outcome is not None:
            # One value: a message kind is one way of closing (`Task.Cancelled` -> CANCELLED).
            properties[OUTCOME] = {"type": "string", "enum": [self.outcome.name]}
        return {
            "title": self.title,
            "description": _description(self),
            "type": "object",
            "properties": properties,
            "required": sorted(properties),
            "additionalProperties": False,
        }


def message_kinds(event_class: type[object]) -> tuple[MessageKind, ...]:
    """The messages an event of this class is published as (none for internal events); an
    event class the contract does not know is an error, never an event silently left out."""
    kinds = _kinds_by_class().get(event_class.__qualname__)
    if kinds is not None:
        return kinds
    if is_internal(event_class):
        return ()
    raise LookupError(f"the event contract has no message for {event_class.__qualname__}")


@cache
def all_message_kinds() -> tuple[MessageKind, ...]:
    return tuple(kind for kinds in _kinds_by_class().values() for kind in kinds)


@cache
def _kinds_by_class() -> dict[str, tuple[MessageKind, ...]]:
    return {event.__qualname__: _kinds(event) for event in published_events()}


def _kinds(event_class: EventClass) -> tuple[MessageKind, ...]:
    record, own_name = event_name(event_class)
    lifecycle = event_class.lifecycle
    if lifecycle is None:
        return (MessageKind(event_class, record, own_name, None, is_lifecycle_copy=False),)
    if OUTCOME in data_fields(event_class) and lifecycle.outcome is not None:
        raise TypeError(f"{event_class.__qualname__} has a field named {OUTCOME!r}")
    step = lifecycle.step.value
    if step == own_name:
        return (MessageKind(event_class, record, own_name, lifecycle.outcome, False),)
    return (
        MessageKind(event_class, record, own_name, None, is_lifecycle_copy=False),
        MessageKind(event_class, record, step, lifecycle.outcome, is_lifecycle_copy=True),
    )


@cache
def _fields(event_class: EventClass) -> tuple[tuple[str, Shape], ...]:
    hints = typing.get_type_hints(event_class, include_extras=True)
    return tuple((name, shape_of(hints[name])) for name in data_fields(event_class))


def _description(kind: MessageKind) -> str:
    cls = kind.event_class
    doc = " ".join((cls.__doc__ or "").split())
    if doc.startswith(f"{cls.__name__}("):  # the signature dataclasses write for no docstring
        doc = ""
    own = "{}.{}".format(*event_name(cls))
    if kind.is_lifecycle_copy:
        return f"The lifecycle's `{kind.name}` step, published beside `{own}`. {doc}".strip()
    return doc or f"`{own}`."


def _pascal(name: str) -> str:
    return "".join(word.capitalize() for word in name.split("_"))
