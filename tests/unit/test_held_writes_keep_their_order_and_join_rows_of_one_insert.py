"""A projection batch's writes on PostgreSQL are held and sent together: rows of one INSERT are
joined into one statement unless a write held since names its table, the other writes keep
their order, and a read waits for them only if it names a table they change."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cronica.projections.write_behind import HeldWrites, is_held_write


def bind(sql: str, params: Sequence[Any]) -> str:
    """Stands in for psycopg's client-side binding: the parameters written in place of `?`."""
    for value in params:
        sql = sql.replace("?", repr(value), 1)
    return sql


INSERT_A = "INSERT INTO a (id, n) VALUES (?, ?)"


def test_rows_of_one_insert_join_into_one_statement_across_writes_to_other_tables() -> None:
    held = HeldWrites(bind)
    held.add(INSERT_A, ("x", 1))
    held.add("UPDATE b SET n = ? WHERE id = ?", (5, "y"))
    held.add(INSERT_A, ("z", 2))

    assert held.take() == (
        "INSERT INTO a (id, n) VALUES ('x', 1), ('z', 2);\nUPDATE b SET n = 5 WHERE id = 'y'"
    )
    assert held.take() == ""


def test_a_write_naming_the_table_in_between_keeps_the_rows_after_it_apart() -> None:
    held = HeldWrites(bind)
    held.add(INSERT_A, ("x", 1))
    held.add("UPDATE a SET n = n + 1 WHERE id = ?", ("x",))
    held.add(INSERT_A, ("z", 2))
    held.add("INSERT INTO b (id) SELECT id FROM a WHERE n > ?", (1,))
    held.add(INSERT_A, ("w", 3))

    assert held.take().split(";\n") == [
        "INSERT INTO a (id, n) VALUES ('x', 1)",
        "UPDATE a SET n = n + 1 WHERE id = 'x'",
        "INSERT INTO a (id, n) VALUES ('z', 2)",
        "INSERT INTO b (id) SELECT id FROM a WHERE n > 1",
        "INSERT INTO a (id, n) VALUES ('w', 3)",
    ]


def test_a_read_waits_only_for_writes_to_a_table_it_names() -> None:
    held = HeldWrites(bind)
    held.add("INSERT INTO alerts (id) VALUES (?)", ("x",))

    assert held.needed_by("SELECT id FROM alerts WHERE id = ?")
    assert not held.needed_by("SELECT user_id FROM managers WHERE company_id = ?")
    assert not is_held_write("SELECT 1")
    assert not is_held_write("INSERT INTO a (id) VALUES (?) RETURNING id")
    assert is_held_write("DELETE FROM a WHERE id = ?")
