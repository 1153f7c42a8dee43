"""Parsing, measuring and validating run in a worker thread (graphql/limits/extension.py), except
for a request like one accepted lately: the same text, operation and page sizes are let through
on the event loop. Any other page size is measured again, and a refused query is judged again
every time it comes."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import strawberry

from cronica.graphql.limits.extension import QueryLimits
from cronica.graphql.limits.recent import Recent


@strawberry.type
class Query:
    @strawberry.field
    def numbers(self, first: int = 10) -> list[int]:
        return list(range(first))


SCHEMA = strawberry.Schema(query=Query, extensions=[QueryLimits])


class CountingExecutor(ThreadPoolExecutor):
    """A worker thread that counts the calls handed to it."""

    def __init__(self) -> None:
        super().__init__(max_workers=1)
        self.calls = 0

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.calls += 1
        return super().submit(fn, *args, **kwargs)


def _worker_calls(query: str, **variables: object) -> tuple[int, Any]:
    """How many calls a request handed to worker threads, and its answer."""

    async def execute() -> tuple[int, Any]:
        executor = CountingExecutor()
        asyncio.get_running_loop().set_default_executor(executor)
        result = await SCHEMA.execute(query, variable_values=variables)
        errors = [error.message for error in result.errors or []]
        return executor.calls, result.data or errors

    return asyncio.run(execute())


def test_a_repeated_query_is_parsed_and_checked_once_and_each_page_size_measured() -> None:
    name = f"n{uuid.uuid4().hex}"  # a text no other test sent
    query = f"query Page($n: Int!) {{ {name}: numbers(first: $n) }}"
    assert _worker_calls(query, n=3) == (2, {name: [0, 1, 2]})  # parsed, then checked
    assert _worker_calls(query, n=3) == (0, {name: [0, 1, 2]})
    assert _worker_calls(query, n=2) == (1, {name: [0, 1]})  # another page: measured again
    assert _worker_calls(query, n=3) == (0, {name: [0, 1, 2]})


def test_a_refused_query_is_judged_again_every_time() -> None:
    query = f"{{ n{uuid.uuid4().hex}: numbers(last: 2) }}"
    refusal = ["Unknown argument 'last' on field 'Query.numbers'."]
    assert _worker_calls(query) == (2, refusal)
    assert _worker_calls(query) == (1, refusal)  # the document is kept, not the verdict


def test_recent_keeps_the_values_used_last() -> None:
    recent: Recent[str, int] = Recent(2)
    recent.put("a", 1)
    recent.put("b", 2)
    assert recent.get("a") == 1  # now used after "b"
    recent.put("c", 3)
    assert (recent.get("a"), recent.get("b"), recent.get("c")) == (1, None, 3)
