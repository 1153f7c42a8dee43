"""`not` means "does not match": a row whose field is empty does not match `eq`, so `not eq`
keeps it (plain SQL would drop it, NOT NULL being NULL)."""

from __future__ import annotations

import sqlite3

from cronica.projections.filtering import AnyOf, Condition, NoneOf, compile_filter

COLUMNS = {"assigneeId": "assignee_id", "status": "status"}


def matching(filter_: NoneOf) -> list[str]:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE incidents (id TEXT, assignee_id TEXT, status TEXT)")
    connection.executemany(
        "INSERT INTO incidents VALUES (?, ?, ?)",
        [("mine", "ana", "open"), ("theirs", "luis", "open"), ("nobodys", None, "closed")],
    )
    where, params = compile_filter(filter_, COLUMNS)
    rows = connection.execute(f"SELECT id FROM incidents WHERE {where} ORDER BY id", params)
    return [id_ for (id_,) in rows]


def test_not_assigned_to_ana_includes_the_unassigned() -> None:
    assert matching(NoneOf(Condition("assigneeId", "eq", "ana"))) == ["nobodys", "theirs"]


def test_not_any_of_several_excludes_each_of_them() -> None:
    either = AnyOf([Condition("assigneeId", "eq", "ana"), Condition("status", "eq", "closed")])
    assert matching(NoneOf(either)) == ["theirs"]
