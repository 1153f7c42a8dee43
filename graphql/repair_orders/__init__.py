"""The GraphQL side of repair orders: the RepairOrder type, its filter and order inputs, and the
repair order list's query fields."""
