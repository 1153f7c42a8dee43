"""How far each follower of the event log (read model, reaction, the relay) has got, read from
the database: the one source of `cronica status`, the lag metrics and the API's readiness.

A follower's lag in events is the distance from its position to the event store's last
notification id (ids have gaps, so it is an upper bound); its lag in seconds is the age of the
oldest event it has not handled (0 when caught up)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from eventsourcing.domain import DomainEvent

from cronica.commands.application import CronicaApplication
from cronica.ops.read_models import READ_MODELS
from cronica.projections.positions import all_positions
from cronica.projections.set_aside.rows import SET_ASIDE_TABLE
from cronica.projections.store import ReadStore

REACTION_PREFIX = "reaction:"


@dataclass(frozen=True)
class FollowerStatus:
    """One follower's position (name as in the positions table), lag and set-aside events."""

    name: str
    kind: str
    position: int
    lag_events: int
    lag_seconds: float
    set_aside: int


@dataclass(frozen=True)
class LogStatus:
    """The event store's last position and every follower's status, read at one moment."""

    head: int
    followers: list[FollowerStatus]

    def behind(self, max_lag_seconds: float) -> list[FollowerStatus]:
        """The read models further behind than that."""
        return [
            f for f in self.followers if f.kind == "read model" and f.lag_seconds > max_lag_seconds
        ]


def kind_of(name: str) -> str:
    if name in READ_MODELS:
        return "read model"
    return "reaction" if name.startswith(REACTION_PREFIX) else "relay"


def log_status(application: CronicaApplication, store: ReadStore) -> LogStatus:
    """Reads positions, set-aside counts and the age of each follower's next event: one query
    per distinct position behind the head (followers of one process share theirs)."""
    head = application.recorder.max_notification_id() or 0
    positions = all_positions(store)
    set_aside = {
        row["projection"]: int(row["events"])
        for row in store.query(
            f"SELECT projection, COUNT(*) AS events FROM {SET_ASIDE_TABLE} GROUP BY projection"
        )
    }
    now = datetime.now(UTC)
    age = {
        position: _age_of_next(application, position, now)
        for position in set(positions.values())
        if position < head
    }
    followers = [
        FollowerStatus(
            name=name,
            kind=kind_of(name),
            position=position,
            lag_events=max(head - position, 0),
            lag_seconds=age.get(position, 0.0),
            set_aside=set_aside.get(name, 0),
        )
        for name, position in sorted(positions.items())
    ]
    return LogStatus(head, followers)


def _age_of_next(application: CronicaApplication, position: int, now: datetime) -> float:
    """Seconds since the first event after `position` was stored."""
    found = application.recorder.select_notifications(
        start=position, limit=1, inclusive_of_start=False
    )
    if not found:
        return 0.0
    event = application.mapper.to_domain_event(found[0])
    if not isinstance(event, DomainEvent):  # every event of ours is one
        return 0.0
    return max((now - event.timestamp).total_seconds(), 0.0)
