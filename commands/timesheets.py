"""Timesheet commands on lines added by hand: add, correct, withdraw."""

from __future__ import annotations

from uuid import UUID

from cronica.commands.call import CommandCall
from cronica.commands.models.timesheets import (
    AddTimesheetLine,
    CorrectTimesheetLine,
    WithdrawTimesheetLine,
)
from cronica.commands.own_records import OwnRecords, Related
from cronica.commands.results import Written
from cronica.domain.timesheet_line import TimesheetEntry

LINES = OwnRecords(TimesheetEntry, "employee_id", "timesheet")


def add_timesheet_line(call: CommandCall, command: AddTimesheetLine) -> Written:
    def make(employee_id: UUID, about: Related) -> TimesheetEntry:
        return TimesheetEntry.add(
            company_id=call.who.company_id,
            employee_id=employee_id,
            work_centre=command.work_centre,
            department=command.department,
            started_at=command.started_at,
            ended_at=command.ended_at,
            description=command.description,
            related_type=about.related_type,
            related_id=about.related_id,
        )

    return LINES.add(call, command.employee_id, command.related_record, make)


def correct_timesheet_line(
    call: CommandCall,
    line_id: UUID,
    command: CorrectTimesheetLine,
) -> Written:
    return LINES.change(
        call,
        line_id,
        lambda line: line.correct(
            started_at=command.started_at,
            ended_at=command.ended_at,
            description=command.description,
        ),
    )


def withdraw_timesheet_line(
    call: CommandCall,
    line_id: UUID,
    command: WithdrawTimesheetLine,
) -> Written:
    return LINES.change(call, line_id, lambda line: line.withdraw(command.reason))
