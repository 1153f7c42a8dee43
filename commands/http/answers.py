"""What a command answers: the record, its new version and the event store position."""

from __future__ import annotations

from uuid import UUID

from fastapi import Response
from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

from cronica.commands.results import Written


class Accepted(BaseModel):
    """The record a command wrote; `position` lets a client read its own write (GraphQL
    `atLeastPosition`), `version` is what to send as If-Match next."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)

    id: UUID
    version: int
    position: int = Field(description="The event store position of the last event written.")


def accepted(response: Response, written: Written) -> Accepted:
    """The answer to a command, with the record's version as its ETag."""
    response.headers["ETag"] = f'"{written.version}"'
    return Accepted(id=written.id, version=written.version, position=written.position)
