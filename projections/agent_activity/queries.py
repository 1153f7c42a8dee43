"""Agent activity figures: per agent and period, what was done, what is pending, and how long
doing it took on average, by kind of record (read from the work items, `rows`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from cronica.projections.agent_activity.rows import CANCELLED, AgentWorkItemRow, AgentWorkKind
from cronica.projections.rows import utc_text
from cronica.projections.scope import Scope
from cronica.projections.store import ReadStore


@dataclass(frozen=True)
class KindActivity:
    """One agent's figures for one kind of record."""

    kind: str
    done: int
    """Items done within the period."""
    pending: int
    """Items opened before the period's end and not ended by then."""
    resolution_seconds: int
    """The time the done items took, from opening to done, added up."""
    reopened: int
    """How many times the items done or pending were reopened (work done again)."""

    @property
    def average_resolution_minutes(self) -> float | None:
        return average_minutes(self.resolution_seconds, self.done)


@dataclass(frozen=True)
class AgentActivity:
    """One agent's figures, in total and by kind (only kinds with figures, in the order of
    `AgentWorkKind`)."""

    agent_id: str
    kinds: list[KindActivity]

    @property
    def done(self) -> int:
        return sum(kind.done for kind in self.kinds)

    @property
    def pending(self) -> int:
        return sum(kind.pending for kind in self.kinds)

    @property
    def reopened(self) -> int:
        return sum(kind.reopened for kind in self.kinds)

    @property
    def average_resolution_minutes(self) -> float | None:
        return average_minutes(sum(kind.resolution_seconds for kind in self.kinds), self.done)


def average_minutes(seconds: int, items: int) -> float | None:
    """None when nothing was done (there is no average)."""
    return seconds / items / 60 if items else None


def agent_activity(
    store: ReadStore,
    scope: Scope,
    since: datetime,
    until: datetime,
    agent_ids: Sequence[str] | None = None,
    kinds: Sequence[str] | None = None,
) -> list[AgentActivity]:
    """The figures of every agent whose work the caller reads with something done or pending in
    [since, until), or only of `agent_ids` and only for `kinds` when given; the most done first.
    Pending counts the items as they stand now: an item done and then reopened after the period
    counts as pending in it."""
    if (agent_ids is not None and not agent_ids) or (kinds is not None and not kinds):
        return []
    start, end = utc_text(since), utc_text(until)
    done_params = (CANCELLED, start, end)
    where, params = "", list[str]()
    for column, values in (("agent_id", agent_ids), ("kind", kinds)):
        if values is not None:
            where += f" AND {column} IN ({', '.join('?' * len(values))})"
            params.extend(values)
    scoped, scoped_params = scope.of(AgentWorkItemRow)
    done = "(outcome <> ? AND ended_at >= ? AND ended_at < ?)"
    pending = "(ended_at IS NULL OR ended_at >= ?)"
    rows = store.query(
        f"SELECT agent_id, kind, SUM(CASE WHEN {done} THEN 1 ELSE 0 END) AS done,"
        f" SUM(CASE WHEN {done} THEN resolution_seconds ELSE 0 END) AS seconds,"
        f" SUM(CASE WHEN {pending} THEN 1 ELSE 0 END) AS pending,"
        f" SUM(CASE WHEN {done} OR {pending} THEN reopened ELSE 0 END) AS reopened"
        " FROM agent_work_items"
        f" WHERE {scoped} AND agent_id IS NOT NULL AND opened_at < ?{where}"
        " GROUP BY agent_id, kind",
        (*done_params, *done_params, end, *done_params, end, *scoped_params, end, *params),
    )
    by_agent: dict[str, list[KindActivity]] = {}
    for row in sorted(rows, key=lambda row: list(AgentWorkKind).index(row["kind"])):
        if row["done"] or row["pending"]:
            figures = KindActivity(
                row["kind"], row["done"], row["pending"], row["seconds"], row["reopened"]
            )
            by_agent.setdefault(row["agent_id"], []).append(figures)
    activities = [AgentActivity(agent_id, each) for agent_id, each in by_agent.items()]
    return sorted(activities, key=lambda a: (-a.done, -a.pending, a.agent_id))
