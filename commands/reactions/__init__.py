"""Reactions: the rules that cross records, written as handlers of stored events (DESIGN.md §2).

"When an incident is assigned, put an entry in the technician's agenda and send him a message" is
not a call from one aggregate into another: a reaction reads the `Incident.Assigned` event after
it is stored and gives commands of its own. The runner (`runner`) delivers each event at
least once, in store order, and records how far each reaction got; so reactions must be
idempotent: records they create have ids derived from the event that caused them, and
`write_once` treats finding them already there as done.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from cronica.commands.application import CommandRequest, CronicaApplication, Decision
from cronica.commands.results import Written
from cronica.domain.base import CronicaAggregate


class Reaction(ABC):
    """A rule applied to every stored event of the classes in `handles`."""

    name: str
    """Stable: names the reaction's position in the store and is its actor (`system:<name>`)."""

    handles: tuple[type[CronicaAggregate.Event], ...]

    def wants(self, event: Any) -> bool:
        return isinstance(event, self.handles)

    @abstractmethod
    def react(self, app: CronicaApplication, event: Any) -> None:
        """Gives the commands this event calls for; may be called again for the same event."""

    def request_for(self, event: CronicaAggregate.Event, unit_id: Any = None) -> CommandRequest:
        """The reaction acts as itself, in the request that caused the event: an auditor sees
        both the rule that acted and the user's request behind it."""
        return CommandRequest(
            actor_id=f"system:{self.name}",
            correlation_id=event.correlation_id,
            unit_id=unit_id if unit_id is not None else event.unit_id,
        )


def caused_by(event: CronicaAggregate.Event, what: str) -> str:
    """A key naming what one event caused (`what`): the seed of the new records' ids."""
    return f"{what}:{event.originator_id}:{event.originator_version}"


class _AlreadyDone(Exception):
    """Raised inside a reaction's decision when its records exist: the event was handled."""


def write_once(
    app: CronicaApplication, request: CommandRequest, decide: Decision
) -> Written | None:
    """Saves what `decide` returns unless its first record (whose id derives from the causing
    event) already exists: then the reaction ran before, and nothing is written (None). Checked
    in the decision, so a rival reactor that wins the race is seen on the retry."""

    def decide_once() -> list[CronicaAggregate]:
        records = list(decide())
        if app.find(type(records[0]), records[0].id) is not None:
            raise _AlreadyDone
        return records

    try:
        return app.write(request, decide_once)
    except _AlreadyDone:
        return None
