"""Opportunity timelines: one row per event of each opportunity, saying who did what and when,
the status before and after, the comment it came with and the next contact date.

Everything comes from the opportunity's own events: the status before an event is the status
after the previous one (this projection's own previous row), and the description of an action
marked done comes from this projection's own record of the actions.
"""

from __future__ import annotations

import json
from dataclasses import astuple, dataclass, field
from typing import Any

from cronica.domain.opportunity import Opportunity
from cronica.domain.opportunity_values import OpportunityStatus
from cronica.projections.opportunity_timeline.rows import (
    ACTION_DONE,
    ACTION_RECORDED,
    ASSIGNED,
    FOLLOWED_UP,
    LOST,
    OPENED,
    REOPENED,
    TIMELINE_COLUMNS,
    TIMELINE_DDL,
    WON,
    TimelineRow,
    timeline_entry_id_for,
)
from cronica.projections.projection import Projection
from cronica.projections.rows import id_text, utc_text
from cronica.projections.store import Cursor
from cronica.projections.transaction_memo import TransactionMemo


@dataclass(frozen=True)
class _Entry:
    """What one event adds to the timeline; `status` None leaves the status as it was."""

    kind: str
    status: str | None = None
    comment: str | None = None
    next_contact_on: str | None = None
    details: dict[str, Any] = field(default_factory=dict)


class OpportunityTimelineProjection(Projection):
    """Rows of `opportunity_timeline`, plus the description of every commercial action."""

    name = "opportunity_timeline"
    tables = ("opportunity_timeline", "opportunity_timeline_actions")
    ddl = TIMELINE_DDL

    def __init__(self) -> None:
        # The status after the last entry written in this transaction, per opportunity: its
        # events come in version order, so that entry is the one of the highest version.
        self._status: TransactionMemo[str, str] = TransactionMemo()

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        entry = _entry(cursor, event) if isinstance(event, Opportunity.Event) else None
        if entry is None:
            return
        opportunity_id = id_text(event.originator_id)
        statuses = self._status.of(cursor)
        before = statuses.get(opportunity_id)
        if before is None:
            cursor.execute(
                "SELECT status_after FROM opportunity_timeline WHERE opportunity_id = ?"
                " ORDER BY version DESC LIMIT 1",
                (opportunity_id,),
            )
            previous = cursor.fetchone()
            before = previous["status_after"] if previous else None
        row = TimelineRow(
            id=timeline_entry_id_for(opportunity_id, event.originator_version),
            company_id=id_text(event.company_id),
            opportunity_id=opportunity_id,
            version=event.originator_version,
            kind=entry.kind,
            actor_id=event.actor_id,
            at=utc_text(event.timestamp),
            status_before=before,
            status_after=entry.status or before or OpportunityStatus.NEW.value,
            comment=entry.comment,
            next_contact_on=entry.next_contact_on,
            details=json.dumps(entry.details, sort_keys=True),
        )
        cursor.execute(
            f"INSERT INTO opportunity_timeline ({', '.join(TIMELINE_COLUMNS)})"
            f" VALUES ({', '.join('?' * len(TIMELINE_COLUMNS))})",
            astuple(row),
        )
        statuses[opportunity_id] = row.status_after


def _entry(cursor: Cursor, event: Opportunity.Event) -> _Entry | None:
    """The timeline's view of one event (an action recorded is also remembered here)."""
    if isinstance(event, Opportunity.Created):
        details = {
            **event.details,
            "customer_id": id_text(event.customer_id),
            "contact_id": str(event.contact_id) if event.contact_id else None,
            "agent_id": str(event.agent_id) if event.agent_id else None,
        }
        notes = event.details["notes"] or None
        return _Entry(OPENED, OpportunityStatus.NEW.value, notes, details=details)
    if isinstance(event, Opportunity.Assigned):
        return _Entry(ASSIGNED, details={"agent_id": str(event.agent_id)})
    if isinstance(event, Opportunity.ActionRecorded):
        action_id = str(event.action_id)
        cursor.execute(
            "INSERT INTO opportunity_timeline_actions (id, description) VALUES (?, ?)",
            (action_id, event.description),
        )
        details = {"action_id": action_id, "action_kind": event.kind, "done": event.done}
        return _Entry(ACTION_RECORDED, comment=event.description, details=details)
    if isinstance(event, Opportunity.ActionMarkedDone):
        action_id = str(event.action_id)
        cursor.execute(
            "SELECT description FROM opportunity_timeline_actions WHERE id = ?", (action_id,)
        )
        action = cursor.fetchone()
        description = action["description"] if action else None
        return _Entry(ACTION_DONE, comment=description, details={"action_id": action_id})
    if isinstance(event, Opportunity.FollowedUp):
        return _Entry(FOLLOWED_UP, event.status, event.comment, event.next_contact_on)
    if isinstance(event, Opportunity.ClosedAsWon):
        details = {"invoice_number": event.invoice_number}
        return _Entry(WON, OpportunityStatus.WON.value, details=details)
    if isinstance(event, Opportunity.Lost):
        details = {"reason": event.reason, "what_to_improve": event.what_to_improve}
        return _Entry(LOST, OpportunityStatus.LOST.value, event.reason, details=details)
    if isinstance(event, Opportunity.Reopened):
        return _Entry(REOPENED, OpportunityStatus.WORKING.value, event.reason)
    return None
