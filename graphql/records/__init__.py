"""The GraphQL side of any record read as of a time: its snapshot and its history."""
