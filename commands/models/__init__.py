"""Command bodies as clients send them, one module per record."""
