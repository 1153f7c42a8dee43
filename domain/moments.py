"""Moments the domain is given: each must name one instant, so it carries its time zone."""

from __future__ import annotations

from datetime import datetime

from cronica.domain.errors import NaiveDateTimeError


def require_aware(moment: datetime | None, what: str) -> None:
    """Refuses a time without its time zone (no UTC offset): it names no instant. None (a time
    left out) passes."""
    if moment is not None and moment.utcoffset() is None:
        raise NaiveDateTimeError(f"{what} must carry its time zone, got {moment.isoformat()}")
