"""The root Query, merged from one class of fields per area (graphql/queries/). Every field reads
only the viewer's company, and first waits, when asked (`atLeastPosition` or the
X-Cronica-Position header), until the read models hold the viewer's own writes."""

from strawberry.tools import merge_types

from cronica.graphql.customers.queries import CustomerQueries
from cronica.graphql.messages.queries import InboxQueries
from cronica.graphql.queries.agenda import AgendaQueries
from cronica.graphql.queries.agent_activity import AgentActivityQueries
from cronica.graphql.queries.incidents import IncidentQueries
from cronica.graphql.queries.notice_board import NoticeBoardQueries
from cronica.graphql.queries.notices import NoticeQueries
from cronica.graphql.queries.opportunities import OpportunityQueries
from cronica.graphql.queries.order_search import OrderSearchQueries
from cronica.graphql.queries.records import RecordQueries
from cronica.graphql.queries.repair_orders import RepairOrderQueries
from cronica.graphql.queries.timesheets import TimesheetQueries
from cronica.graphql.tasks.queries import TaskQueries
from cronica.graphql.users.queries import ViewerQueries

Query = merge_types(
    "Query",
    (
        ViewerQueries,
        IncidentQueries,
        OpportunityQueries,
        TimesheetQueries,
        NoticeBoardQueries,
        NoticeQueries,
        InboxQueries,
        CustomerQueries,
        RecordQueries,
        AgentActivityQueries,
        TaskQueries,
        AgendaQueries,
        RepairOrderQueries,
        OrderSearchQueries,
    ),
)
