"""`node(id)` and `nodes(ids)`: any record by its global id, whatever its kind.

The kind is read from the event store (the class of the record's first event; a customer's
contact and a line of work done on a record are kept under no id of their own there); the record
itself from its kind's read model, through the request's DataLoader, within the viewer's scope
(a record they may not see is null, as an unknown id). A page of ids costs one event store hop
and one query per kind among them.
"""

import asyncio
from dataclasses import dataclass
from typing import Annotated, Any
from uuid import UUID

import strawberry

from cronica.graphql.agenda.types import AgendaEntry
from cronica.graphql.arguments import AtLeastPosition
from cronica.graphql.cases.types import Case
from cronica.graphql.catalogues.types import Catalogue
from cronica.graphql.context import Info
from cronica.graphql.customers.parts import Contact
from cronica.graphql.customers.types import Customer
from cronica.graphql.emails.types import Email
from cronica.graphql.errors import InvalidArgumentError
from cronica.graphql.incidents.types import Incident
from cronica.graphql.messages.message import Message
from cronica.graphql.node.types import Node
from cronica.graphql.notices.types import Notice
from cronica.graphql.opportunities.types import Opportunity
from cronica.graphql.paging import checked_size
from cronica.graphql.projects.types import Project
from cronica.graphql.read_rules import read_rule
from cronica.graphql.repair_orders.types import RepairOrder
from cronica.graphql.tasks.types import Task
from cronica.graphql.timesheets.types import TimesheetLine
from cronica.graphql.users.types import BusinessUnit, Company, User


@dataclass(frozen=True)
class NodeKind:
    """How one kind of record is refetched: the request's loader of its rows, and its type."""

    loader: str
    node: Any


NODE_KINDS: dict[str, NodeKind] = {
    "Incident": NodeKind("incidents", Incident),
    "RepairOrder": NodeKind("repair_orders", RepairOrder),
    "Opportunity": NodeKind("opportunities", Opportunity),
    "Task": NodeKind("tasks", Task),
    "Notice": NodeKind("notices", Notice),
    "Customer": NodeKind("customers", Customer),
    "Contact": NodeKind("contacts", Contact),
    "User": NodeKind("users", User),
    "BusinessUnit": NodeKind("units", BusinessUnit),
    "Project": NodeKind("projects", Project),
    "Case": NodeKind("cases", Case),
    "Email": NodeKind("emails", Email),
    "InternalMessage": NodeKind("messages", Message),
    "TimesheetEntry": NodeKind("timesheet_lines", TimesheetLine),
    "AgendaEntry": NodeKind("agenda_entries", AgendaEntry),
    "Catalogue": NodeKind("catalogues", Catalogue),
    "Company": NodeKind("companies", Company),
}
"""Every kind of record `node` answers, by the class name its events are stored under."""
PARTS = (NODE_KINDS["Contact"], NODE_KINDS["TimesheetEntry"])
"""What an id nothing is stored under may still be: a contact kept among a customer's parts
(one met without a customer is a record of its own), or a timesheet line of an incident's
follow-up or a repair order's work (one added by hand is a TimesheetEntry)."""

GlobalIds = Annotated[
    list[strawberry.ID], strawberry.argument(description="At most 100 global ids.")
]


@strawberry.type
class NodeQueries:
    @strawberry.field(
        extensions=read_rule(None),
        description="Any record of the company by its global id (`id` of every Node); null "
        "if there is none (or you may not see it).",
    )
    async def node(
        self, info: Info, id: strawberry.ID, at_least_position: AtLeastPosition = None
    ) -> Node | None:
        await info.context.read_after(at_least_position)
        return await _node(info, id)

    @strawberry.field(
        extensions=read_rule(None),
        description="Records by their global ids, in the order given; null for each that is "
        "none (or you may not see).",
    )
    async def nodes(
        self, info: Info, ids: GlobalIds, at_least_position: AtLeastPosition = None
    ) -> list[Node | None]:
        checked_size("ids", len(ids))
        await info.context.read_after(at_least_position)
        return list(await asyncio.gather(*(_node(info, id_) for id_ in ids)))


async def _node(info: Info, global_id: str) -> Node | None:
    try:
        UUID(global_id)
    except ValueError:
        raise InvalidArgumentError(f"{global_id!r} is not a global id") from None
    loaders = info.context.loaders
    stored = await loaders.kinds.load(global_id)
    kinds = PARTS if stored is None else (NODE_KINDS[stored],) if stored in NODE_KINDS else ()
    for kind in kinds:
        row = await getattr(loaders, kind.loader).load(global_id)
        if row:
            found: Node = kind.node.from_row(row)
            return found
    return None
