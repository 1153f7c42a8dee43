"""A lean HTTP/1.1 load generator for the write-path bench (write_path.py): one asyncio thread,
one keep-alive connection per client, requests written as bytes and answers read by their
Content-Length. On two cores a thread per client with a full HTTP library took a large share of
the CPU the bench meant to give the server; this one leaves it to the server (the bench prints
each side's CPU time per command, cpu_time.py).
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field


class AnswerError(Exception):
    """Raised when the server answers a request of the bench with anything but a success."""


@dataclass(frozen=True)
class Post:
    """A `POST` of a JSON body, with headers of its own beside the connection's."""

    path: str
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)


class KeepAlive:
    """One HTTP/1.1 connection, kept open, one request at a time."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, head: str):
        self._reader, self._writer, self._head = reader, writer, head

    @classmethod
    async def open(cls, host: str, port: int, headers: Mapping[str, str]) -> KeepAlive:
        reader, writer = await asyncio.open_connection(host, port)
        lines = [f"Host: {host}:{port}", "Content-Type: application/json"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        return cls(reader, writer, "".join(f"{line}\r\n" for line in lines))

    async def post(self, post: Post) -> bytes:
        """The answer's body; AnswerError unless the status is 2xx."""
        extra = "".join(f"{name}: {value}\r\n" for name, value in post.headers.items())
        head = f"POST {post.path} HTTP/1.1\r\n{self._head}{extra}Content-Length: {len(post.body)}"
        self._writer.write(f"{head}\r\n\r\n".encode() + post.body)
        status = int((await self._reader.readline()).split(b" ", 2)[1])
        length = 0
        while (line := await self._reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        body = await self._reader.readexactly(length)
        if not 200 <= status < 300:
            raise AnswerError(f"POST {post.path} answered {status}: {body[:300]!r}")
        return body

    def close(self) -> None:
        self._writer.close()


Requests = Callable[[int], Iterator[Post]]
"""The endless requests of the client numbered by the argument, in the order it sends them."""


async def closed_loop(
    host: str, port: int, headers: Mapping[str, str], clients: int, count: int, requests: Requests
) -> tuple[float, list[float]]:
    """`count` requests from `clients` connections, each sending its next as soon as its last
    was answered: requests per second and each one's latency in seconds."""
    connections = [await KeepAlive.open(host, port, headers) for _ in range(clients)]
    left = itertools.count()
    latencies: list[float] = []

    async def client(number: int, connection: KeepAlive) -> None:
        for post in requests(number):
            if next(left) >= count:
                return
            started = time.perf_counter()
            await connection.post(post)
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    try:
        await asyncio.gather(*(client(n, c) for n, c in enumerate(connections)))
    finally:
        for connection in connections:
            connection.close()
    return count / (time.perf_counter() - started), latencies


async def paced(
    host: str,
    port: int,
    headers: Mapping[str, str],
    per_second: float,
    count: int,
    requests: Iterator[Post],
    connections: int = 32,
) -> list[float]:
    """`count` requests scheduled at `per_second`, over enough connections never to queue
    behind one another: each one's latency counted from its scheduled start."""
    idle: asyncio.Queue[KeepAlive] = asyncio.Queue()
    for _ in range(connections):
        idle.put_nowait(await KeepAlive.open(host, port, headers))
    start = time.perf_counter() + 0.1
    latencies: list[float] = []

    async def scheduled(n: int, post: Post) -> None:
        due = start + n / per_second
        await asyncio.sleep(max(0.0, due - time.perf_counter()))
        connection = await idle.get()
        try:
            await connection.post(post)
        finally:
            idle.put_nowait(connection)
        latencies.append(time.perf_counter() - due)

    await asyncio.gather(*(scheduled(n, p) for n, p in zip(range(count), requests, strict=False)))
    while not idle.empty():
        idle.get_nowait().close()
    return latencies
