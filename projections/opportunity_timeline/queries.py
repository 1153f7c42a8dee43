"""Reading opportunity timelines."""

from __future__ import annotations

from collections.abc import Sequence

from cronica.projections.opportunities.rows import OpportunityRow
from cronica.projections.opportunity_timeline.rows import TIMELINE_COLUMNS, TimelineRow
from cronica.projections.rows import fetch_grouped
from cronica.projections.scope import Scope
from cronica.projections.store import ReadStore


def timelines_of(
    store: ReadStore, scope: Scope, opportunity_ids: Sequence[str]
) -> dict[str, list[TimelineRow]]:
    """The timeline of each opportunity the caller reads with these ids, oldest event first;
    every id asked for is a key (an unknown one's, or one out of scope, is empty)."""
    # An opportunity's timeline is read by whoever reads the opportunity.
    scoped, params = scope.of(OpportunityRow)
    within = (f"opportunity_id IN (SELECT id FROM opportunities WHERE {scoped})", params)
    return fetch_grouped(
        store,
        "opportunity_timeline",
        TIMELINE_COLUMNS,
        within,
        "opportunity_id",
        opportunity_ids,
        "version",
        TimelineRow,
    )
