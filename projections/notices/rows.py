"""The rows of the notice list (`notices`): what a row holds, how it is filtered and ordered
(its columns), and the table they make.

Unresolved notices stand out (DOMAIN.md): the list flags them through the `standsOut` filter
and order field, which is true exactly while a notice is open, whatever its importance.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Annotated, ClassVar

from cronica.domain.notice_values import CallerKind, NoticeStatus
from cronica.projections.columns import column, computed, create_table
from cronica.projections.listing import Listing
from cronica.projections.scope import business


@dataclass(frozen=True)
class NoticeRow:
    scoped_by: ClassVar = business("recipient_id")

    id: str
    company_id: str
    unit_id: str
    number: Annotated[str, column(filter="text", order=True)]
    recipient_id: Annotated[str, column(filter="id")]
    taken_by: str
    caller_kind: Annotated[str, column(filter="enum", enum=CallerKind)]
    customer_id: Annotated[str | None, column(filter="id")]
    caller_name: str | None
    caller_phone: str | None
    code: Annotated[str, column(filter="text")]
    text: Annotated[str, column(filter="text")]
    importance: Annotated[int, column(filter="int", order=True)]
    status: Annotated[str, column(filter="enum", enum=NoticeStatus)]
    forward_count: int
    action_count: int
    resolver_id: Annotated[str | None, column(filter="id")]
    department: str | None
    work_centre: str | None
    resolution_code: Annotated[str | None, column(filter="text")]
    solution: str | None
    taken_at: Annotated[str, column(filter="time", order=True)]
    resolved_at: Annotated[str | None, column(filter="time", order=True)]
    updated_at: Annotated[str, column(order=True)]
    version: int

    computed_columns: ClassVar = (
        # A boolean SQL expression: compared with a boolean parameter on PostgreSQL, 0/1 on
        # SQLite.
        computed(
            "standsOut",
            f"status = '{NoticeStatus.OPEN.value}'",
            filter="bool",
            order=True,
            description="Unresolved (true) or resolved (false) notices.",
            order_description="Resolved (false) before unresolved (true) when ascending.",
        ),
    )

    @property
    def stands_out(self) -> bool:
        return self.status == NoticeStatus.OPEN.value


NOTICE_COLUMNS = [f.name for f in fields(NoticeRow)]

NOTICES: Listing[NoticeRow] = Listing.of("notices", NoticeRow, default_order=[("takenAt", True)])

NOTICES_TABLE = create_table("notices", NoticeRow)
