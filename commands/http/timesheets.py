"""Timesheet commands over HTTP: add a line by hand, correct it, withdraw it."""

from __future__ import annotations

from fastapi import APIRouter

from cronica.commands import timesheets
from cronica.commands.http.routes import Action, Create, declare_routes
from cronica.commands.models.timesheets import (
    AddTimesheetLine,
    CorrectTimesheetLine,
    WithdrawTimesheetLine,
)
from cronica.domain.timesheet_line import TimesheetEntry

router = APIRouter(prefix="/v1/timesheet-lines", tags=["timesheets"])


declare_routes(
    router,
    TimesheetEntry,
    "lineId",
    [
        Create(
            timesheets.add_timesheet_line,
            AddTimesheetLine,
            "Add a line to a timesheet by hand",
            "Lines of incident follow-ups and repair work are added by those records; this "
            "adds any other work. A user adds lines to his own timesheet, managers and admins to "
            "anyone's.",
            problems=(400, 401, 403, 422),
        ),
        Action(
            "correct",
            timesheets.correct_timesheet_line,
            CorrectTimesheetLine,
            "Correct its times or description",
            "Fields left out stay as they are; a correction must change something.",
        ),
        Action(
            "withdraw",
            timesheets.withdraw_timesheet_line,
            WithdrawTimesheetLine,
            "Withdraw it from the timesheet",
            "The line leaves the timesheet; it stays on record with the reason.",
        ),
    ],
)
