"""The timesheet read model: the lines of each employee's days, from incident follow-ups, repair
work and lines added by hand."""
