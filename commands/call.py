"""The one object every command function takes first: the application, the caller and how he
asked (by the HTTP routes, the CLI, the demo and the tests alike)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from cronica.commands.application import (
    A,
    AnsweringDecision,
    CommandRequest,
    CronicaApplication,
    Decision,
)
from cronica.commands.results import Principal, Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.counter import Counter


@dataclass(frozen=True)
class CommandCall:
    """Everything a command needs besides its body: `verb_record(call, [record_id,] command)`."""

    app: CronicaApplication
    who: Principal
    request: CommandRequest

    def load(self, cls: type[A], record_id: UUID) -> A:
        """The record of the caller's company that the command addresses, at the If-Match
        version."""
        return self.app.load(cls, record_id, self.who.company_id, self.request.expected_version)

    def counter(self, prefix: str) -> Counter:
        """The caller's company's counter of numbers with this prefix."""
        return self.app.counter(self.who.company_id, prefix)

    def numbered(
        self, prefix: str, make: Callable[[str], CronicaAggregate]
    ) -> list[CronicaAggregate]:
        """The record `make` makes with the company's next number of `prefix`, and the counter
        that issued it: saved together, so a number is never issued twice."""
        counter = self.counter(prefix)
        return [make(counter.issue()), counter]

    def write(self, decide: Decision | AnsweringDecision) -> Written:
        """Runs the decision and saves what it changed, as the caller asked."""
        return self.app.write(self.request, decide)
