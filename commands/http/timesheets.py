"""Timesheet commands over HTTP: add a line by hand, correct it, withdraw it."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Response

from cronica.commands import timesheets
from cronica.commands.http.answers import Accepted, accepted
from cronica.commands.http.guards import Call
from cronica.commands.http.problems import GUARDED_ACTION_PROBLEMS, problem_responses
from cronica.commands.models.timesheets import (
    AddTimesheetLine,
    CorrectTimesheetLine,
    WithdrawTimesheetLine,
)

router = APIRouter(prefix="/v1/timesheet-lines", tags=["timesheets"])

LineId = Annotated[UUID, Path(alias="lineId")]


@router.post(
    "",
    status_code=201,
    summary="Add a line to a timesheet by hand",
    description="Lines of incident follow-ups and repair work are added by those records; this "
    "adds any other work. A user adds lines to his own timesheet, managers and admins to "
    "anyone's.",
    responses=problem_responses(400, 401, 403, 422),
)
def add_timesheet_line(body: AddTimesheetLine, call: Call, response: Response) -> Accepted:
    return accepted(response, timesheets.add_timesheet_line(call, body))


@router.post(
    "/{lineId}/correct",
    summary="Correct its times or description",
    description="Fields left out stay as they are; a correction must change something.",
    responses=GUARDED_ACTION_PROBLEMS,
)
def correct_timesheet_line(
    line_id: LineId, body: CorrectTimesheetLine, call: Call, response: Response
) -> Accepted:
    written = timesheets.correct_timesheet_line(call, line_id, body)
    return accepted(response, written)


@router.post(
    "/{lineId}/withdraw",
    summary="Withdraw it from the timesheet",
    description="The line leaves the timesheet; it stays on record with the reason.",
    responses=GUARDED_ACTION_PROBLEMS,
)
def withdraw_timesheet_line(
    line_id: LineId, body: WithdrawTimesheetLine, call: Call, response: Response
) -> Accepted:
    written = timesheets.withdraw_timesheet_line(call, line_id, body)
    return accepted(response, written)
