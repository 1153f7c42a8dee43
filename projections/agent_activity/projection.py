"""Agent activity: one work item per record someone is responsible for, to count per agent what
is done and what is pending, and how long doing it took.

The agent of each kind of record, and what "done" means for it (the outcome the row keeps):

- incident: its assignee; done when closed (`closed`), at the time it was closed;
- repair_order: its scheduled technician (the latest slot's); done when delivered to the
  customer (`delivered`), at the delivery time given; opened when the article was received (the
  reception time given);
- task: its operator; done when closed (`closed`) or followed up into the next task
  (`followed_up`); a history note is done from the start (`recorded`): opened at its start and
  done at its end (or start); a cancelled task (`cancelled`) is neither done nor pending from then;
- opportunity: its agent; done when won (`won`) or lost (`lost`);
- notice: its recipient; done when resolved (`resolved`), at the resolution time given; opened
  when the call was taken.

Other times are the events' own. Reassigning a record moves its item to the new agent (it is his
work now); reopening it makes it pending again (its end is cleared and `reopened` counts up).
Records nobody is responsible for yet have an item with no agent, so that opening times are kept
for when someone takes them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from cronica.domain.incident import Incident
from cronica.domain.notice import Notice
from cronica.domain.opportunity import Opportunity
from cronica.domain.repair_order import RepairOrder
from cronica.domain.task import Task
from cronica.projections.agent_activity.rows import AGENT_WORK_DDL, CANCELLED, AgentWorkKind
from cronica.projections.projection import Projection
from cronica.projections.rows import id_text, utc_text
from cronica.projections.store import Cursor
from cronica.projections.transaction_memo import TransactionMemo

# Each kind's first event, and its agent (if it has one from the start) and opening time; a
# history note (Task.Recorded) is opened and done at once.
_Opening = tuple[AgentWorkKind, Callable[[Any], Any], Callable[[Any], datetime]]
_OPENINGS: dict[type[Any], _Opening] = {
    Incident.Created: (AgentWorkKind.INCIDENT, lambda e: None, lambda e: e.timestamp),
    RepairOrder.Received: (
        AgentWorkKind.REPAIR_ORDER,
        lambda e: None,
        lambda e: datetime.fromisoformat(e.reception["received_at"]),
    ),
    Task.Planned: (AgentWorkKind.TASK, lambda e: e.operator_id, lambda e: e.timestamp),
    Opportunity.Created: (AgentWorkKind.OPPORTUNITY, lambda e: e.agent_id, lambda e: e.timestamp),
    Notice.Logged: (AgentWorkKind.NOTICE, lambda e: e.recipient_id, lambda e: e.taken_at),
}
# The events that hand a record to an agent, and who that is.
_AGENTS: dict[type[Any], Callable[[Any], Any]] = {
    Incident.Assigned: lambda e: e.technician_id,
    RepairOrder.Scheduled: lambda e: e.technician_id,
    Task.TakenInCharge: lambda e: e.operator_id,
    Task.Reassigned: lambda e: e.operator_id,
    Opportunity.Assigned: lambda e: e.agent_id,
    Notice.Forwarded: lambda e: e.recipient_id,
}
# The events that end an item: its outcome, and when it ended.
_ENDINGS: dict[type[Any], tuple[str, Callable[[Any], datetime]]] = {
    Incident.Closed: ("closed", lambda e: e.timestamp),
    RepairOrder.Delivered: ("delivered", lambda e: e.delivered_at),
    Task.Closed: ("closed", lambda e: e.timestamp),
    Task.FollowedUp: ("followed_up", lambda e: e.timestamp),
    Task.Cancelled: (CANCELLED, lambda e: e.timestamp),
    Opportunity.ClosedAsWon: ("won", lambda e: e.timestamp),
    Opportunity.Lost: ("lost", lambda e: e.timestamp),
    Notice.Resolved: ("resolved", lambda e: e.resolved_at),
}
_REOPENINGS = (
    Incident.Reopened,
    RepairOrder.Reopened,
    Task.Reopened,
    Opportunity.Reopened,
    Notice.Reopened,
)


class AgentActivityProjection(Projection):
    """Rows of `agent_work_items`: each record's agent, when it was opened and how it ended."""

    name = "agent_activity"
    tables = ("agent_work_items",)
    ddl = AGENT_WORK_DDL

    def __init__(self) -> None:
        # When each item written in this transaction opened (written once, never changed).
        self._opened_at: TransactionMemo[str, str] = TransactionMemo()

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        record_id = id_text(event.originator_id)
        event_type = type(event)
        if event_type in _OPENINGS:
            kind, agent_of, opened_at = _OPENINGS[event_type]
            self._open(cursor, event, kind, agent_of(event), opened_at(event))
        elif isinstance(event, Task.Recorded):
            self._open(cursor, event, AgentWorkKind.TASK, event.operator_id, event.starts_at)
            self._end(cursor, record_id, "recorded", event.ends_at or event.starts_at)
        elif event_type in _AGENTS:
            cursor.execute(
                "UPDATE agent_work_items SET agent_id = ? WHERE id = ?",
                (str(_AGENTS[event_type](event)), record_id),
            )
        elif event_type in _ENDINGS:
            outcome, ended_at = _ENDINGS[event_type]
            self._end(cursor, record_id, outcome, ended_at(event))
        elif event_type in _REOPENINGS:
            cursor.execute(
                "UPDATE agent_work_items SET ended_at = NULL, outcome = NULL,"
                " resolution_seconds = NULL, reopened = reopened + 1 WHERE id = ?",
                (record_id,),
            )

    def _open(
        self, cursor: Cursor, event: Any, kind: AgentWorkKind, agent_id: Any, opened_at: datetime
    ) -> None:
        record_id, opened = id_text(event.originator_id), utc_text(opened_at)
        cursor.execute(
            "INSERT INTO agent_work_items (id, company_id, kind, agent_id, opened_at, reopened)"
            " VALUES (?, ?, ?, ?, ?, 0)",
            (
                record_id,
                id_text(event.company_id),
                kind.value,
                str(agent_id) if agent_id else None,
                opened,
            ),
        )
        self._opened_at.of(cursor)[record_id] = opened

    def _end(self, cursor: Cursor, record_id: str, outcome: str, ended_at: datetime) -> None:
        """Ends the item; a done one (not a cancelled one) also keeps how long it took."""
        opened = self._opened_at.of(cursor).get(record_id)
        if opened is None:
            cursor.execute("SELECT opened_at FROM agent_work_items WHERE id = ?", (record_id,))
            row = cursor.fetchone()
            assert row is not None, f"record {record_id} ended before it was opened"
            opened = row["opened_at"]
        took = ended_at - datetime.fromisoformat(opened)
        seconds = None if outcome == CANCELLED else int(took.total_seconds())
        cursor.execute(
            "UPDATE agent_work_items SET ended_at = ?, outcome = ?, resolution_seconds = ?"
            " WHERE id = ?",
            (utc_text(ended_at), outcome, seconds, record_id),
        )
