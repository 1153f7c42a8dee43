"""The internal messages read model: each message, and each recipient's copy (his inbox)."""
