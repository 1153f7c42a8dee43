"""The rows of opportunity timelines (`opportunity_timeline`): one per event of an opportunity,
and the kinds of event they name."""

from __future__ import annotations

from dataclasses import dataclass, fields
from uuid import NAMESPACE_URL, UUID, uuid5

OPENED, ASSIGNED, FOLLOWED_UP, WON, LOST, REOPENED = (
    "opened",
    "assigned",
    "followed_up",
    "won",
    "lost",
    "reopened",
)
ACTION_RECORDED, ACTION_DONE = "action_recorded", "action_done"


@dataclass(frozen=True)
class TimelineRow:
    """One event of an opportunity. `status_before` is None for the event that opened it;
    `details` is JSON text of what the event says besides its comment (an action's kind, an
    invoice number...)."""

    id: str
    company_id: str
    opportunity_id: str
    version: int
    kind: str
    actor_id: str
    at: str
    status_before: str | None
    status_after: str
    comment: str | None
    next_contact_on: str | None
    details: str


TIMELINE_COLUMNS = [f.name for f in fields(TimelineRow)]

TIMELINE_DDL = (
    "CREATE TABLE IF NOT EXISTS opportunity_timeline ("
    " id TEXT PRIMARY KEY, company_id TEXT NOT NULL, opportunity_id TEXT NOT NULL,"
    " version INTEGER NOT NULL, kind TEXT NOT NULL, actor_id TEXT NOT NULL, at TEXT NOT NULL,"
    " status_before TEXT, status_after TEXT NOT NULL, comment TEXT, next_contact_on TEXT,"
    " details TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS opportunity_timeline_versions"
    " ON opportunity_timeline (opportunity_id, version)",
    "CREATE TABLE IF NOT EXISTS opportunity_timeline_actions ("
    " id TEXT PRIMARY KEY, description TEXT NOT NULL)",
)


def timeline_entry_id_for(opportunity_id: UUID | str, version: int) -> str:
    """Stable across rebuilds: derived from the event (the opportunity's version)."""
    return str(uuid5(NAMESPACE_URL, f"cronica:opportunity-timeline:{opportunity_id}:{version}"))
