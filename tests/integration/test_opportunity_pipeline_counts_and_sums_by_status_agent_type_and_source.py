"""The sales pipeline: opportunities grouped by status, agent, type or source, with open, won and
lost counts, expected amounts (all and won) and why the lost ones were lost, most frequent
reason first (the figures are those of SalesFloor)."""

from __future__ import annotations

from datetime import datetime

import pytest

from cronica.ops.container import Container
from cronica.projections.filtering import Condition, Filter
from cronica.projections.opportunities.queries import GroupBy, opportunity_pipeline
from cronica.projections.opportunities.rows import OPPORTUNITIES
from cronica.projections.paging import Window
from tests.fixtures.known_states.opportunities import SalesFloor
from tests.fixtures.scopes import whole_company

Figures = tuple[str | None, int, int, int, int, int, int, list[tuple[str, int]]]


@pytest.fixture
def floor(container: Container) -> SalesFloor:
    return SalesFloor(container)


def pipeline(
    floor: SalesFloor,
    group_by: GroupBy,
    filter_: Filter | None = None,
    created_from: datetime | None = None,
    created_before: datetime | None = None,
) -> list[Figures]:
    """Each group as (key, count, open, won, lost, cents, won cents, [(reason, count)...])."""
    groups = opportunity_pipeline(
        floor.container.store,
        whole_company(floor.company_id),
        group_by,
        filter_,
        created_from,
        created_before,
    )
    return [
        (
            group.key,
            group.count,
            group.open,
            group.won,
            group.lost,
            group.amount_cents,
            group.won_amount_cents,
            [(lost.reason, lost.count) for lost in group.lost_reasons],
        )
        for group in groups
    ]


def test_the_pipeline_by_status_counts_each_status_and_the_reasons_for_losing(
    floor: SalesFloor,
) -> None:
    assert pipeline(floor, "status") == [
        ("lost", 3, 0, 0, 3, 130000, 0, [("price", 2), ("competitor", 1)]),
        ("new", 1, 1, 0, 0, 100000, 0, []),
        ("waiting", 1, 1, 0, 0, 25050, 0, []),
        ("won", 1, 0, 1, 0, 400000, 400000, []),
        ("working", 1, 1, 0, 0, 30000, 0, []),
    ]


def test_the_pipeline_by_agent_puts_the_unassigned_first(floor: SalesFloor) -> None:
    by_agent = pipeline(floor, "agent")

    assert by_agent[0] == (None, 1, 0, 0, 1, 0, 0, [("price", 1)])
    assert sorted(by_agent[1:]) == sorted(
        [
            (str(floor.marta.user_id), 4, 2, 1, 1, 580000, 400000, [("price", 1)]),
            (str(floor.jordi.user_id), 2, 1, 0, 1, 105050, 0, [("competitor", 1)]),
        ]
    )


def test_the_pipeline_by_type_and_by_source(floor: SalesFloor) -> None:
    assert pipeline(floor, "type") == [
        ("new_sale", 5, 2, 1, 2, 580000, 400000, [("price", 2)]),
        ("renewal", 2, 1, 0, 1, 105050, 0, [("competitor", 1)]),
    ]
    assert pipeline(floor, "source") == [
        (None, 1, 0, 0, 1, 0, 0, [("price", 1)]),
        ("fair", 3, 2, 0, 1, 210000, 0, [("competitor", 1)]),
        ("web", 3, 1, 1, 1, 475050, 400000, [("price", 1)]),
    ]


def test_the_pipeline_takes_the_lists_filter_and_a_range_of_creation(floor: SalesFloor) -> None:
    at_the_shop = Condition("customerId", "eq", str(floor.shop))
    assert pipeline(floor, "type", at_the_shop) == [
        ("new_sale", 3, 1, 1, 1, 550000, 400000, [("price", 1)]),
        ("renewal", 1, 0, 0, 1, 80000, 0, [("competitor", 1)]),
    ]

    rows = OPPORTUNITIES.page(
        floor.container.store, whole_company(floor.company_id), None, [], Window(first=10)
    ).rows
    created = {row.number: datetime.fromisoformat(row.created_at) for row in rows}
    fourth, seventh = created["OP-000004"], created["OP-000007"]
    # OP-000004 to OP-000006: from the fourth's creation, before the seventh's.
    assert pipeline(floor, "status", None, fourth, seventh) == [
        ("lost", 2, 0, 0, 2, 80000, 0, [("competitor", 1), ("price", 1)]),
        ("working", 1, 1, 0, 0, 30000, 0, []),
    ]
    assert pipeline(floor, "status", at_the_shop, created_from=seventh) == [
        ("lost", 1, 0, 0, 1, 50000, 0, [("price", 1)]),
    ]
    assert pipeline(floor, "source", Condition("status", "eq", "won"), seventh) == []
