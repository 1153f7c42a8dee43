"""A projection batch's writes on PostgreSQL are held and sent together: rows of one INSERT are
joined into one statement unless a write held since names its table, the other writes keep
their order, and a read waits for them only if it names a table they change. Many rows of one
INSERT go by COPY, in their place among the other writes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cronica.projections.write_behind import (
    COPY_MIN_ROWS,
    Copy,
    HeldWrites,
    Statements,
    Step,
    is_held_write,
)


def bind(sql: str, params: Sequence[Any]) -> str:
    """Stands in for psycopg's client-side binding: the parameters written in place of `?`."""
    for value in params:
        sql = sql.replace("?", repr(value), 1)
    return sql


def sent(steps: list[Step]) -> list[str | Copy]:
    """The steps as they are sent: statements bound into one text, COPYs as they are."""
    return [step.text(bind) if isinstance(step, Statements) else step for step in steps]


INSERT_A = "INSERT INTO a (id, n) VALUES (?, ?)"


def test_rows_of_one_insert_join_into_one_statement_across_writes_to_other_tables() -> None:
    held = HeldWrites()
    held.add(INSERT_A, ("x", 1))
    held.add("UPDATE b SET n = ? WHERE id = ?", (5, "y"))
    held.add(INSERT_A, ("z", 2))

    assert sent(held.take().steps()) == [
        "INSERT INTO a (id, n) VALUES ('x', 1), ('z', 2);\nUPDATE b SET n = 5 WHERE id = 'y'"
    ]
    assert sent(held.take().steps()) == []


def test_a_write_naming_the_table_in_between_keeps_the_rows_after_it_apart() -> None:
    held = HeldWrites()
    held.add(INSERT_A, ("x", 1))
    held.add("UPDATE a SET n = n + 1 WHERE id = ?", ("x",))
    held.add(INSERT_A, ("z", 2))
    held.add("INSERT INTO b (id) SELECT id FROM a WHERE n > ?", (1,))
    held.add(INSERT_A, ("w", 3))

    [statements] = sent(held.take().steps())
    assert statements.split(";\n") == [
        "INSERT INTO a (id, n) VALUES ('x', 1)",
        "UPDATE a SET n = n + 1 WHERE id = 'x'",
        "INSERT INTO a (id, n) VALUES ('z', 2)",
        "INSERT INTO b (id) SELECT id FROM a WHERE n > 1",
        "INSERT INTO a (id, n) VALUES ('w', 3)",
    ]


def test_a_read_waits_only_for_writes_to_a_table_it_names() -> None:
    held = HeldWrites()
    held.add("INSERT INTO alerts (id) VALUES (?)", ("x",))

    assert held.needed_by("SELECT id FROM alerts WHERE id = ?")
    assert not held.needed_by("SELECT user_id FROM managers WHERE company_id = ?")
    assert not is_held_write("SELECT 1")
    assert not is_held_write("INSERT INTO a (id) VALUES (?) RETURNING id")
    assert is_held_write("DELETE FROM a WHERE id = ?")


def test_many_rows_of_one_insert_go_by_copy_with_its_constants_between_the_other_writes() -> None:
    held = HeldWrites()
    held.add("UPDATE b SET n = 1 WHERE id = ?", ("before",))
    for n in range(COPY_MIN_ROWS):
        held.add("INSERT INTO a (id, note, n, gone) VALUES (?, 'x', ?, NULL)", (f"r{n}", n))
    held.add("UPDATE a SET n = 0 WHERE id = ?", ("r0",))

    before, copy, after = sent(held.take().steps())

    assert before == "UPDATE b SET n = 1 WHERE id = 'before'"
    # the columns given by parameters first, then those given by constants
    assert copy == Copy("a", "id, n, note, gone", [(f"r{n}", n, "x", None) for n in range(100)])
    assert after == "UPDATE a SET n = 0 WHERE id = 'r0'"


def test_fewer_rows_or_an_insert_that_may_conflict_stay_one_multi_row_insert() -> None:
    held = HeldWrites()
    for n in range(COPY_MIN_ROWS):
        held.add("INSERT INTO a (id) VALUES (?) ON CONFLICT DO NOTHING", (n,))
    for n in range(COPY_MIN_ROWS - 1):
        held.add("INSERT INTO b (id, n) VALUES (?, 0)", (n,))

    [statements] = sent(held.take().steps())

    conflicting, plain = statements.split(";\n")
    assert conflicting.endswith(", (99) ON CONFLICT DO NOTHING")
    assert plain.startswith("INSERT INTO b (id, n) VALUES (0, 0), (1, 0)")
