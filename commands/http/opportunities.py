"""Opportunity commands over HTTP: open, assign, record a commercial action and mark it done,
wait for the customer, work on it, win, lose, reopen."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Response

from cronica.commands import opportunities
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import ACTION_PROBLEMS, problem_responses
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

router = APIRouter(prefix="/v1/opportunities", tags=["opportunities"])

OpportunityId = Annotated[UUID, Path(alias="opportunityId")]
ActionId = Annotated[UUID, Path(alias="actionId")]


class ActionAccepted(Accepted):
    """The opportunity a commercial action was recorded on, and the new action's id."""

    action_id: UUID


@router.post(
    "",
    status_code=201,
    summary="Open an opportunity",
    description="Numbered OP-000001 onwards, for a customer (and one of his contacts); its agent, "
    "if named, must be a user who sells (agent, manager or admin).",
    responses=problem_responses(400, 401, 409, 422),
)
def open_opportunity(body: OpenOpportunity, call: Call, response: Response) -> Accepted:
    written = opportunities.open_opportunity(call, body)
    return accepted(response, written)


@router.post(
    "/{opportunityId}/assign",
    summary="Assign to an agent",
    description="The agent must be a user who sells (agent, manager or admin), other than the "
    "current one.",
    responses=ACTION_PROBLEMS,
)
def assign_opportunity(
    opportunity_id: OpportunityId, body: AssignOpportunity, call: Call, response: Response
) -> Accepted:
    written = opportunities.assign_opportunity(call, opportunity_id, body)
    return accepted(response, written)


@router.post(
    "/{opportunityId}/actions",
    status_code=201,
    summary="Record a commercial action",
    description="Documentation sent, a visit, a call..., still to do or already done; answers "
    "the new action's id.",
    responses=ACTION_PROBLEMS,
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
)
def mark_commercial_action_done(
    opportunity_id: OpportunityId, action_id: ActionId, call: Call, response: Response
) -> Accepted:
    written = opportunities.mark_commercial_action_done(call, opportunity_id, action_id)
    return accepted(response, written)


@router.post(
    "/{opportunityId}/wait",
    summary="Wait for the customer",
    description="Follows it up into waiting, with a comment and the day to contact the customer "
    "again (today or later, by the server's date).",
    responses=ACTION_PROBLEMS,
)
def wait_for_customer(
    opportunity_id: OpportunityId, body: WaitForCustomer, call: Call, response: Response
) -> Accepted:
    written = opportunities.wait_for_customer(call, opportunity_id, body)
    return accepted(response, written)


@router.post("/{opportunityId}/work", summary="Work on it", responses=ACTION_PROBLEMS)
def work_on_opportunity(
    opportunity_id: OpportunityId, body: WorkOnOpportunity, call: Call, response: Response
) -> Accepted:
    written = opportunities.work_on_opportunity(call, opportunity_id, body)
    return accepted(response, written)


@router.post("/{opportunityId}/win", summary="Close as won", responses=ACTION_PROBLEMS)
def win_opportunity(
    opportunity_id: OpportunityId, body: WinOpportunity, call: Call, response: Response
) -> Accepted:
    written = opportunities.win_opportunity(call, opportunity_id, body)
    return accepted(response, written)


@router.post(
    "/{opportunityId}/lose",
    summary="Close as lost",
    description="The reason is an active code of the company's lost-reasons catalogue.",
    responses=ACTION_PROBLEMS,
)
def lose_opportunity(
    opportunity_id: OpportunityId, body: LoseOpportunity, call: Call, response: Response
) -> Accepted:
    written = opportunities.lose_opportunity(call, opportunity_id, body)
    return accepted(response, written)


@router.post(
    "/{opportunityId}/reopen",
    summary="Reopen a won or lost one",
    description="It goes back to working.",
    responses=ACTION_PROBLEMS,
)
def reopen_opportunity(
    opportunity_id: OpportunityId, body: ReopenOpportunity, call: Call, response: Response
) -> Accepted:
    written = opportunities.reopen_opportunity(call, opportunity_id, body)
    return accepted(response, written)
