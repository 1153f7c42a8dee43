"""A projection batch's held writes, once many, are sent in the background on PostgreSQL
(`cronica.projections.background_writes`): a read in the same transaction still sees every one
of them, and one that fails (a duplicate key) fails the whole transaction, which keeps nothing.
Either way the process's switch interval, made short while writes are sent, is set back."""

from __future__ import annotations

import sys

import pytest

from cronica.ops.container import Container
from cronica.projections.background_writes import SEND_FROM_WRITES

ROWS = SEND_FROM_WRITES * 2 + 7  # two sendings in the background, and a few rows held after


@pytest.fixture
def table(container: Container) -> str:
    with container.store.transaction() as cursor:
        cursor.execute("CREATE TABLE background_rows (id INTEGER PRIMARY KEY, note TEXT)")
    return "background_rows"


def test_a_read_in_the_transaction_sees_every_write_sent_before_it(
    container: Container, table: str
) -> None:
    usual_switch_interval = sys.getswitchinterval()
    with container.store.bulk_transaction() as cursor:
        for n in range(ROWS):
            cursor.execute(f"INSERT INTO {table} (id, note) VALUES (?, 'row')", (n,))
        cursor.execute(f"UPDATE {table} SET note = ? WHERE id = ?", ("last", ROWS - 1))
        cursor.execute(f"SELECT COUNT(*) AS n FROM {table} WHERE note = 'row'")
        counted = cursor.fetchone()

    assert counted == {"n": ROWS - 1}
    assert sys.getswitchinterval() == usual_switch_interval
    assert container.store.query(f"SELECT note FROM {table} WHERE id = ?", (ROWS - 1,)) == [
        {"note": "last"}
    ]


def test_a_write_failing_in_the_background_fails_the_transaction_and_keeps_nothing(
    container: Container, table: str
) -> None:
    ids = [0 if n == 10 else n for n in range(ROWS)]  # a duplicate in the first sending
    either_drivers_error = r"(?i)unique|duplicate"
    usual_switch_interval = sys.getswitchinterval()
    with (
        pytest.raises(Exception, match=either_drivers_error),
        container.store.bulk_transaction() as cursor,
    ):
        for n in ids:
            cursor.execute(f"INSERT INTO {table} (id, note) VALUES (?, 'row')", (n,))

    assert container.store.query(f"SELECT COUNT(*) AS n FROM {table}") == [{"n": 0}]
    assert sys.getswitchinterval() == usual_switch_interval


AWKWARD_TEXTS = ["tab\there", "line\nbreak\r\n", "back\\slash", r"\N", "", "ñandú ✓ 😀", None]


def test_rows_sent_by_copy_come_back_as_written_whatever_their_text(
    container: Container, table: str
) -> None:
    notes = {n: AWKWARD_TEXTS[n % len(AWKWARD_TEXTS)] for n in range(ROWS)}
    with container.store.bulk_transaction() as cursor:
        for n, note in notes.items():
            cursor.execute(f"INSERT INTO {table} (id, note) VALUES (?, ?)", (n, note))

    rows = container.store.query(f"SELECT id, note FROM {table} ORDER BY id")
    assert {row["id"]: row["note"] for row in rows} == notes
