"""The composition root: builds the event store, the read store, the projections and the runner
for one process from the settings. Nothing else in Cronica constructs these."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from cronica.commands.application import CronicaApplication
from cronica.commands.attachment_store import DatabaseAttachmentStore
from cronica.commands.incident_reactions import IncidentAssignedReaction
from cronica.commands.mailing import EmailSender
from cronica.commands.reactions import Reaction
from cronica.ops.event_store import open_event_store, schema_changes_serialised
from cronica.ops.reactor import ReactionRunner
from cronica.ops.settings import Settings
from cronica.projections.agenda import AgendaProjection
from cronica.projections.agent_activity import AgentActivityProjection
from cronica.projections.customer_directory import CustomerDirectoryProjection
from cronica.projections.incident_list import IncidentListProjection
from cronica.projections.listener import listen_for_events
from cronica.projections.message_list import MessageListProjection
from cronica.projections.notice_board import NoticeBoardProjection
from cronica.projections.notice_list import NoticeListProjection
from cronica.projections.opportunity_list import OpportunityListProjection
from cronica.projections.opportunity_timeline import OpportunityTimelineProjection
from cronica.projections.order_search import OrderSearchProjection
from cronica.projections.projection import Projection
from cronica.projections.repair_order_list import RepairOrderListProjection
from cronica.projections.runner import ProjectionRunner
from cronica.projections.store import PostgresReadStore, ReadStore, SQLiteReadStore
from cronica.projections.task_list import TaskListProjection
from cronica.projections.timesheet import TimesheetProjection
from cronica.projections.user_directory import UserDirectoryProjection


def all_projections() -> list[Projection]:
    return [
        UserDirectoryProjection(),
        CustomerDirectoryProjection(),
        IncidentListProjection(),
        NoticeBoardProjection(),
        TimesheetProjection(),
        AgentActivityProjection(),
        NoticeListProjection(),
        MessageListProjection(),
        OpportunityListProjection(),
        OpportunityTimelineProjection(),
        TaskListProjection(),
        RepairOrderListProjection(),
        OrderSearchProjection(),
        AgendaProjection(),
    ]


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
    _stop: threading.Event = field(default_factory=threading.Event)
    _threads: list[threading.Thread] = field(default_factory=list)

    @classmethod
    def build(cls, settings: Settings) -> Container:
        application = open_event_store(settings)
        store: ReadStore
        if settings.is_postgres:
            store = PostgresReadStore(settings.postgres_conninfo())
        else:
            store = SQLiteReadStore(settings.sqlite_path)
        runner = ProjectionRunner(
            application.recorder,
            application.mapper,
            store,
            all_projections(),
            batch_size=settings.projection_batch_size,
            poll_seconds=settings.projection_poll_seconds,
        )
        reactor = ReactionRunner(application, store, all_reactions(settings))
        with schema_changes_serialised(settings):
            runner.setup()
            reactor.setup()
        application.on_saved.callbacks.extend([runner.wake, reactor.wake])
        return cls(settings, application, store, runner, reactor)

    def start_projections(self) -> None:
        """Runs the projections and the reactions in background threads of this process until
        `close`."""
        self._spawn(self.runner.run, self._stop)
        self._spawn(self.reactor.run, self._stop)
        if self.settings.is_postgres:
            channel = self.application.recorder.channel_name  # type: ignore[attr-defined]
            self._spawn(
                listen_for_events,
                self.settings.postgres_conninfo(),
                channel,
                self._wake_all,
                self._stop,
            )

    def _wake_all(self, position: int = 0) -> None:
        self.runner.wake(position)
        self.reactor.wake(position)

    def _spawn(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        thread.start()
        self._threads.append(thread)

    def close(self) -> None:
        self._stop.set()
        self._wake_all()
        for thread in self._threads:
            thread.join(timeout=5)
        self.store.close()
        self.application.close()


def open_attachment_store(container: Container) -> DatabaseAttachmentStore:
    """The process's attachment store, in the read store's database, its table created if new."""
    attachments = DatabaseAttachmentStore(container.store, container.settings.attachment_max_bytes)
    with schema_changes_serialised(container.settings):
        attachments.setup()
    return attachments
