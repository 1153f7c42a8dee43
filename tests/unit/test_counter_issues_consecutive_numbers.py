"""Counters: one per company and prefix, issuing INC-000001, INC-000002... after a replay too."""

from __future__ import annotations

from cronica.domain.company import company_id_for
from cronica.domain.context import CommandContext
from cronica.domain.counter import Counter, counter_id_for
from tests.fixtures.domain_records import ACME, replayed


def test_numbers_are_consecutive_and_zero_padded(acting: CommandContext) -> None:
    counter = Counter(company_id=ACME, prefix="INC")

    assert [counter.issue() for _ in range(3)] == ["INC-000001", "INC-000002", "INC-000003"]
    assert (counter.last, counter.version) == (3, 4)


def test_a_replayed_counter_continues_where_it_stopped(acting: CommandContext) -> None:
    counter = Counter(company_id=ACME, prefix="C")
    for _ in range(41):
        counter.issue()

    again = replayed(Counter, counter.collect_events())

    assert again.issue() == "C-000042"


def test_each_company_and_prefix_has_its_own_counter(acting: CommandContext) -> None:
    other = company_id_for("globex")
    ids = {counter_id_for(c, p) for c in (ACME, other) for p in ("INC", "C")}

    assert len(ids) == 4
    # The id is derived, so two writers starting the same counter collide on save.
    assert Counter(company_id=ACME, prefix="INC").id == counter_id_for(ACME, "INC")
