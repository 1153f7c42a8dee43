"""The root Query, merged from one class of fields per area (graphql/queries/). Every field reads
only the viewer's company, and first waits, when asked (`atLeastPosition` or the
X-Cronica-Position header), until the read models hold the viewer's own writes."""

from strawberry.tools import merge_types

from cronica.graphql.queries.incidents import IncidentQueries
from cronica.graphql.queries.notice_board import NoticeBoardQueries
from cronica.graphql.queries.timesheets import TimesheetQueries
from cronica.graphql.queries.viewer import ViewerQueries

Query = merge_types(
    "Query",
    (
        ViewerQueries,
        IncidentQueries,
        TimesheetQueries,
        NoticeBoardQueries,
    ),
)
