"""Query fields over the incident list."""

import strawberry

from cronica.graphql.connection import Connection
from cronica.graphql.incidents.filters import IncidentFilter, IncidentOrder
from cronica.graphql.incidents.types import Incident
from cronica.graphql.listing_fields import listing_connection, record_by_id
from cronica.projections.incidents.rows import INCIDENTS


@strawberry.type
class IncidentQueries:
    incidents: Connection[Incident] = listing_connection(
        INCIDENTS,
        IncidentFilter,
        IncidentOrder,
        Incident,
        description="The company's incidents, a page at a time (20 by default).",
    )
    incident: Incident | None = record_by_id("incidents", Incident, INCIDENTS, what="incident")
