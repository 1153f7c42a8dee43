"""The case list's projection: a row when a case is opened, changed by each later event."""

from __future__ import annotations

from typing import Any

from cronica.domain.case import Case, CaseStatus
from cronica.projections.cases.rows import CASES, CASES_TABLE, CaseRow
from cronica.projections.record_list import RecordListProjection
from cronica.projections.rows import id_text, unit_moved, utc_text


class CaseListProjection(RecordListProjection):
    """Rows of `cases`: each case as its latest event left it."""

    name = "cases"
    tables = ("cases",)
    ddl = (CASES_TABLE, *CASES.indexes())
    table = "cases"
    first_event = Case.Opened

    def row_of(self, event: Any) -> Any:
        return _opened(event)

    def change(self, event: Any) -> tuple[str, tuple[Any, ...]] | None:
        return _change(event)


def _opened(event: Case.Opened) -> CaseRow:
    at = utc_text(event.timestamp)
    return CaseRow(
        id=id_text(event.originator_id),
        company_id=id_text(event.company_id),
        unit_id=id_text(event.unit_id),
        number=event.number,
        customer_id=id_text(event.customer_id),
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
