"""Nested lists: a record's related rows kept by another read model (a customer's latest
incidents, a unit's members, a record's e-mails), each the first page of the plural query of
that kind filtered by the record's id, read for a whole page of records in one query.

    incidents = first_page(
        "customer_parts.incidents", "Incident", "cronica.graphql.incidents.types", "..."
    )
"""

import importlib
from operator import attrgetter
from typing import Annotated, Any

import strawberry

from cronica.graphql.connection import Connection
from cronica.graphql.context import Info
from cronica.graphql.paging import checked_size, connection

LATEST = 5
"""How many related rows of each kind a record shows unless asked for more."""


def first_page(loader: str, type_name: str, module: str, description: str) -> Any:
    """A field of type `Connection[<type_name>]` (the type defined in `module`, imported lazily:
    it may show the record in turn), read by the request's loader at the dotted path `loader`
    (made with `first_page_loaders.first_pages`)."""
    loader_of = attrgetter(loader)

    async def resolve(root: Any, info: Info, first: int = LATEST) -> Any:
        record_type = getattr(importlib.import_module(module), type_name)
        page = await loader_of(info.context.loaders).load((root.id, checked_size("first", first)))
        return connection([record_type.from_row(row) for row in page.rows], 0, page.total_count)

    resolve.__annotations__["return"] = Connection[
        Annotated[type_name, strawberry.lazy(module)]  # type: ignore[valid-type]
    ]
    return strawberry.field(resolver=resolve, description=description)
