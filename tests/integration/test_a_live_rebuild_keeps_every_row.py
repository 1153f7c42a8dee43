"""A rebuild while a worker is running: the worker read its start position, then the rebuild sent
the read models back to zero, then the worker applied its batch. However the two interleave,
every read model ends with the rows a quiet rebuild from zero gives."""

from __future__ import annotations

import random
import threading
from concurrent.futures import ThreadPoolExecutor

from cronica.ops.container import Container
from cronica.ops.read_model_snapshots import snapshot
from cronica.ops.settings import Settings
from cronica.projections.positions import all_positions
from tests.fixtures.hooked_log import HookedLog, once, until, waiting_for
from tests.fixtures.random_work.office_work import RandomWork
from tests.fixtures.staff.office import Office


def every_row(container: Container) -> dict[str, dict[str, list[dict[str, object]]]]:
    return {p.name: snapshot(container.store, p.tables) for p in container.runner.projections}


def test_a_rebuild_between_a_workers_start_and_its_batch_loses_no_row(
    container: Container, settings: Settings
) -> None:
    worker = Container.build(settings)  # another process's runner, on the same databases
    try:
        work = RandomWork(Office(container.application), random.Random(7), every_record=True)
        work.do(60)
        worker.runner.catch_up()
        work.do(40)  # written while the worker runs: its next batch

        start_read, reset_done, worker_applied = (threading.Event() for _ in range(3))

        def tell_start_read_then_wait_for_the_reset() -> None:
            start_read.set()
            waiting_for(reset_done)()

        log = worker.runner.log
        worker.runner.log = HookedLog(
            log.recorder, log.mapper, log.batch_size, once(tell_start_read_then_wait_for_the_reset)
        )
        rebuilding = container.runner
        names = [projection.name for projection in rebuilding.projections]
        log = rebuilding.log

        def reset_then_wait_for_the_worker() -> None:
            # The rebuild reads its first batch while it resets: on with the worker once the
            # reset has committed.
            until(lambda: not any(all_positions(container.store).get(name) for name in names))
            reset_done.set()
            waiting_for(worker_applied)()

        rebuilding.log = HookedLog(
            log.recorder, log.mapper, log.batch_size, once(reset_then_wait_for_the_worker)
        )
        with ThreadPoolExecutor(1) as pool:

            def worker_batch() -> int:
                try:
                    return worker.runner.follow_batch()
                finally:
                    worker_applied.set()

            batch = pool.submit(worker_batch)
            waiting_for(start_read)()
            rebuilding.rebuild(*names)
            assert batch.result() > 0
        worker.runner.catch_up()
        live = every_row(container)
    finally:
        worker.close()

    rebuilding.log = log
    rebuilding.rebuild(*names)  # from zero, with nothing else running
    assert every_row(container) == live
