"""A read model listing one kind of record, one row per record: made by the record's first
event, changed by each later one (and stamped with its version and time)."""

from __future__ import annotations

from abc import abstractmethod
from typing import Any, ClassVar

from cronica.projections.projection import Projection
from cronica.projections.rows import insert_row, update_stamped
from cronica.projections.store import Cursor


class RecordListProjection(Projection):
    """Rows of `table`, one per record whose first event is a `first_event`."""

    table: ClassVar[str]
    first_event: ClassVar[type]

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        if isinstance(event, self.first_event):
            insert_row(cursor, self.table, self.row_of(event))
        elif (change := self.change(event)) is not None:
            update_stamped(cursor, self.table, event, *change)

    @abstractmethod
    def row_of(self, event: Any) -> Any:
        """The record's row as its first event makes it."""

    @abstractmethod
    def change(self, event: Any) -> tuple[str, tuple[Any, ...]] | None:
        """The columns a later event sets (SQL assignments and their values; besides version
        and updated_at), or None for an event that changes nothing listed."""
