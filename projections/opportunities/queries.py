"""The sales pipeline: the opportunity list's rows grouped by status, agent, type or source, with
how many are open, won and lost, what they are worth, and why the lost ones were lost.

The store does the grouping (SQL GROUP BY); the same filter as the list applies, plus an optional
range of creation times.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from cronica.domain.opportunity_values import OpportunityStatus, amount_from_cents
from cronica.projections.filtering import AllOf, Condition, Filter, compile_filter
from cronica.projections.opportunities.rows import OPPORTUNITIES, OpportunityRow
from cronica.projections.rows import with_text_times
from cronica.projections.scope import Scope
from cronica.projections.store import ReadStore

GroupBy = Literal["status", "agent", "type", "source"]

GROUP_COLUMNS: dict[GroupBy, str] = {
    "status": "status",
    "agent": "agent_id",
    "type": "type",
    "source": "source",
}

WON, LOST = OpportunityStatus.WON.value, OpportunityStatus.LOST.value


@dataclass(frozen=True)
class LostReasonCount:
    reason: str
    count: int


@dataclass(frozen=True)
class PipelineGroup:
    """The opportunities sharing one value of the grouping column (`key`; None when they have
    none: no agent, no source). Amounts are whole cents of the expected amounts given."""

    key: str | None
    count: int
    open: int
    won: int
    lost: int
    amount_cents: int
    won_amount_cents: int
    lost_reasons: list[LostReasonCount]

    @property
    def amount(self) -> Decimal:
        return amount_from_cents(self.amount_cents)

    @property
    def won_amount(self) -> Decimal:
        return amount_from_cents(self.won_amount_cents)


def opportunity_pipeline(
    store: ReadStore,
    scope: Scope,
    group_by: GroupBy,
    filter_: Filter | None = None,
    created_from: datetime | None = None,
    created_before: datetime | None = None,
) -> list[PipelineGroup]:
    """The opportunities the caller reads matching the filter and created in [`created_from`,
    `created_before`) (either bound optional), one group per value of `group_by`; groups
    without a value first, then by value. Lost reasons are ordered most frequent first."""
    column = GROUP_COLUMNS[group_by]
    where, params = _where(scope, filter_, created_from, created_before)
    with store.snapshot() as cursor:
        cursor.execute(
            f"SELECT {column} AS grouping, COUNT(*) AS count,"
            " SUM(CASE WHEN status IN (?, ?) THEN 0 ELSE 1 END) AS open_count,"
            " SUM(CASE WHEN status = ? THEN 1 ELSE 0 END) AS won_count,"
            " SUM(CASE WHEN status = ? THEN 1 ELSE 0 END) AS lost_count,"
            " COALESCE(SUM(amount_cents), 0) AS amount_cents,"
            " COALESCE(SUM(CASE WHEN status = ? THEN amount_cents END), 0) AS won_amount_cents"
            f" FROM opportunities WHERE {where} GROUP BY {column}",
            (WON, LOST, WON, LOST, WON, *params),
        )
        totals = cursor.fetchall()
        cursor.execute(
            f"SELECT {column} AS grouping, lost_reason, COUNT(*) AS count FROM opportunities"
            f" WHERE ({where}) AND status = ? GROUP BY {column}, lost_reason",
            (*params, LOST),
        )
        reasons = cursor.fetchall()
    return sorted(
        (_group(row, reasons) for row in totals),
        key=lambda group: (group.key is not None, group.key or ""),
    )


def _where(
    scope: Scope,
    filter_: Filter | None,
    created_from: datetime | None,
    created_before: datetime | None,
) -> tuple[str, list[Any]]:
    parts: list[Filter] = [] if filter_ is None else [filter_]
    if created_from is not None:
        parts.append(Condition("createdAt", "gte", created_from))
    if created_before is not None:
        parts.append(Condition("createdAt", "lt", created_before))
    matched, params = compile_filter(with_text_times(AllOf(parts)), OPPORTUNITIES.filter_fields)
    scoped, scoped_params = scope.of(OpportunityRow)
    return f"{scoped} AND ({matched})", [*scoped_params, *params]


def _group(row: dict[str, Any], reasons: list[dict[str, Any]]) -> PipelineGroup:
    lost_reasons = sorted(
        (
            LostReasonCount(reason["lost_reason"], int(reason["count"]))
            for reason in reasons
            if reason["grouping"] == row["grouping"]
        ),
        key=lambda lost: (-lost.count, lost.reason),
    )
    return PipelineGroup(
        key=row["grouping"],
        count=int(row["count"]),
        open=int(row["open_count"]),
        won=int(row["won_count"]),
        lost=int(row["lost_count"]),
        amount_cents=int(row["amount_cents"]),
        won_amount_cents=int(row["won_amount_cents"]),
        lost_reasons=lost_reasons,
    )
