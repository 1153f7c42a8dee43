"""The Node interface (GraphQL Global Object Identification, as Relay clients expect it).

A record's `id` is its global id: the id the event store keeps it under, unique across every
kind of record (all of them share one store, keyed by it) and the one commands take and answer,
so no client has to translate ids. It is opaque: a client never reads a kind or anything else
out of it; `node(id)` finds the kind itself.
"""

import strawberry


@strawberry.interface(
    description="A record of the company that `node(id)` refetches by its global id."
)
class Node:
    id: strawberry.ID = strawberry.field(
        description="The record's global id: opaque, unique across every kind of record."
    )
