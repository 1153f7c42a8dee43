"""The values a catalogue is made of: its kinds, its entries, and the value types of custom fields.

Records keep an entry's code (a task's type, a notice's code, an opportunity's lost reason); lists
show its name, so renaming an entry renames it everywhere and codes never change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, TypedDict

from cronica.domain.errors import InvalidCatalogueEntryError
from cronica.domain.event_values import ValuesOf

CODE = re.compile(r"[a-z][a-z0-9_]{0,49}")
"""An entry's code: a lowercase identifier, stable for as long as records name it."""

COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
"""A task type's colour on planning boards: #RRGGBB."""


class CatalogueKind(StrEnum):
    """The catalogues every company has (DOMAIN.md, Catalogues and configuration)."""

    TASK_TYPES = "task_types"
    INCIDENT_TYPES = "incident_types"
    NOTICE_CODES = "notice_codes"
    RESOLUTION_CODES = "resolution_codes"
    LOST_REASONS = "lost_reasons"
    CLASSIFICATION_CRITERIA = "classification_criteria"
    CUSTOM_FIELDS = "custom_fields"


class ValueType(StrEnum):
    """What a custom field holds; a `choice` field holds one of its choices."""

    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    BOOLEAN = "boolean"
    CHOICE = "choice"


class EntryData(TypedDict):
    """An entry as the events define it."""

    code: str
    name: str
    colour: str | None
    value_type: Annotated[str | None, ValuesOf(ValueType)]
    choices: list[str]


@dataclass(frozen=True)
class Entry:
    """One entry of a catalogue. Task types may have a colour and be priority; custom fields have
    a value type. A removed entry is kept, so that older records still show its name."""

    code: str
    name: str
    colour: str | None = None
    value_type: ValueType | None = None
    choices: tuple[str, ...] = ()
    priority: bool = False
    removed: bool = False

    def definition(self) -> EntryData:
        """The entry as an `EntryAdded` event (and a catalogue's first event) holds it."""
        return {
            "code": self.code,
            "name": self.name,
            "colour": self.colour,
            "value_type": self.value_type.value if self.value_type else None,
            "choices": list(self.choices),
        }

    @classmethod
    def defined(
        cls,
        code: str,
        name: str,
        colour: str | None,
        value_type: str | None,
        choices: list[str],
    ) -> Entry:
        """The entry a definition describes: active, not priority."""
        return cls(
            code, name, colour, ValueType(value_type) if value_type else None, tuple(choices)
        )


def require_suits(kind: CatalogueKind, entry: Entry) -> None:
    """Refuses an entry whose code is not a lowercase identifier, whose name is blank, or whose
    extras do not suit its catalogue: a colour (#RRGGBB) only for task types, a value type for
    custom fields and only for them, choices (different, none blank) for and only for a `choice`
    field."""
    is_custom_field = kind is CatalogueKind.CUSTOM_FIELDS
    problems = [
        problem
        for problem, found in [
            ("a code must be a lowercase identifier", not CODE.fullmatch(entry.code)),
            ("a name must not be blank", not entry.name.strip()),
            (
                "only task types have a colour",
                entry.colour and kind is not CatalogueKind.TASK_TYPES,
            ),
            ("a colour is written #RRGGBB", entry.colour and not COLOUR.fullmatch(entry.colour)),
            ("a custom field needs a value type", is_custom_field and not entry.value_type),
            ("only custom fields have a value type", entry.value_type and not is_custom_field),
            (
                "a choice field needs its choices, and only it has some",
                (entry.value_type is ValueType.CHOICE) != bool(entry.choices),
            ),
            (
                "choices must be different and not blank",
                len(set(entry.choices)) < len(entry.choices)
                or not all(map(str.strip, entry.choices)),
            ),
        ]
        if found
    ]
    if problems:
        raise InvalidCatalogueEntryError(f"{kind} entry {entry.code!r}: {'; '.join(problems)}")
