"""`cronica rebuild NAME`: a read model rebuilt from zero holds exactly the rows it had live."""

from __future__ import annotations

import random

from cronica.ops.container import Container
from cronica.ops.read_model_snapshots import snapshot
from tests.fixtures.random_work.office_work import RandomWork
from tests.fixtures.staff.office import Office


def test_each_read_model_rebuilt_alone_equals_its_live_rows(container: Container) -> None:
    work = RandomWork(Office(container.application), random.Random(2), every_record=True)
    # Live rows are built in many batches, as a running server builds them.
    for _ in range(6):
        work.do(50)
        container.runner.catch_up()
    assert sum(work.tally.read.values()) > 0  # the random work read some alerts

    for projection in container.runner.projections:
        live = snapshot(container.store, projection.tables)
        assert any(live.values()), f"{projection.name} has no rows to compare"

        rebuilt_from = container.runner.rebuild(projection.name)

        assert rebuilt_from == container.application.recorder.max_notification_id()
        assert snapshot(container.store, projection.tables) == live, projection.name
