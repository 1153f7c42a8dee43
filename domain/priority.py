"""How urgent a record is: incidents, opportunities and repair orders share one scale (stored as
its plain value)."""

from __future__ import annotations

from enum import StrEnum


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"
