"""Relay of events to NATS JetStream."""
