"""What a successful command answers, and who asked for it."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID


@dataclass(frozen=True)
class Written:
    """What a command answers: the record written, its new version, the event store position of
    its last event, and what else the command made that the caller needs to know."""

    id: UUID
    version: int
    position: int
    added_id: UUID | None = None
    """The part or record the command added besides (a customer's contact, the next task)."""
    secret: str | None = None
    """A secret shown once (a calendar feed's): never stored, so never answered again."""


@dataclass(frozen=True)
class Principal:
    """The authenticated user a command runs for."""

    user_id: UUID
    company_id: UUID
    unit_id: UUID
    name: str
    role: str
