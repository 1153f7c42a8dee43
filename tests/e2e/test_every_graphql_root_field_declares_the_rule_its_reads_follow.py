"""Deny by default: every root field of the GraphQL Query declares the access rule its reads
follow (`read_rule` among its extensions); a new field without one fails here, with no edit of
this test."""

from __future__ import annotations

from cronica.graphql.read_rules import declared_rule
from cronica.graphql.schema import schema


def test_every_root_field_of_the_query_declares_its_read_rule() -> None:
    query = schema.schema_converter.type_map["Query"].definition
    fields = {field.python_name: declared_rule(field) for field in query.fields}  # type: ignore[union-attr]

    assert len(fields) > 20
    assert [name for name, rule in fields.items() if rule is None] == []
