"""The opportunity list: one row per opportunity, as its latest event left it (see `rows`),
grouped into the sales pipeline by `pipeline`."""

from __future__ import annotations

from typing import Any

from cronica.domain.opportunity import Opportunity
from cronica.domain.opportunity_values import OpportunityStatus
from cronica.projections.opportunities.rows import (
    OPPORTUNITIES,
    OPPORTUNITIES_TABLE,
    OpportunityRow,
)
from cronica.projections.projection import Projection
from cronica.projections.rows import (
    PRIORITY_RANK,
    id_text,
    insert_row,
    unit_moved,
    update_stamped,
    utc_text,
)
from cronica.projections.store import Cursor

_DDL = (OPPORTUNITIES_TABLE, *OPPORTUNITIES.indexes())


class OpportunityListProjection(Projection):
    """Rows of `opportunities`: each opportunity as its latest event left it."""

    name = "opportunities"
    tables = ("opportunities",)
    ddl = _DDL

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        if isinstance(event, Opportunity.Created):
            row = _opened(event)
            insert_row(cursor, "opportunities", row, priority_rank=PRIORITY_RANK[row.priority])
        elif isinstance(event, Opportunity.Event) and (change := _change(event)) is not None:
            update_stamped(cursor, "opportunities", event, *change)


def _opened(event: Opportunity.Created) -> OpportunityRow:
    details, at = event.details, utc_text(event.timestamp)
    return OpportunityRow(
        id=id_text(event.originator_id),
        company_id=id_text(event.company_id),
        unit_id=id_text(event.unit_id),
        number=event.number,
        customer_id=id_text(event.customer_id),
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
    if isinstance(event, Opportunity.MovedToUnit):
        return unit_moved(event)
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
