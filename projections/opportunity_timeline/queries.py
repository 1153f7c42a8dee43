"""Reading opportunity timelines."""

from __future__ import annotations

from collections.abc import Sequence

from cronica.projections.opportunity_timeline.rows import TIMELINE_COLUMNS, TimelineRow
from cronica.projections.rows import fetch_grouped
from cronica.projections.store import ReadStore


def timelines_of(
    store: ReadStore, company_id: str, opportunity_ids: Sequence[str]
) -> dict[str, list[TimelineRow]]:
    """The timeline of each of the company's opportunities with these ids, oldest event first;
    every id asked for is a key (an unknown one's timeline is empty)."""
    return fetch_grouped(
        store,
        "opportunity_timeline",
        TIMELINE_COLUMNS,
        company_id,
        "opportunity_id",
        opportunity_ids,
        "version",
        TimelineRow,
    )
