"""Connections (edges { node cursor }, pageInfo, totalCount), generic over the node type:
`Connection[Incident]` is the schema's IncidentConnection."""

from typing import Generic, TypeVar

import strawberry

Node = TypeVar("Node")


@strawberry.type(description="Where a page sits in the whole ordered result.")
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type(description="A node and the cursor that points at it.")
class Edge(Generic[Node]):
    node: Node
    cursor: str


@strawberry.type(description="A page of a list, with the size of the whole list.")
class Connection(Generic[Node]):
    edges: list[Edge[Node]]
    page_info: PageInfo
    total_count: int = strawberry.field(description="How many match, across every page.")
