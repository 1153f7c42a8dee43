"""How read models order pages and compare times: stable orders, and times as UTC text."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from cronica.projections.filtering import AllOf, AnyOf, Condition, NoneOf
from cronica.projections.keyset import Ordering
from cronica.projections.paging import OrderKey, UnknownOrderFieldError
from cronica.projections.rows import utc_text, with_text_times

COLUMNS = {"openedAt": OrderKey("opened_at", str), "priority": OrderKey("priority_rank", int)}
MADRID_SUMMER = timezone(timedelta(hours=2))


def test_an_order_always_ends_with_the_id_so_ties_keep_one_order() -> None:
    clause = Ordering.of([("priority", True), ("openedAt", False)], COLUMNS, []).clause()

    assert clause == "priority_rank DESC, opened_at ASC, id ASC"


def test_no_order_given_means_the_default_one() -> None:
    assert Ordering.of([], COLUMNS, [("openedAt", True)]).clause() == "opened_at DESC, id ASC"


def test_an_order_on_an_unknown_field_is_refused() -> None:
    with pytest.raises(UnknownOrderFieldError):
        Ordering.of([("opened_at; DROP TABLE incidents", False)], COLUMNS, [])


def test_times_are_written_in_utc_with_microseconds_so_they_sort_as_text() -> None:
    noon_in_madrid = datetime(2026, 6, 1, 12, 0, tzinfo=MADRID_SUMMER)

    assert utc_text(noon_in_madrid) == "2026-06-01T10:00:00.000000+00:00"
    assert utc_text(noon_in_madrid) < utc_text(noon_in_madrid + timedelta(microseconds=1))


def test_datetimes_anywhere_in_a_filter_become_utc_text() -> None:
    noon_in_madrid = datetime(2026, 6, 1, 12, 0, tzinfo=MADRID_SUMMER)
    in_utc = "2026-06-01T10:00:00.000000+00:00"
    filter_ = AllOf(
        [
            Condition("openedAt", "gte", noon_in_madrid),
            AnyOf([Condition("closedAt", "in", [noon_in_madrid, "2026-01-01"])]),
            NoneOf(Condition("status", "eq", "closed")),
        ]
    )

    assert with_text_times(filter_) == AllOf(
        [
            Condition("openedAt", "gte", in_utc),
            AnyOf([Condition("closedAt", "in", [in_utc, "2026-01-01"])]),
            NoneOf(Condition("status", "eq", "closed")),
        ]
    )
    assert with_text_times(None) is None
