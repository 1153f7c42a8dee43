"""The GraphQL side of customers: the Customer type with its parts and visit plan, the customer
and contact filter and order inputs, the customer view's loaders and the customer lists."""
