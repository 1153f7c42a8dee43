"""A projection's TransactionMemo answers within the transaction that filled it, never after: a
later batch (or one applied again after a rollback) reads the rows from the database."""

from __future__ import annotations

from pathlib import Path

from cronica.projections.store import SQLiteReadStore
from cronica.projections.transaction_memo import TransactionMemo


def test_a_memo_is_emptied_when_another_transaction_asks(tmp_path: Path) -> None:
    store = SQLiteReadStore(tmp_path / "memo.sqlite3")
    memo: TransactionMemo[str, str] = TransactionMemo()
    with store.transaction() as cursor:
        memo.of(cursor)["item"] = "opened at nine"
        assert memo.of(cursor) == {"item": "opened at nine"}

    with store.transaction() as cursor:
        assert memo.of(cursor) == {}
    store.close()
