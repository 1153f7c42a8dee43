"""The event store's recorders and factories for PostgreSQL and SQLite (PERSISTENCE_MODULE names
one): the library's, plus the record numbers bound inside each save (commands/numbering.py)."""
