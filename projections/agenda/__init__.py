"""The agenda read model: each user's tasks, repair orders, entries, opportunities' days of next
contact and customers' visits, on the days a view covers, and the calendar feeds' owners."""
