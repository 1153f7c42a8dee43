"""Refusing costly queries before any work (issue 10): the limits (bounds.py), what a query
costs (cost.py, one walk of its document), and the schema extension that parses, measures and
validates every query off the event loop (extension.py)."""
