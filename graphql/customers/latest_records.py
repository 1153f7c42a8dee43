"""The fields of the customer view that show a customer's records kept by other read models:
its latest ones of each kind, newest first, as the first page of the plural query of that kind
filtered by customerId (`loaders.CustomerPartLoaders` reads them for a whole page of customers).
"""

import importlib
from typing import Annotated, Any

import strawberry

from cronica.graphql.connection import Connection
from cronica.graphql.context import Info
from cronica.graphql.paging import checked_size, connection

LATEST = 5
"""How many of its latest records of each kind a customer shows unless asked for more."""


def latest_records(loader: str, type_name: str, module: str, description: str) -> Any:
    """A Customer field of type `Connection[<type_name>]` (the type defined in `module`, which
    shows its Customer in turn: imported lazily), read by the customer part loader `loader`."""

    async def resolve(root: Any, info: Info, first: int = LATEST) -> Any:
        record_type = getattr(importlib.import_module(module), type_name)
        latest = getattr(info.context.loaders.customer_parts, loader)
        page = await latest.load((root.id, checked_size("first", first)))
        return connection(page, record_type.from_row)

    resolve.__annotations__["return"] = Connection[
        Annotated[type_name, strawberry.lazy(module)]  # type: ignore[valid-type]
    ]
    return strawberry.field(resolver=resolve, description=description)
