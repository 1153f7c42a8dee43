"""The incident list read model: one row per post-sale incident, as its latest event left it."""
