"""The repair order list read model: one row per repair order, as its latest event left it, and
the status each event moves an order to (shared with the other read models that show it)."""
