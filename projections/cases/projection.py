"""The case list's projection: a row when a case is opened, changed by each later event."""

from __future__ import annotations

from typing import Any

from cronica.domain.case import Case, CaseStatus
from cronica.projections.cases.rows import CASES, CASES_TABLE, CaseRow
from cronica.projections.projection import Projection
from cronica.projections.rows import insert_row, unit_moved, update_stamped, utc_text
from cronica.projections.store import Cursor


class CaseListProjection(Projection):
    """Rows of `cases`: each case as its latest event left it."""

    name = "cases"
    tables = ("cases",)
    ddl = (CASES_TABLE, *CASES.indexes())

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        if isinstance(event, Case.Opened):
            insert_row(cursor, "cases", _opened(event))
        elif (change := _change(event)) is not None:
            update_stamped(cursor, "cases", event, *change)


def _opened(event: Case.Opened) -> CaseRow:
    at = utc_text(event.timestamp)
    return CaseRow(
        id=str(event.originator_id),
        company_id=str(event.company_id),
        unit_id=str(event.unit_id),
        number=event.number,
        customer_id=str(event.customer_id),
        subject=event.subject,
        description=event.description,
        owner_id=str(event.owner_id),
        status=CaseStatus.OPEN.value,
        outcome=None,
        opened_at=at,
        updated_at=at,
        version=event.originator_version,
    )


def _change(event: Any) -> tuple[str, tuple[Any, ...]] | None:
    """The columns a case's later event sets (besides version and updated_at)."""
    if isinstance(event, Case.MovedToUnit):
        return unit_moved(event)
    if isinstance(event, Case.Renamed):
        return "subject = ?", (event.subject,)
    if isinstance(event, Case.Closed):
        return "status = ?, outcome = ?", (CaseStatus.CLOSED.value, event.outcome)
    if isinstance(event, Case.Reopened):
        return "status = ?, outcome = ?", (CaseStatus.OPEN.value, None)
    return None
