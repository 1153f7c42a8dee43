"""Writes held back and sent together: what makes a projection batch on PostgreSQL cost a few
round trips instead of one psycopg execute per statement (~80 us of Python each, pipelined).

A held write is bound on the client (psycopg's `ClientCursor.mogrify`, ~15 us) when it is sent,
and all held writes go to the server as one multi-statement query, before the next read and at
commit. Rows
for one `INSERT INTO t (...) VALUES (?, 0, NULL, ...)` statement (placeholders and plain
constants) join the rows it already holds, as one multi-row INSERT, unless a write held after
them names the table `t` (whose outcome could then depend on the order). A read waits for the
held writes only if it names a table they change: read-model tables have no triggers, foreign
keys or views on PostgreSQL, so a write changes only the table it names and a read sees only the
tables it names.

A rebuild's batches join thousands of rows per INSERT: from COPY_MIN_ROWS rows on, they are sent
by COPY instead (`Copy`), unbound: binding was ~15 us a row, COPY's row ~2 us, and the server
parses less. A COPY costs a round trip of its own, which a live batch's few rows would not repay.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

Bind = Callable[[str, Sequence[Any]], str]
"""Binds parameters into a statement (`?` placeholders) on the client, as SQL text."""

_WRITE = re.compile(r"\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(?P<table>\w+)", re.IGNORECASE)
_VALUE = r"(?:\?|NULL|-?\d+|'[^'?%]*')"  # a placeholder or a constant
_ROWS_INSERT = re.compile(
    rf"\s*INSERT INTO (?P<table>\w+) \((?P<columns>[\w, ]+)\) VALUES"
    rf" (?P<row>\({_VALUE}(?:, {_VALUE})*\))(?P<tail> ON CONFLICT DO NOTHING)?\s*"
)
COPY_MIN_ROWS = 100
"""Rows of one held INSERT from which they are sent by COPY."""


class Copy(NamedTuple):
    """Rows for `COPY table (columns) FROM STDIN`, in the order held."""

    table: str
    columns: str
    rows: list[Sequence[Any]]


def is_held_write(sql: str) -> bool:
    """An INSERT, UPDATE or DELETE that returns nothing: it can wait until it is needed."""
    return _written_table(sql) is not None


@cache
def _written_table(sql: str) -> str | None:
    """The table a held write changes (None: not one); statements repeat, so once each."""
    write = _WRITE.match(sql)
    return None if write is None or "RETURNING" in sql.upper() else write["table"]


class _RowsInsert(NamedTuple):
    """An INSERT of rows (`_ROWS_INSERT`) taken apart: its text around one row's values, and
    for a COPY its columns, those given by parameters first, then those given by constants."""

    table: str
    head: str
    row: str
    tail: str
    copy_columns: str
    constants: tuple[Any, ...]


@cache
def _rows_insert(sql: str) -> _RowsInsert | None:
    insert = _ROWS_INSERT.fullmatch(sql)
    if insert is None:
        return None
    given: list[str] = []
    constant: dict[str, Any] = {}
    for name, value in zip(
        insert["columns"].split(", "), insert["row"][1:-1].split(", "), strict=True
    ):
        if value == "?":
            given.append(name)
        else:
            constant[name] = (
                None if value == "NULL" else value[1:-1] if value[0] == "'" else int(value)
            )
    return _RowsInsert(
        insert["table"],
        sql[: insert.start("row")],
        insert["row"],
        insert["tail"] or "",
        ", ".join([*given, *constant]),
        tuple(constant.values()),
    )


@dataclass
class _Held:
    """One held statement and its parameters; for an INSERT of rows, those of each row."""

    statement: str
    rows: list[Sequence[Any]]
    insert: _RowsInsert | None = None

    def copied(self) -> Copy | None:
        """The rows as a COPY, when there are enough and nothing but inserting is asked."""
        insert = self.insert
        if insert is None or insert.tail or len(self.rows) < COPY_MIN_ROWS:
            return None
        constants = insert.constants
        rows: list[Sequence[Any]] = self.rows
        if constants:
            rows = [(*row, *constants) for row in rows]
        return Copy(insert.table, insert.copy_columns, rows)

    def text(self, bind: Bind) -> str:
        insert = self.insert
        if insert is None:
            return bind(self.statement, self.rows[0])
        rows = ", ".join(bind(insert.row, params) for params in self.rows)
        return insert.head + rows + insert.tail


class Statements(NamedTuple):
    """Held statements sent as one multi-statement query, bound by whoever sends them."""

    held: list[_Held]

    def text(self, bind: Bind) -> str:
        return ";\n".join(statement.text(bind) for statement in self.held)


Step = Statements | Copy
"""What a held write is sent as: a multi-statement query, or a COPY."""


@cache
def _words(sql: str) -> frozenset[str]:
    """The names a statement mentions (its tables among them); statements repeat, so once each."""
    return frozenset(re.findall(r"\w+", sql))


class HeldWrites:
    """Write statements in the order they must run (rows of one INSERT joined)."""

    def __init__(self) -> None:
        self._held: list[_Held] = []
        self._inserts: dict[str, int] = {}  # an INSERT's text -> where its rows are held
        self._last_naming: dict[str, int] = {}  # a name -> the last held write mentioning it
        self._written: set[str] = set()  # the tables held writes change
        self._count = 0

    def needed_by(self, sql: str) -> bool:
        """Whether a read must wait for the held writes: it names a table they change."""
        return not self._written.isdisjoint(_words(sql))

    def add(self, sql: str, params: Sequence[Any]) -> int:
        """Holds a write (`is_held_write`); answers how many are held."""
        self._count += 1
        at = self._inserts.get(sql)
        if at is not None:  # most often: one more row for an INSERT held already
            held = self._held[at]
            assert held.insert is not None
            if self._last_naming[held.insert.table] == at:
                held.rows.append(params)
                return self._count
        table = _written_table(sql)
        assert table is not None, sql
        self._written.add(table)
        insert = _rows_insert(sql)
        if insert is None:
            self._hold(sql, _Held(sql, [params]))
        else:
            self._inserts[sql] = len(self._held)
            self._hold(sql, _Held(sql, [params], insert))
        return self._count

    def _hold(self, sql: str, held: _Held) -> None:
        for word in _words(sql):
            self._last_naming[word] = len(self._held)
        self._held.append(held)

    def take(self) -> Taken:
        """Every held write, in order; nothing is held after."""
        held, self._held = self._held, []
        self._inserts.clear()
        self._last_naming.clear()
        self._written.clear()
        self._count = 0
        return Taken(held)


@dataclass(frozen=True)
class Taken:
    """Writes taken from `HeldWrites`, not bound yet."""

    held: list[_Held]

    def steps(self) -> list[Step]:
        """The writes as runs of statements, each to be one multi-statement query, and COPYs
        between them."""
        steps: list[Step] = []
        run: list[_Held] = []
        for statement in self.held:
            copy = statement.copied()
            if copy is None:
                run.append(statement)
                continue
            if run:
                steps.append(Statements(run))
                run = []
            steps.append(copy)
        if run:
            steps.append(Statements(run))
        return steps
