"""The opportunity list: one row per opportunity, as its latest event left it, filtered, ordered
and paged by the GraphQL API (and grouped into the sales pipeline, `opportunity_pipeline`)."""

from __future__ import annotations

from dataclasses import astuple, dataclass, fields
from decimal import Decimal
from typing import Any

from cronica.domain.opportunity import Opportunity
from cronica.domain.opportunity_values import OpportunityStatus, amount_from_cents
from cronica.projections.listing import Listing
from cronica.projections.projection import Projection
from cronica.projections.rows import PRIORITY_RANK, update_stamped, utc_text
from cronica.projections.store import Cursor


@dataclass(frozen=True)
class OpportunityRow:
    """An opportunity; `amount_cents` is its expected amount in whole cents (None: not given),
    `open_actions` counts its commercial actions not done yet."""

    id: str
    company_id: str
    number: str
    customer_id: str
    contact_id: str | None
    agent_id: str | None
    type: str
    subject: str
    notes: str
    source: str | None
    priority: str
    status: str
    amount_cents: int | None
    expected_on: str | None
    next_contact_on: str | None
    lost_reason: str | None
    what_to_improve: str | None
    invoice_number: str | None
    open_actions: int
    created_at: str
    closed_at: str | None
    updated_at: str
    version: int

    @property
    def expected_amount(self) -> Decimal | None:
        return None if self.amount_cents is None else amount_from_cents(self.amount_cents)


_COLUMNS = [f.name for f in fields(OpportunityRow)]

OPPORTUNITY_FILTER_FIELDS: dict[str, str] = {
    "status": "status",
    "priority": "priority",
    "customerId": "customer_id",
    "agentId": "agent_id",
    "type": "type",
    "source": "source",
    "number": "number",
    "subject": "subject",
    "lostReason": "lost_reason",
    "createdAt": "created_at",
    "closedAt": "closed_at",
    "nextContactOn": "next_contact_on",
    "amount": "(amount_cents / 100.0)",  # the API speaks of amounts, the rows hold cents
}

# Missing values sort first on both databases (by default SQLite puts NULLs first and
# PostgreSQL last), so a page's rows are the same whichever holds them.
OPPORTUNITY_ORDER_FIELDS: dict[str, str] = {
    "createdAt": "created_at",
    "updatedAt": "updated_at",
    "number": "number",
    "priority": "priority_rank",  # low < normal < high < urgent, not alphabetical
    "status": "status",
    "amount": "COALESCE(amount_cents, -1)",
    "nextContactOn": "COALESCE(next_contact_on, '')",
    "closedAt": "COALESCE(closed_at, '')",
}

OPPORTUNITIES: Listing[OpportunityRow] = Listing(
    table="opportunities",
    row_type=OpportunityRow,
    filter_fields=OPPORTUNITY_FILTER_FIELDS,
    order_fields=OPPORTUNITY_ORDER_FIELDS,
    default_order=[("createdAt", True)],
)

_DDL = (
    "CREATE TABLE IF NOT EXISTS opportunities ("
    " id TEXT PRIMARY KEY, company_id TEXT NOT NULL, number TEXT NOT NULL,"
    " customer_id TEXT NOT NULL, contact_id TEXT, agent_id TEXT, type TEXT NOT NULL,"
    " subject TEXT NOT NULL, notes TEXT NOT NULL, source TEXT, priority TEXT NOT NULL,"
    " status TEXT NOT NULL, amount_cents INTEGER, expected_on TEXT, next_contact_on TEXT,"
    " lost_reason TEXT, what_to_improve TEXT, invoice_number TEXT,"
    " open_actions INTEGER NOT NULL, created_at TEXT NOT NULL, closed_at TEXT,"
    " updated_at TEXT NOT NULL, version INTEGER NOT NULL, priority_rank INTEGER NOT NULL)",
    *OPPORTUNITIES.indexes(),
)


class OpportunityListProjection(Projection):
    """Rows of `opportunities`: each opportunity as its latest event left it."""

    name = "opportunities"
    tables = ("opportunities",)
    ddl = _DDL

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        if isinstance(event, Opportunity.Created):
            row = _opened(event)
            cursor.execute(
                f"INSERT INTO opportunities ({', '.join(_COLUMNS)}, priority_rank) "
                f"VALUES ({', '.join('?' * (len(_COLUMNS) + 1))})",
                (*astuple(row), PRIORITY_RANK[row.priority]),
            )
        elif isinstance(event, Opportunity.Event) and (change := _change(event)) is not None:
            update_stamped(cursor, "opportunities", event, *change)


def _opened(event: Opportunity.Created) -> OpportunityRow:
    details, at = event.details, utc_text(event.timestamp)
    return OpportunityRow(
        id=str(event.originator_id),
        company_id=str(event.company_id),
        number=event.number,
        customer_id=str(event.customer_id),
        contact_id=str(event.contact_id) if event.contact_id else None,
        agent_id=str(event.agent_id) if event.agent_id else None,
        type=details["opportunity_type"],
        subject=details["subject"],
        notes=details["notes"],
        source=details["source"],
        priority=details["priority"],
        status=OpportunityStatus.NEW.value,
        amount_cents=details["expected_amount_cents"],
        expected_on=details["expected_on"],
        next_contact_on=None,
        lost_reason=None,
        what_to_improve=None,
        invoice_number=None,
        open_actions=0,
        created_at=at,
        closed_at=None,
        updated_at=at,
        version=event.originator_version,
    )


def _change(event: Opportunity.Event) -> tuple[str, tuple[Any, ...]] | None:
    """The columns an opportunity's later event sets (besides version and updated_at)."""
    if isinstance(event, Opportunity.Assigned):
        return "agent_id = ?", (str(event.agent_id),)
    if isinstance(event, Opportunity.ActionRecorded):
        return "open_actions = open_actions + ?", (0 if event.done else 1,)
    if isinstance(event, Opportunity.ActionMarkedDone):
        return "open_actions = open_actions - 1", ()
    if isinstance(event, Opportunity.FollowedUp):
        return "status = ?, next_contact_on = ?", (event.status, event.next_contact_on)
    at = utc_text(event.timestamp)
    if isinstance(event, Opportunity.ClosedAsWon):
        won = (OpportunityStatus.WON.value, event.invoice_number, at)
        return "status = ?, invoice_number = ?, next_contact_on = NULL, closed_at = ?", won
    if isinstance(event, Opportunity.Lost):
        lost = (OpportunityStatus.LOST.value, event.reason, event.what_to_improve, at)
        return (
            "status = ?, lost_reason = ?, what_to_improve = ?, next_contact_on = NULL,"
            " closed_at = ?",
            lost,
        )
    if isinstance(event, Opportunity.Reopened):
        return (
            "status = ?, invoice_number = NULL, lost_reason = NULL, what_to_improve = NULL,"
            " closed_at = NULL",
            (OpportunityStatus.WORKING.value,),
        )
    return None
