"""The rows of agent activity (`agent_work_items`): one work item per record someone is
responsible for, its kind, its agent, when it was opened and how it ended."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from cronica.projections.columns import create_table
from cronica.projections.scope import work


class AgentWorkKind(StrEnum):
    """The kinds of record an agent is responsible for, in the order figures list them."""

    INCIDENT = "incident"
    REPAIR_ORDER = "repair_order"
    TASK = "task"
    OPPORTUNITY = "opportunity"
    NOTICE = "notice"


CANCELLED = "cancelled"
"""The one outcome that ends an item without it being done."""


@dataclass(frozen=True)
class AgentWorkItemRow:
    """A record (`id`) of a kind, its agent (null: nobody yet), and its end: when, with which
    outcome, and how long doing it took (null while pending, and for a cancelled item);
    `reopened` counts the times it was made pending again."""

    scoped_by: ClassVar = work("agent_id")

    id: str
    company_id: str
    kind: str
    agent_id: str | None
    opened_at: str
    ended_at: str | None
    outcome: str | None
    resolution_seconds: int | None
    reopened: int


AGENT_WORK_DDL = (
    create_table("agent_work_items", AgentWorkItemRow),
    "CREATE INDEX IF NOT EXISTS agent_work_items_agent"
    " ON agent_work_items (company_id, agent_id, opened_at)",
    "CREATE INDEX IF NOT EXISTS agent_work_items_ended ON agent_work_items (company_id, ended_at)",
)
