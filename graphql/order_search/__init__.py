"""The GraphQL side of the order search: the OrderHit type and the `searchOrders` query field."""
