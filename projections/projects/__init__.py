"""The project list: every project of the company as its latest event left it."""
