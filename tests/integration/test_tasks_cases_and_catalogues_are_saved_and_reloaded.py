"""Tasks, cases and catalogues written through the command functions come back from the store as
a fresh process loads them, on SQLite and on PostgreSQL; a follow-up saves the task it closes
and the task it plans in one transaction, or neither."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

import pytest

from cronica.commands.application import CronicaApplication
from cronica.commands.cases import open_case
from cronica.commands.catalogues import remove_catalogue_entry
from cronica.commands.errors import UnknownReferenceError
from cronica.commands.models.cases import OpenCase
from cronica.commands.models.tasks import FollowUpTask, PlanTask
from cronica.commands.tasks import follow_up_task, plan_task
from cronica.domain.case import Case
from cronica.domain.catalogue import Catalogue, catalogue_id_for
from cronica.domain.catalogue_values import CatalogueKind
from cronica.domain.task import Task
from cronica.domain.task_values import TaskStatus
from cronica.ops.settings import Settings
from tests.fixtures.staff.office import Office, call_of
from tests.fixtures.write_side import stored_events

MONDAY = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)


def reloaded(settings: Settings, record_id: UUID) -> object:
    """The record as a fresh process would load it (no memory shared with the writer)."""
    app = CronicaApplication(env=settings.event_store_env())
    try:
        return app.repository.get(record_id)
    finally:
        app.close()


def test_a_follow_up_saves_the_closed_task_and_the_next_one_together(
    settings: Settings, office: Office
) -> None:
    app = office.app
    agent, colleague = office.hire("Marta Vidal", "agent"), office.hire("Pau Roig", "agent")
    admin = office.hire("Rosa Prieto", "admin")
    customer_id = office.customer(agent, "Ferrer SL")
    case = OpenCase(customer_id=customer_id, subject="Fit-out", description="New warehouse")
    case_id = open_case(call_of(app, agent), case).id
    appointment = PlanTask(
        customer_id=customer_id,
        case_id=case_id,
        description="Show the label printers",
        type="appointment",
        starts_at=MONDAY,
        operator_id=agent.user_id,
    )
    task_id = plan_task(call_of(app, agent), appointment).id
    quote = {"description": "Quote twelve printers", "startsAt": MONDAY + timedelta(days=1)}
    follow_up = FollowUpTask.model_validate(
        {**quote, "type": "quote", "outcome": "Wants twelve", "operatorId": colleague.user_id}
    )

    written, next_task_id = follow_up_task(call_of(app, agent), task_id, follow_up)

    followed, following = reloaded(settings, task_id), reloaded(settings, next_task_id)
    assert isinstance(followed, Task) and isinstance(following, Task)
    assert (followed.status, followed.next_task_id, followed.version) == (
        TaskStatus.DONE,
        next_task_id,
        written.version,
    )
    assert (following.number, following.follows_task_id, following.operator_id) == (
        "T-000002",
        task_id,
        colleague.user_id,
    )
    assert following.links.case_id == case_id and following.details.task_type == "quote"
    *_, closed, planned = stored_events(app)
    assert [type(e) for e in (closed, planned)] == [Task.FollowedUp, Task.Planned]
    assert closed.correlation_id == planned.correlation_id

    remove_catalogue_entry(call_of(app, admin), CatalogueKind.TASK_TYPES, "quote")
    before = len(stored_events(app))
    with pytest.raises(UnknownReferenceError):
        follow_up_task(call_of(app, agent), next_task_id, follow_up)
    assert len(stored_events(app)) == before


def test_a_case_and_the_catalogues_come_back(settings: Settings, office: Office) -> None:
    app = office.app
    agent = office.hire("Marta Vidal", "agent")
    customer_id = office.customer(agent, "Ferrer SL")
    case = OpenCase(customer_id=customer_id, subject="Fit-out", description="New warehouse")

    case_id = open_case(call_of(app, agent), case).id

    opened = reloaded(settings, case_id)
    assert isinstance(opened, Case)
    assert (opened.number, opened.customer_id, opened.owner_id) == (
        "CS-000001",
        customer_id,
        agent.user_id,
    )
    for kind in CatalogueKind:
        catalogue = reloaded(settings, catalogue_id_for(agent.company_id, kind))
        assert isinstance(catalogue, Catalogue) and catalogue.kind is kind
        assert catalogue.entries and catalogue.company_id == agent.company_id
