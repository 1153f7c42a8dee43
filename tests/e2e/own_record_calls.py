"""Shorthands for the stories of timesheet lines and agenda entries over HTTP: bodies to start
from, and acting as another user."""

from __future__ import annotations

from cronica.commands.identity import NewUser

LINE = {
    "workCentre": "Valencia",
    "department": "Workshop",
    "startedAt": "2025-03-03T09:00:00+01:00",
    "endedAt": "2025-03-03T11:00:00+01:00",
    "description": "Stocktaking of spare parts",
}
ENTRY = {
    "startsAt": "2025-03-04T10:00:00+01:00",
    "endsAt": "2025-03-04T11:00:00+01:00",
    "title": "Visit Talleres Pérez",
}


def as_user(user: NewUser) -> dict[str, str]:
    """The headers to act as `user` (spelled for `CommandApi.post(**headers)`)."""
    return {"Authorization": f"Bearer {user.token}"}
