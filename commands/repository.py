"""The application's repository: records kept in the process's cache are shared with the code
that only reads them, never copied for it.

The library's repository brings a cached record forward by applying the newer events to the
cached object itself, and hands every caller a deep copy (so that a decision changing its copy
cannot spoil the cache): an open read five records (token, user, unit, customer, catalogue)
and deep-copied each, a third of its CPU. Here a cached object is never changed: bringing it
forward changes a copy, which replaces it in the cache. So a reader (`get(..., shared=True)`)
may keep the cached object, whatever other threads load meanwhile; a decision still gets a copy
of its own, which once saved replaces the cached object (so a record changed by every command
is copied once per command, as by the library). `CronicaApplication.write` refuses to save a
shared object (a decision that changed one would have changed the cache).
"""

from __future__ import annotations

from collections.abc import Iterable
from copy import deepcopy
from typing import Any
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Repository, project_aggregate

from cronica.commands.fresh_reads import is_fresh, remember
from cronica.domain.base import CronicaAggregate


class SharedRecordChangedError(Exception):
    """Raised when a decision would save a record it read shared (the cache's own object)."""


class SharedCacheRepository(Repository[UUID]):
    """A repository whose cached records are never changed in place (see the module)."""

    def get(  # type: ignore[override]
        self,
        aggregate_id: UUID,
        *,
        version: int | None = None,
        projector_func: Any = project_aggregate,
        shared: bool = False,
    ) -> Any:
        """The record (at a version); the up-to-date one is the cached object itself when
        `shared` (to read, never to change), else a copy of it."""
        if version is not None or self.cache is None or not self.fastforward:
            return super().get(aggregate_id, version=version, projector_func=projector_func)
        try:
            record = self.cache.get(aggregate_id)
        except KeyError:
            record = self._reconstruct_aggregate(aggregate_id, None, projector_func)
            self.cache.put(aggregate_id, record)
        else:
            if not is_fresh(aggregate_id, record.version):
                newer = list(self.event_store.get(originator_id=aggregate_id, gt=record.version))
                if newer:
                    record = projector_func(deepcopy(record), newer)
                    if record is None:
                        raise AggregateNotFoundError(aggregate_id)
                    self.cache.put(aggregate_id, record)
        remember(aggregate_id, record.version)
        return record if shared else deepcopy(record)

    def keep(self, saved: Iterable[CronicaAggregate]) -> None:
        """Caches the records a decision changed, once saved (its own copies, which nothing
        changes any more): the next load of one finds it up to date, with nothing to copy."""
        if self.cache is not None:
            for record in saved:
                self.cache.put(record.id, record)

    def refuse_shared(self, records: Iterable[CronicaAggregate]) -> None:
        """Raises SharedRecordChangedError if one of the records is the cache's own object
        (which a decision changed, and so the cache): it leaves the cache, which next loads it
        from the store."""
        shared = [record.id for record in records if self._is_cached(record)]
        for record_id in shared:
            assert self.cache is not None
            self.cache.get(record_id, evict=True)
        if shared:
            raise SharedRecordChangedError(f"a decision changed records it read shared: {shared}")

    def _is_cached(self, record: CronicaAggregate) -> bool:
        if self.cache is None:
            return False
        try:
            return self.cache.get(record.id) is record
        except KeyError:
            return False
