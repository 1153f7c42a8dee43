"""`cronica rebuild NAME`: a read model rebuilt from zero holds exactly the rows it had live."""

from __future__ import annotations

import json
import random

from cronica.ops.container import Container
from cronica.projections.store import ReadStore, Row
from tests.integration.office import Office
from tests.integration.random_work import RandomWork


def snapshot(store: ReadStore, tables: tuple[str, ...]) -> dict[str, list[Row]]:
    """Every row of the tables, in an order that does not depend on how they were written."""
    return {
        table: sorted(
            store.query(f"SELECT * FROM {table}"), key=lambda row: json.dumps(row, sort_keys=True)
        )
        for table in tables
    }


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
