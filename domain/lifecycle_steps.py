"""The lifecycle vocabulary of the design card, and each record event's place in it.

Incidents, opportunities, repair orders and tasks share one lifecycle: created, assigned,
followed up, closed (with an outcome), reopened, and lost for opportunities. Each record keeps
the event names its own rules need (a repair order is `Received` and `Scheduled`, a task
`TakenInCharge`, an opportunity `ClosedAsWon`): they are stored for ever and name distinctions
the vocabulary folds together. So an event class declares which step it is
(`lifecycle = Lifecycle(Step.ASSIGNED)`), and the bus publishes it under both names.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Step(StrEnum):
    """A step of the shared lifecycle, named as its events are published."""

    CREATED = "created"
    ASSIGNED = "assigned"
    FOLLOWED_UP = "followed_up"
    CLOSED = "closed"
    REOPENED = "reopened"
    LOST = "lost"


class Outcome(StrEnum):
    """How a record was closed."""

    RESOLVED = "resolved"
    WON = "won"
    COMPLETED = "completed"
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Lifecycle:
    """The step an event class is in the shared lifecycle; a closing names its outcome."""

    step: Step
    outcome: Outcome | None = None

    def __post_init__(self) -> None:
        if (self.step is Step.CLOSED) != (self.outcome is not None):
            raise ValueError("a closing, and only a closing, names its outcome")


CREATED = Lifecycle(Step.CREATED)
ASSIGNED = Lifecycle(Step.ASSIGNED)
FOLLOWED_UP = Lifecycle(Step.FOLLOWED_UP)
REOPENED = Lifecycle(Step.REOPENED)
LOST = Lifecycle(Step.LOST)


def closed(outcome: Outcome) -> Lifecycle:
    return Lifecycle(Step.CLOSED, outcome)
