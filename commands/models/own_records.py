"""What the bodies of commands on a user's own records (timesheet lines, agenda entries) share:
the record they may be about, and corrections that must change something."""

from __future__ import annotations

from typing import Any, Literal, Self
from uuid import UUID

from pydantic import ConfigDict, model_validator
from pydantic.alias_generators import to_camel

from cronica.commands.models.base import CommandModel

RecordType = Literal[
    "case", "customer", "incident", "notice", "opportunity", "project", "repair_order", "task"
]


class RelatedRecord(CommandModel):
    """A record of the caller's company the timesheet line or agenda entry is about."""

    type: RecordType
    id: UUID


def _one_change_at_least(schema: dict[str, Any]) -> None:
    """States the rule below in the body's JSON schema: some property, given and not null."""
    schema["minProperties"] = 1
    schema["anyOf"] = [
        {"required": [name], "properties": {name: {"not": {"type": "null"}}}}
        for name in schema["properties"]
    ]


class Amendment(CommandModel):
    """A body of optional fields, each one a change: at least one must be given (not null)."""

    model_config = ConfigDict(json_schema_extra=_one_change_at_least)

    @model_validator(mode="after")
    def _changes_something(self) -> Self:
        if all(value is None for value in self.model_dump().values()):
            names = ", ".join(to_camel(name) for name in type(self).model_fields)
            raise ValueError(f"give at least one of {names}")
        return self
