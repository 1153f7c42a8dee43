"""The counters that issued human numbers (INC-000042, C-000123) before numbers were bound when a
record is saved (commands/numbering.py): kept so that stores written then still load, and so
that their numbers are counted when the numbers table is filled (ops/persistence). New saves no
longer write counters.

A counter was an aggregate saved atomically with the record that took its number: two commands
racing for the same number collided on the counter's version and one of them retried.
"""

from __future__ import annotations

from typing import ClassVar
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate
from cronica.domain.record_rules import RecordRule


def counter_id_for(company_id: UUID, prefix: str) -> UUID:
    return uuid5(NAMESPACE_URL, f"cronica:counter:{company_id}:{prefix}")


class Counter(CronicaAggregate):
    """The last number issued for one prefix in one company."""

    company_wide = True

    access_rule: ClassVar[RecordRule] = RecordRule.COMPANY

    class Started(CronicaAggregate.Created):
        prefix: str

    class NumberIssued(CronicaAggregate.Event):
        number: int

    @staticmethod
    def create_id(company_id: UUID, prefix: str) -> UUID:
        return counter_id_for(company_id, prefix)

    @event(Started)
    def __init__(self, company_id: UUID, prefix: str) -> None:
        self.company_id = company_id
        self.prefix = prefix
        self.last = 0

    def issue(self) -> str:
        """Takes the next number and returns it formatted, e.g. `INC-000042`."""
        self._take(number=self.last + 1)
        return f"{self.prefix}-{self.last:06d}"

    @event(NumberIssued)
    def _take(self, number: int) -> None:
        self.last = number
