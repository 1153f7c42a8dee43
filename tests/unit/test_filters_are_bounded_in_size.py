"""A client's filter is refused over its size limits (projections/filtering.py) before any
SQL is written for it, however large it is."""

from __future__ import annotations

import pytest

from cronica.projections.filtering import (
    MAX_FILTER_DEPTH,
    MAX_FILTER_NODES,
    MAX_IN_VALUES,
    AllOf,
    AnyOf,
    Condition,
    Filter,
    FilterTooLargeError,
    NoneOf,
    check_size,
)


def nested(depth: int) -> Filter:
    filter_: Filter = Condition("name", "eq", "x")
    for level in range(depth - 1):
        filter_ = AllOf([filter_]) if level % 2 else NoneOf(filter_)
    return filter_


def test_a_filter_within_every_limit_passes() -> None:
    check_size(None)
    check_size(nested(MAX_FILTER_DEPTH))
    check_size(AnyOf([Condition("name", "eq", n) for n in range(MAX_FILTER_NODES - 1)]))
    check_size(Condition("number", "in", list(range(MAX_IN_VALUES))))


@pytest.mark.parametrize(
    "filter_",
    [
        nested(MAX_FILTER_DEPTH + 1),
        nested(100_000),  # walked no further than the limit, and without recursion
        AnyOf([Condition("name", "eq", n) for n in range(MAX_FILTER_NODES)]),
        AllOf([Condition("number", "in", list(range(MAX_IN_VALUES + 1)))]),
    ],
    ids=["too deep", "far too deep", "too many conditions", "too long an in list"],
)
def test_a_filter_over_a_limit_is_refused(filter_: Filter) -> None:
    with pytest.raises(FilterTooLargeError):
        check_size(filter_)
