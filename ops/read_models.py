"""Every read model of Cronica, by name, with where its projection class is defined: so that
`cronica rebuild --list` names them without importing one (importing them all takes ~0.5 s).
A read model's name is also its projection's `name`; `all_projections` refuses a mismatch."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported by each projection's module; `--list` needs none of them
    from cronica.projections.projection import Projection

READ_MODELS: dict[str, str] = {
    "users": "cronica.projections.users.projection:UserDirectoryProjection",
    "customers": "cronica.projections.customers.projection:CustomerDirectoryProjection",
    "incidents": "cronica.projections.incidents.projection:IncidentListProjection",
    "notice_board": "cronica.projections.notice_board.projection:NoticeBoardProjection",
    "timesheets": "cronica.projections.timesheets.projection:TimesheetProjection",
    "agent_activity": "cronica.projections.agent_activity.projection:AgentActivityProjection",
    "notices": "cronica.projections.notices.projection:NoticeListProjection",
    "messages": "cronica.projections.messages.projection:MessageListProjection",
    "opportunities": "cronica.projections.opportunities.projection:OpportunityListProjection",
    "opportunity_timeline": (
        "cronica.projections.opportunity_timeline.projection:OpportunityTimelineProjection"
    ),
    "tasks": "cronica.projections.tasks.projection:TaskListProjection",
    "repair_orders": "cronica.projections.repair_orders.projection:RepairOrderListProjection",
    "order_search": "cronica.projections.order_search.projection:OrderSearchProjection",
    "agenda": "cronica.projections.agenda.projection:AgendaProjection",
    "projects": "cronica.projections.projects.projection:ProjectListProjection",
    "cases": "cronica.projections.cases.projection:CaseListProjection",
    "catalogues": "cronica.projections.catalogues.projection:CatalogueProjection",
    "emails": "cronica.projections.emails.projection:EmailListProjection",
}
"""In the order the runner applies a batch to them (and locks their positions)."""


class ReadModelNameError(Exception):
    """Raised when a projection's `name` is not the name `READ_MODELS` lists it under."""


def all_projections() -> list[Projection]:
    projections = []
    for name, topic in READ_MODELS.items():
        module, _, class_name = topic.partition(":")
        projection: Projection = getattr(import_module(module), class_name)()
        if projection.name != name:
            raise ReadModelNameError(f"{topic} is named {projection.name!r}, listed as {name!r}")
        projections.append(projection)
    return projections
