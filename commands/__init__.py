"""The write side: command models, the application service that runs them, and their HTTP API."""
