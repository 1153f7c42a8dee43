"""Writes held back and sent together: what makes a projection batch on PostgreSQL cost a few
round trips instead of one psycopg execute per statement (~80 us of Python each, pipelined).

A held write is bound on the client (psycopg's `ClientCursor.mogrify`, ~15 us) and all held
writes go to the server as one multi-statement query, before the next read and at commit. Rows
for one `INSERT INTO t (...) VALUES (?, ...)` statement join the rows it already holds, as one
multi-row INSERT, unless a write held after them names the table `t` (whose outcome could then
depend on the order). A read waits for the held writes only if it names a table they change:
read-model tables have no triggers, foreign keys or views on PostgreSQL, so a write changes only
the table it names and a read sees only the tables it names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

Bind = Callable[[str, Sequence[Any]], str]
"""Binds parameters into a statement (`?` placeholders) on the client, as SQL text."""

_WRITE = re.compile(r"\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(?P<table>\w+)", re.IGNORECASE)
_ROWS_INSERT = re.compile(
    r"\s*INSERT INTO (?P<table>\w+) \([\w, ]+\) VALUES (?P<row>\(\?(?:, \?)*\))"
    r"(?P<tail> ON CONFLICT DO NOTHING)?\s*"
)


def is_held_write(sql: str) -> bool:
    """An INSERT, UPDATE or DELETE that returns nothing: it can wait until it is needed."""
    return _WRITE.match(sql) is not None and "RETURNING" not in sql.upper()


@dataclass
class _Held:
    head: str
    rows: list[str] = field(default_factory=list)
    tail: str = ""

    def text(self) -> str:
        return self.head + ", ".join(self.rows) + self.tail


@cache
def _words(sql: str) -> frozenset[str]:
    """The names a statement mentions (its tables among them); statements repeat, so once each."""
    return frozenset(re.findall(r"\w+", sql))


class HeldWrites:
    """Write statements, bound, in the order they must run (rows of one INSERT joined)."""

    def __init__(self, bind: Bind) -> None:
        self._bind = bind
        self._held: list[_Held] = []
        self._inserts: dict[str, int] = {}  # an INSERT's text -> where its rows are held
        self._last_naming: dict[str, int] = {}  # a name -> the last held write mentioning it
        self._written: set[str] = set()  # the tables held writes change

    def needed_by(self, sql: str) -> bool:
        """Whether a read must wait for the held writes: it names a table they change."""
        return not self._written.isdisjoint(_words(sql))

    def add(self, sql: str, params: Sequence[Any]) -> None:
        """Holds a write (`is_held_write`)."""
        write = _WRITE.match(sql)
        assert write is not None, sql
        self._written.add(write["table"])
        insert = _ROWS_INSERT.fullmatch(sql)
        if insert is None:
            self._hold(sql, _Held(self._bind(sql, params)))
            return
        row = self._bind(insert["row"], params)
        at = self._inserts.get(sql)
        if at is not None and self._last_naming[insert["table"]] == at:
            self._held[at].rows.append(row)
            return
        self._inserts[sql] = len(self._held)
        self._hold(sql, _Held(sql[: insert.start("row")], [row], insert["tail"] or ""))

    def _hold(self, sql: str, held: _Held) -> None:
        for word in _words(sql):
            self._last_naming[word] = len(self._held)
        self._held.append(held)

    def take(self) -> str:
        """Every held write as one multi-statement query ("" if none); nothing is held after."""
        held, self._held = self._held, []
        self._inserts.clear()
        self._last_naming.clear()
        self._written.clear()
        return ";\n".join(statement.text() for statement in held)
