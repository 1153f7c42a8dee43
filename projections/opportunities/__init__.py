"""The opportunity list read model and the sales pipeline read from it."""
