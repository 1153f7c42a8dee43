"""The composition root: builds the event store, the read store, the projections, the reactions
and the followers of the event log that run them, for one process from the settings. Nothing
else in Cronica constructs these."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from cronica.commands.application import CronicaApplication
from cronica.commands.attachment_store import DatabaseAttachmentStore
from cronica.commands.mailing import EmailSender
from cronica.commands.reactions import Reaction
from cronica.commands.reactions.incident_assigned import IncidentAssignedReaction
from cronica.commands.reactions.runner import ReactionRunner
from cronica.ops.event_store import open_event_store, schema_changes_serialised
from cronica.ops.observability.followers import ObservedFollower
from cronica.ops.observability.metrics import Metrics
from cronica.ops.observability.read_side_metrics import ReadSideCollector
from cronica.ops.read_models import all_projections
from cronica.ops.settings import Settings
from cronica.projections.follower import EventLogFollower, NotificationLog, listen_for_events
from cronica.projections.positions import StoredPositions
from cronica.projections.runner import ProjectionRunner
from cronica.projections.store import PostgresReadStore, ReadStore, SQLiteReadStore

# Let a burst of saves gather into one projection batch (each save wakes the followers).
GATHER_SECONDS = 0.01
REACTION_BATCH_SIZE = 200


def all_reactions(settings: Settings) -> list[Reaction]:
    return [IncidentAssignedReaction(), EmailSender(settings.smtp())]


@dataclass
class Container:
    """Everything one process needs, built once (each piece owns connections)."""

    settings: Settings
    application: CronicaApplication
    store: ReadStore
    runner: ProjectionRunner
    reactor: ReactionRunner
    followers: list[EventLogFollower]
    metrics: Metrics
    """The process's metrics: its followers count into it, and it reads the database's."""
    _stop: threading.Event = field(default_factory=threading.Event)
    _threads: list[threading.Thread] = field(default_factory=list)
    _following: list[EventLogFollower] = field(default_factory=list)

    @classmethod
    def build(cls, settings: Settings) -> Container:
        application = open_event_store(settings)
        store: ReadStore
        if settings.is_postgres:
            store = PostgresReadStore(
                settings.postgres_conninfo(), unlogged_tables=settings.read_models_unlogged
            )
        else:
            store = SQLiteReadStore(settings.sqlite_path)
        recorder, mapper = application.recorder, application.mapper
        log = NotificationLog(recorder, mapper, settings.projection_batch_size)
        runner = ProjectionRunner(log, store, all_projections())
        reactions_log = NotificationLog(recorder, mapper, REACTION_BATCH_SIZE)
        reactor = ReactionRunner(
            application, reactions_log.after, StoredPositions(store), all_reactions(settings)
        )
        with schema_changes_serialised(settings):
            runner.setup()
            reactor.setup()
        poll = settings.projection_poll_seconds
        metrics = Metrics()
        metrics.at_scrape.register(ReadSideCollector(application, store))
        followers = [
            EventLogFollower(
                follower=ObservedFollower(runner, "read_models", metrics),
                poll_seconds=poll,
                gather_seconds=GATHER_SECONDS,
                what="projection batch",
            ),
            EventLogFollower(
                follower=ObservedFollower(reactor, "reactions", metrics),
                poll_seconds=poll,
                longest_pause=30.0,
                what="reaction",
            ),
        ]
        application.on_saved.callbacks.extend(follower.wake for follower in followers)
        return cls(settings, application, store, runner, reactor, followers, metrics)

    def running(self) -> list[ObservedFollower]:
        """The followers this process runs, as observed for its readiness."""
        observed = (f.follower for f in self._following)
        return [follower for follower in observed if isinstance(follower, ObservedFollower)]

    def start_projections(self) -> None:
        """Runs the projections and the reactions in background threads of this process until
        `close`."""
        self.start_following(*self.followers)

    def start_following(self, *followers: EventLogFollower) -> None:
        """Runs followers of the event log in background threads until `close`; on PostgreSQL
        one listener wakes all of them on the event store's NOTIFY."""
        listening = bool(self._following)
        self._following.extend(followers)
        for follower in followers:
            self._spawn(follower.run, self._stop)
        if self.settings.is_postgres and not listening:
            channel = self.application.recorder.channel_name  # type: ignore[attr-defined]
            self._spawn(
                listen_for_events,
                self.settings.postgres_conninfo(),
                channel,
                self._wake_following,
                self._stop,
            )

    def _wake_following(self, position: int = 0) -> None:
        for follower in self._following:
            follower.wake(position)

    def _spawn(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        thread.start()
        self._threads.append(thread)

    def close(self) -> None:
        self._stop.set()
        self._wake_following()
        for thread in self._threads:
            thread.join(timeout=5)
        self.store.close()
        self.application.close()


def open_attachment_store(container: Container) -> DatabaseAttachmentStore:
    """The process's attachment store, in the read store's database, its table created if new."""
    settings = container.settings
    attachments = DatabaseAttachmentStore(
        container.store, settings.attachment_max_bytes, settings.attachment_quota_bytes
    )
    with schema_changes_serialised(container.settings):
        attachments.setup()
    return attachments
