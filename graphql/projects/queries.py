"""Query fields over the project list."""

import strawberry

from cronica.graphql.connection import Connection
from cronica.graphql.listing_fields import listing_connection, record_by_id
from cronica.graphql.projects.filters import ProjectFilter, ProjectOrder
from cronica.graphql.projects.types import Project
from cronica.projections.projects.rows import PROJECTS


@strawberry.type
class ProjectQueries:
    projects: Connection[Project] = listing_connection(
        PROJECTS,
        ProjectFilter,
        ProjectOrder,
        Project,
        description="The company's projects, the newest first unless ordered otherwise, a page "
        "at a time (20 by default).",
    )
    project: Project | None = record_by_id("projects", Project, PROJECTS, what="project")
