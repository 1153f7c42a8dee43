"""Relay of events to NATS JetStream, and the event contract (AsyncAPI) it publishes by."""
