"""The project list's projection: a row when a project is opened, changed by each later event."""

from __future__ import annotations

from typing import Any

from cronica.domain.project import Project, ProjectStatus
from cronica.projections.projects.rows import PROJECTS, PROJECTS_TABLE, ProjectRow
from cronica.projections.record_list import RecordListProjection
from cronica.projections.rows import id_text, unit_moved, utc_text


class ProjectListProjection(RecordListProjection):
    """Rows of `projects`: each project as its latest event left it."""

    name = "projects"
    tables = ("projects",)
    ddl = (PROJECTS_TABLE, *PROJECTS.indexes())
    table = "projects"
    first_event = Project.Opened

    def row_of(self, event: Any) -> Any:
        return _opened(event)

    def change(self, event: Any) -> tuple[str, tuple[Any, ...]] | None:
        return _change(event)


def _opened(event: Project.Opened) -> ProjectRow:
    at = utc_text(event.timestamp)
    return ProjectRow(
        id=id_text(event.originator_id),
        company_id=id_text(event.company_id),
        unit_id=id_text(event.unit_id),
        number=event.number,
        customer_id=id_text(event.customer_id),
        contact_id=str(event.contact_id) if event.contact_id else None,
        name=event.name,
        description=event.description,
        starts_on=event.starts_on,
        target_on=event.target_on,
        responsible_id=str(event.responsible_id),
        status=ProjectStatus.OPEN.value,
        closing_note=None,
        opened_at=at,
        updated_at=at,
        version=event.originator_version,
    )


def _change(event: Any) -> tuple[str, tuple[Any, ...]] | None:
    """The columns a project's later event sets (besides version and updated_at)."""
    if isinstance(event, Project.MovedToUnit):
        return unit_moved(event)
    if isinstance(event, Project.Renamed):
        return "name = ?", (event.name,)
    if isinstance(event, Project.Redescribed):
        return "description = ?", (event.description,)
    if isinstance(event, Project.Rescheduled):
        return "starts_on = ?, target_on = ?", (event.starts_on, event.target_on)
    if isinstance(event, Project.ResponsibleReassigned):
        return "responsible_id = ?", (str(event.responsible_id),)
    if isinstance(event, Project.Closed):
        return "status = ?, closing_note = ?", (event.outcome, event.note)
    if isinstance(event, Project.Reopened):
        return "status = ?, closing_note = ?", (ProjectStatus.OPEN.value, None)
    return None
