"""`python -m cronica.ops.soak [--seconds N]`: runs the soak, prints its report and one JSON line
(`soak-result {...}`), and exits 1 if any check failed."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

from cronica.ops.container import Container
from cronica.ops.relay import every_message
from cronica.ops.soak.checks import Verdict, check_read_models, check_store, check_stream
from cronica.ops.soak.cluster import Cluster, running_cluster
from cronica.ops.soak.faults import inject_faults
from cronica.ops.soak.lag import LagSampler, percentiles
from cronica.ops.soak.ledger import Ledger
from cronica.ops.soak.load import Load

DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/test"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m cronica.ops.soak", description=__doc__)
    parser.add_argument("--seconds", type=float, default=300, help="load duration (default 300)")
    parser.add_argument("--clients", type=int, default=6, help="client threads (default 6)")
    parser.add_argument(
        "--catch-up-seconds",
        type=float,
        default=60,
        help="longest wait for the worker and relay after the load (default 60)",
    )
    args = parser.parse_args()
    database_url = os.environ.get("CRONICA_DATABASE_URL", DATABASE_URL)
    var_dir = Path(tempfile.mkdtemp(prefix="cronica-soak-"))
    with running_cluster(database_url, var_dir) as cluster:
        verdict = soak(cluster, args.seconds, args.clients, args.catch_up_seconds)
    print_report(verdict)
    if verdict.passed:
        shutil.rmtree(var_dir)
        return 0
    print(f"the processes' logs are kept in {var_dir}")
    return 1


def soak(cluster: Cluster, seconds: float, clients: int, catch_up_seconds: float) -> Verdict:
    ledger, verdict, faults = Ledger(), Verdict(), list[str]()
    container = Container.build(cluster.settings)
    try:
        loads = [Load(cluster.api_urls, cluster.token, ledger, seed) for seed in range(clients)]
        loads[0].prepare()
        for load in loads[1:]:  # the same hot incidents for every client
            load.customers, load.incidents = loads[0].customers, loads[0].incidents
        lag, stop = LagSampler(container), threading.Event()
        threads = [threading.Thread(target=load.run, args=(stop,)) for load in loads]
        threads.append(threading.Thread(target=lag.sample, args=(stop,)))
        faulting = threading.Thread(target=inject_faults, args=(cluster, seconds, faults))
        for thread in (*threads, faulting):
            thread.start()
        started = time.monotonic()
        time.sleep(seconds)
        faulting.join()  # the load goes on until the last fault is over
        stop.set()
        loaded = time.monotonic() - started
        for thread in threads:
            thread.join()
        verdict.checks["every process restarted"] = not any(":" in fault for fault in faults)
        caught_up = lag.caught_up(catch_up_seconds)
        verdict.checks["caught up after the load"] = caught_up is not None
        cluster.worker.stop()
        check_store(container, ledger, verdict)
        check_stream(
            cluster.nats_url,
            cluster.settings.nats_stream,
            f"{cluster.settings.nats_subject_prefix}.>",
            [message.msg_id for message in every_message(cluster.settings, container)],
            verdict,
        )
        check_read_models(container, verdict)
        verdict.figures.update(
            load_seconds=round(loaded),
            commands=ledger.sent,
            acknowledged=len(ledger.acks),
            double_sends=ledger.double_sends,
            failures=dict(ledger.failures),
            faults=faults,
            catch_up_seconds=None if caught_up is None else round(caught_up, 1),
            projection_lag_events=percentiles(lag.projections),
            relay_lag_events=percentiles(lag.relay),
        )
    finally:
        container.close()
    return verdict


def print_report(verdict: Verdict) -> None:
    for name, value in verdict.figures.items():
        print(f"{name:>26}: {value}")
    for name, passed in verdict.checks.items():
        print(f"{'PASS' if passed else 'FAIL'} {name}")
    result = {"passed": verdict.passed, "checks": verdict.checks, **verdict.figures}
    print("soak-result " + json.dumps(result), flush=True)


if __name__ == "__main__":
    sys.exit(main())
