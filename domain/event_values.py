"""Declarations, on the fields of events, of what their plain values hold.

Events store plain JSON values (an enum's value `"high"`, ISO text for times), so that stored
events never depend on the code's classes. Where a field holds more than its type says, its
annotation declares it:

    priority: Annotated[str, ValuesOf(Priority)]
    starts_on: DateText

A field holding a value object is typed by the `TypedDict` its `to_event_data` returns
(`details: OpportunityDetailsData`), so mypy keeps the data and its declaration equal; a plain
dict is a map whose keys are data (catalogue codes, say). So what shows events to others (the
bus's payloads and their JSON Schemas) can name and spell every value as the APIs do, from one
declaration.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Annotated
from uuid import UUID


@dataclass(frozen=True)
class ValuesOf:
    """The text field (or each text of the list field) holds a value of `enum`."""

    enum: type[StrEnum]


@dataclass(frozen=True)
class TextOf:
    """The text field holds a value of `kind` as ISO text (or a UUID's canonical text); times
    are local (without a zone) unless the text carries an offset."""

    kind: type[UUID | date | datetime | time]


UuidText = Annotated[str, TextOf(UUID)]
DateText = Annotated[str, TextOf(date)]
DateTimeText = Annotated[str, TextOf(datetime)]
LocalTimeText = Annotated[str, TextOf(time)]
