"""Opportunity commands over HTTP: open, assign, record a commercial action and mark it done,
wait for the customer, work on it, win, lose, reopen."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Response

from cronica.commands import opportunities
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import ACTION_PROBLEMS
from cronica.commands.http.route_access import on_record
from cronica.commands.http.routes import Action, Create, declare_routes
from cronica.commands.models.opportunities import (
    AssignOpportunity,
    LoseOpportunity,
    OpenOpportunity,
    RecordCommercialAction,
    ReopenOpportunity,
    WaitForCustomer,
    WinOpportunity,
    WorkOnOpportunity,
)
from cronica.domain.opportunity import Opportunity

router = APIRouter(prefix="/v1/opportunities", tags=["opportunities"])

OpportunityId = Annotated[UUID, Path(alias="opportunityId")]
ActionId = Annotated[UUID, Path(alias="actionId")]


class ActionAccepted(Accepted):
    """The opportunity a commercial action was recorded on, and the new action's id."""

    action_id: UUID


declare_routes(
    router,
    Opportunity,
    "opportunityId",
    [
        Create(
            opportunities.open_opportunity,
            OpenOpportunity,
            "Open an opportunity",
            "Numbered OP-000001 onwards, for a customer (and one of his contacts); its agent, "
            "if named, must be a user who sells (agent, manager or admin).",
        ),
        Action(
            "assign",
            opportunities.assign_opportunity,
            AssignOpportunity,
            "Assign to an agent",
            "The agent must be a user who sells (agent, manager or admin), other than the "
            "current one.",
        ),
    ],
)


@router.post(
    "/{opportunityId}/actions",
    status_code=201,
    summary="Record a commercial action",
    description="Documentation sent, a visit, a call..., still to do or already done; answers "
    "the new action's id.",
    responses=ACTION_PROBLEMS,
    **on_record(Opportunity, "opportunityId").route_options(),
)
def record_commercial_action(
    opportunity_id: OpportunityId, body: RecordCommercialAction, call: Call, response: Response
) -> ActionAccepted:
    written, action_id = opportunities.record_commercial_action(call, opportunity_id, body)
    answer = accepted(response, written)
    return ActionAccepted(**answer.model_dump(), action_id=action_id)


@router.post(
    "/{opportunityId}/actions/{actionId}/done",
    summary="Mark a commercial action done",
    description="Allowed on a won or lost opportunity too: the action already happened.",
    responses=ACTION_PROBLEMS,
    **on_record(Opportunity, "opportunityId").route_options(),
)
def mark_commercial_action_done(
    opportunity_id: OpportunityId, action_id: ActionId, call: Call, response: Response
) -> Accepted:
    written = opportunities.mark_commercial_action_done(call, opportunity_id, action_id)
    return accepted(response, written)


declare_routes(
    router,
    Opportunity,
    "opportunityId",
    [
        Action(
            "wait",
            opportunities.wait_for_customer,
            WaitForCustomer,
            "Wait for the customer",
            "Follows it up into waiting, with a comment and the day to contact the customer "
            "again (today or later, by the server's date).",
        ),
        Action("work", opportunities.work_on_opportunity, WorkOnOpportunity, "Work on it"),
        Action("win", opportunities.win_opportunity, WinOpportunity, "Close as won"),
        Action(
            "lose",
            opportunities.lose_opportunity,
            LoseOpportunity,
            "Close as lost",
            "The reason is an active code of the company's lost-reasons catalogue.",
        ),
        Action(
            "reopen",
            opportunities.reopen_opportunity,
            ReopenOpportunity,
            "Reopen a won or lost one",
            "It goes back to working.",
        ),
    ],
)
