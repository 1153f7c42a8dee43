"""The TimesheetLineFilter and TimesheetLineOrder inputs: which lines of a timesheet's days to
show, and in which order within each day (ties always end by id). Their fields come from the
timesheet's columns."""

from cronica.graphql.list_inputs import RowFilter, RowOrder, row_filter, row_order
from cronica.projections.timesheets.rows import TimesheetLine


@row_filter(TimesheetLine, description="Which lines to show: every field given must match.")
class TimesheetLineFilter(RowFilter):
    pass


@row_order(TimesheetLine)
class TimesheetLineOrder(RowOrder):
    pass
