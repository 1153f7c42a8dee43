"""Exports know no list by name: every root connection of whatever schema they are given is
exportable, with its node's scalar fields, the number and name of related records and every
scalar of value objects as columns, and its other arguments as URL parameters."""

from __future__ import annotations

import pytest

from cronica.graphql.http.export_lists import InvalidExportError, exportable_lists, lists_of

SCHEMA = """
scalar DateTime
enum Status { OPEN DONE }
type PageInfo { hasNextPage: Boolean! endCursor: String }
type Customer { id: ID! number: String! name: String! taxId: String }
type Slot { startsAt: DateTime! minutes: Int! }
type Task {
  id: ID!
  title: String!
  status: Status!
  due: DateTime
  customer: Customer
  slot: Slot
  tags: [String!]!
  notes(first: Int): String
}
type TaskEdge { node: Task! cursor: String! }
type TaskConnection { edges: [TaskEdge!]! pageInfo: PageInfo! totalCount: Int! }
input TaskFilter { status: Status }
type Query {
  tasks(
    filter: TaskFilter, ownerId: ID!, view: Status, kinds: [Status!], first: Int, after: String
  ): TaskConnection!
  task(id: ID!): Task
  today: [Task!]!
}
"""


def test_only_connections_are_lists_and_their_columns_are_named_by_path() -> None:
    lists = lists_of(SCHEMA)

    assert list(lists) == ["tasks"]
    tasks = lists["tasks"]
    assert [column.header for column in tasks.columns] == [
        "id",
        "title",
        "status",
        "due",
        "customer.number",
        "customer.name",
        "slot.startsAt",
        "slot.minutes",
    ]
    assert dict(tasks.arguments) == {
        "filter": "TaskFilter",
        "ownerId": "ID!",
        "view": "Status",
        "kinds": "[Status!]",
    }
    query = tasks.query(["ownerId"])
    assert "query Export($after: String, $ownerId: ID!) {" in query
    assert "tasks(first: 100, after: $after, ownerId: $ownerId) {" in query
    assert "customer { number name } slot { startsAt minutes }" in query


def test_a_row_follows_the_columns_and_a_missing_related_record_leaves_blanks() -> None:
    tasks = lists_of(SCHEMA)["tasks"]
    node = {
        "id": "t1",
        "title": "Call back",
        "status": "OPEN",
        "due": None,
        "customer": None,
        "slot": {"startsAt": "2025-03-03T09:00:00+00:00", "minutes": 30},
    }

    assert tasks.row(node) == [
        "t1",
        "Call back",
        "OPEN",
        None,
        None,
        None,
        "2025-03-03T09:00:00+00:00",
        30,
    ]


def test_url_parameters_are_json_but_text_and_enums_and_unknown_ones_are_refused() -> None:
    tasks = lists_of(SCHEMA)["tasks"]

    parameters = {"filter": '{"status": "OPEN"}', "ownerId": "u-1", "view": "DONE"}
    assert tasks.variables({**parameters, "kinds": '["OPEN"]'}) == {
        "filter": {"status": "OPEN"},
        "ownerId": "u-1",
        "view": "DONE",
        "kinds": ["OPEN"],
    }
    with pytest.raises(InvalidExportError, match="filter must be JSON of type TaskFilter"):
        tasks.variables({"filter": "status=OPEN"})
    with pytest.raises(InvalidExportError, match="tasks has no argument 'first'"):
        tasks.variables({"first": "5"})


def test_cronicas_own_schema_exports_its_incidents() -> None:
    incidents = exportable_lists()["incidents"]

    headers = [column.header for column in incidents.columns]
    assert headers[:3] == ["id", "number", "customerId"]
    assert {"customer.name", "assignee.name", "article.reference", "openedAt"} <= set(headers)
    assert not any(header.startswith("history") for header in headers)
    assert {"filter", "orderBy"} <= set(incidents.arguments)
