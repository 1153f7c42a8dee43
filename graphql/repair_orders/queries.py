"""Query fields over the repair order list."""

import strawberry

from cronica.graphql.connection import Connection
from cronica.graphql.listing_fields import listing_connection, record_by_id
from cronica.graphql.repair_orders.filters import RepairOrderFilter, RepairOrderOrder
from cronica.graphql.repair_orders.types import RepairOrder
from cronica.projections.repair_orders.rows import REPAIR_ORDERS


@strawberry.type
class RepairOrderQueries:
    repair_orders: Connection[RepairOrder] = listing_connection(
        REPAIR_ORDERS,
        RepairOrderFilter,
        RepairOrderOrder,
        RepairOrder,
        description="The company's repair orders, a page at a time (20 by default).",
    )
    repair_order: RepairOrder | None = record_by_id(
        "repair_orders", RepairOrder, REPAIR_ORDERS, what="repair order"
    )
