"""Cronica's domain: aggregates, their past-tense events, value objects and domain errors.

Imports nothing of ours: only `eventsourcing.domain` and the standard library.
"""
