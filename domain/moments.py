"""Moments and ranges the domain is given: each moment must name one instant, so it carries its
time zone; a range ends after it starts."""

from __future__ import annotations

from datetime import datetime

from cronica.domain.errors import InvalidTimeRangeError, NaiveDateTimeError


def require_aware(moment: datetime | None, what: str) -> None:
    """Refuses a time without its time zone (no UTC offset): it names no instant. None (a time
    left out) passes."""
    if moment is not None and moment.utcoffset() is None:
        raise NaiveDateTimeError(f"{what} must carry its time zone, got {moment.isoformat()}")


def require_time_range(
    started_at: datetime, ended_at: datetime | None, what: str, end_field: str = "ended_at"
) -> None:
    """Refuses times without a time zone, and a range that does not end after it starts (the
    end, named `end_field`, is at fault). No end (an open range) passes."""
    require_aware(started_at, f"the start of {what}")
    require_aware(ended_at, f"the end of {what}")
    if ended_at is not None and ended_at <= started_at:
        raise InvalidTimeRangeError(f"{what} must end after it starts", field=end_field)
