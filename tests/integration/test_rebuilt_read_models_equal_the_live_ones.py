"""`cronica rebuild NAME`: a read model rebuilt from zero holds exactly the rows it had live, alone
or with all the others in one pass (on PostgreSQL with their rows sent by COPY)."""

from __future__ import annotations

import random

import pytest

from cronica.ops.container import Container
from cronica.ops.read_model_snapshots import snapshot
from cronica.projections import write_behind
from tests.fixtures.random_work.office_work import RandomWork
from tests.fixtures.staff.office import Office


def live_rows_of_random_work(container: Container) -> None:
    work = RandomWork(Office(container.application), random.Random(2), every_record=True)
    # Live rows are built in many batches, as a running server builds them.
    for _ in range(6):
        work.do(50)
        container.runner.catch_up()
    assert sum(work.tally.read.values()) > 0  # the random work read some alerts


def test_each_read_model_rebuilt_alone_equals_its_live_rows(container: Container) -> None:
    live_rows_of_random_work(container)

    for projection in container.runner.projections:
        live = snapshot(container.store, projection.tables)
        assert any(live.values()), f"{projection.name} has no rows to compare"

        rebuilt_from = container.runner.rebuild(projection.name)

        assert rebuilt_from == container.application.recorder.max_notification_id()
        assert snapshot(container.store, projection.tables) == live, projection.name


def test_all_read_models_rebuilt_in_one_pass_by_copy_equal_their_live_rows(
    container: Container, monkeypatch: pytest.MonkeyPatch
) -> None:
    live_rows_of_random_work(container)
    tables = [table for projection in container.runner.projections for table in projection.tables]
    live = snapshot(container.store, tables)
    monkeypatch.setattr(write_behind, "COPY_MIN_ROWS", 1)  # every held INSERT goes by COPY

    container.runner.rebuild(*[projection.name for projection in container.runner.projections])

    assert snapshot(container.store, tables) == live
