"""The case list: every case of the company as its latest event left it."""
