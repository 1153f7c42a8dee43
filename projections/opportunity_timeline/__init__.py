"""The opportunity timeline read model: each opportunity's events, with the status before
and after each."""
