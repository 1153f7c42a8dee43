"""The query-attack part of the benchmarks (__main__.py): GraphQL queries of under a few KB built
to be costly (issue 10), sent to a running server; for each, the time per answer, how the server
answered (the error's `extensions.code`, or "answered" when it did the work), the server's
resident memory before and after, and the slowest /health answer while the attack was in flight.
The baseline, in the same run: a plain small query (`{ me { id } }`).

    a. nested fragment spreads: fragment Fk spreads F(k-1) twice, so the query names 2^n fields;
    b. aliases of `customers(first: 100)`, each asking every page of a hundred customers;
    c. a customer filter of `or` x n conditions, and one of n nested `and`.
"""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import httpx

from cronica.commands.application import CronicaApplication
from cronica.commands.call import CommandCall
from cronica.commands.customers import create_customer
from cronica.commands.identity import cli_request
from cronica.commands.models.customers import CreateCustomer
from cronica.commands.results import Principal

BASELINE = "{ me { id } }"
CUSTOMER_FIELDS = "id number kind name taxId createdAt active blocked segment zone version"


@dataclass(frozen=True)
class AttackSizes:
    """How big each attack is: the old server took seconds at 20 fragments and 300 aliases."""

    fragments: int = 30
    aliases: int = 300
    or_terms: int = 5000
    and_depth: int = 50


def nested_fragments(depth: int) -> str:
    """F0 reads a customer list; Fk spreads F(k-1) twice: 2^depth lists once expanded."""
    fragments = ["fragment F0 on Query { customers(first: 1) { totalCount } }"]
    fragments += [f"fragment F{k} on Query {{ ...F{k - 1} ...F{k - 1} }}" for k in range(1, depth)]
    return f"query {{ ...F{depth - 1} }}\n" + "\n".join(fragments)


def aliases(count: int) -> str:
    """`count` aliases of a page of a hundred customers with all their scalar fields."""
    page = f"customers(first: 100) {{ edges {{ node {{ {CUSTOMER_FIELDS} }} }} }}"
    return "{ " + " ".join(f"a{n}: {page}" for n in range(count)) + " }"


def or_filter(terms: int) -> str:
    """A customer filter of `terms` alternatives."""
    alternatives = ", ".join(f'{{name: {{eq: "c{n}"}}}}' for n in range(terms))
    return f"{{ customers(filter: {{or: [{alternatives}]}}) {{ totalCount }} }}"


def nested_and(depth: int) -> str:
    """A customer filter of `depth` `and` lists, each inside the one before."""
    inner = '{name: {eq: "c"}}'
    for _ in range(depth):
        inner = f"{{and: [{inner}]}}"
    return f"{{ customers(filter: {inner}) {{ totalCount }} }}"


def seed_customers(app: CronicaApplication, who: Principal, count: int) -> None:
    """`count` customers, so that a page of a hundred is full."""
    for n in range(count):
        command = CreateCustomer(kind="customer", name=f"Customer {n}")
        create_customer(CommandCall(app, who, cli_request()), command)


def bench_query_attacks(
    label: str, base: str, token: str, server_pid: int, sizes: AttackSizes, repeats: int = 20
) -> None:
    """Prints a line for the baseline and for each attack."""
    attacks = [
        ("baseline: { me { id } }", BASELINE),
        (f"a. {sizes.fragments} nested fragment spreads", nested_fragments(sizes.fragments)),
        (f"b. {sizes.aliases} aliases of customers(first: 100)", aliases(sizes.aliases)),
        (f"c. a filter of or x {sizes.or_terms}", or_filter(sizes.or_terms)),
        (f"c. a filter of {sizes.and_depth} nested and", nested_and(sizes.and_depth)),
    ]
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, headers=headers, timeout=600) as client:
        for what, query in attacks:
            rss_before = _rss_mb(server_pid)
            send = partial(_send, client, query)
            outcome = send()  # the first answer (not timed) may fill the server's caches
            took, health = _while_probing_health(base, partial(_timed, send, repeats))
            print(
                f"{label}: {what} ({len(query.encode())} bytes): {outcome}, "
                f"{took:8.1f} ms per answer, /health slowest {health:6.1f} ms, "
                f"server RSS {rss_before:6.1f} -> {_rss_mb(server_pid):6.1f} MB"
            )


def _send(client: httpx.Client, query: str) -> str:
    """How the server answered: the first error's code (or message), else "answered"."""
    answer: dict[str, Any] = client.post("/graphql", json={"query": query}).json()
    errors = answer.get("errors")
    if not errors:
        return "answered"
    code = (errors[0].get("extensions") or {}).get("code")
    return f"refused {code}" if code else f"error {errors[0]['message'][:60]!r}"


def _timed(send: Callable[[], str], repeats: int) -> float:
    """The median milliseconds of `repeats` answers in a row."""
    took = []
    for _ in range(repeats):
        started = time.perf_counter()
        send()
        took.append((time.perf_counter() - started) * 1000)
    return statistics.median(took)


def _while_probing_health(base: str, work: Callable[[], float]) -> tuple[float, float]:
    """`work`'s result, and the slowest /health answer (ms) asked every 10 ms meanwhile."""
    done = threading.Event()
    slowest = [0.0]

    def probe() -> None:
        with httpx.Client(base_url=base, timeout=600) as client:
            while True:  # at least once, however quick the work
                started = time.perf_counter()
                client.get("/health")
                slowest[0] = max(slowest[0], (time.perf_counter() - started) * 1000)
                if done.wait(0.01):
                    return

    prober = threading.Thread(target=probe)
    prober.start()
    try:
        result = work()
    finally:
        done.set()
        prober.join()
    return result, slowest[0]


def _rss_mb(pid: int) -> float:
    """The process's resident set size in MB (Linux's /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")
