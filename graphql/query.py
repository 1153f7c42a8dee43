"""The root Query, merged from one class of fields per area (the `queries` module of each
record's package). Every field reads only the viewer's company, and first waits, when asked
(`atLeastPosition` or the X-Cronica-Position header), until the read models hold the viewer's
own writes."""

from strawberry.tools import merge_types

from cronica.graphql.agenda.queries import AgendaQueries
from cronica.graphql.agent_activity.queries import AgentActivityQueries
from cronica.graphql.cases.queries import CaseQueries
from cronica.graphql.catalogues.queries import CatalogueQueries
from cronica.graphql.customers.queries import CustomerQueries
from cronica.graphql.emails.queries import EmailQueries
from cronica.graphql.incidents.queries import IncidentQueries
from cronica.graphql.messages.queries import InboxQueries
from cronica.graphql.node.queries import NodeQueries
from cronica.graphql.notices.board_queries import NoticeBoardQueries
from cronica.graphql.notices.queries import NoticeQueries
from cronica.graphql.operations.queries import OperationsQueries
from cronica.graphql.opportunities.queries import OpportunityQueries
from cronica.graphql.order_search.queries import OrderSearchQueries
from cronica.graphql.projects.queries import ProjectQueries
from cronica.graphql.records.queries import RecordQueries
from cronica.graphql.repair_orders.queries import RepairOrderQueries
from cronica.graphql.tasks.queries import TaskQueries
from cronica.graphql.timesheets.queries import TimesheetQueries
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
        OperationsQueries,
        ProjectQueries,
        CaseQueries,
        CatalogueQueries,
        EmailQueries,
        NodeQueries,
    ),
)
