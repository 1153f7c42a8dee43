"""What a successful command answers, and who asked for it."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID


@dataclass(frozen=True)
class Written:
    """The record written, its new version, and the event store position of its last event."""

    id: UUID
    version: int
    position: int


@dataclass(frozen=True)
class Principal:
    """The authenticated user a command runs for."""

    user_id: UUID
    company_id: UUID
    unit_id: UUID
    name: str
    role: str
