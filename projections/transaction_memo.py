"""What a projection wrote in the current transaction, remembered so that it need not read it
back: in a rebuild's big batches a read after a held write costs two round trips on PostgreSQL
(the writes sent, then the read), and most of a projection's reads ask for rows it has just
written.

A memo belongs to one transaction: it is known by its cursor (each transaction has a cursor of
its own), and a new cursor starts an empty memo, so a rolled-back batch or rows written by
another runner between two transactions are never answered from it. A projection writes a value
into the memo only where it writes the same value to its row, and forgets an entry whose rows it
changes in a way it does not follow; a key not in the memo is read from the database, as before.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from cronica.projections.store import Cursor

K = TypeVar("K")
V = TypeVar("V")


class TransactionMemo(Generic[K, V]):
    """Values known for the transaction of one cursor at a time."""

    def __init__(self) -> None:
        # One tuple, replaced whole: two threads applying batches through one projection each
        # get the dict paired with their own cursor.
        self._memo: tuple[Cursor | None, dict[K, V]] = (None, {})

    def of(self, cursor: Cursor) -> dict[K, V]:
        """The values known in the transaction of `cursor` (empty when it is a new one)."""
        memo = self._memo
        if memo[0] is not cursor:
            memo = (cursor, {})
            self._memo = memo
        return memo[1]
