"""The rows of the project list (`projects`): what a row holds, how it is filtered and ordered
(its columns), and the table they make."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, ClassVar

from cronica.domain.project import ProjectStatus
from cronica.projections.columns import column, create_table
from cronica.projections.listing import Listing
from cronica.projections.scope import business


@dataclass(frozen=True)
class ProjectRow:
    scoped_by: ClassVar = business("responsible_id")

    id: str
    company_id: str
    unit_id: str
    number: Annotated[str, column(filter="text", order=True)]
    customer_id: Annotated[str, column(filter="id")]
    contact_id: Annotated[str | None, column(filter="id")]
    name: Annotated[str, column(filter="text", order=True)]
    description: str
    starts_on: Annotated[str, column(filter="date", order=True)]
    target_on: Annotated[str, column(filter="date", order=True)]
    responsible_id: Annotated[str, column(filter="id")]
    status: Annotated[str, column(filter="enum", order=True, enum=ProjectStatus)]
    closing_note: str | None
    opened_at: Annotated[str, column(filter="time", order=True)]
    updated_at: Annotated[str, column(order=True)]
    version: int


PROJECTS: Listing[ProjectRow] = Listing.of(
    "projects", ProjectRow, default_order=[("openedAt", True)]
)

PROJECTS_TABLE = create_table("projects", ProjectRow)
