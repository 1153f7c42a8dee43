"""The GraphQL side of incidents: the Incident type, its filter and order inputs, and the
incident list's query fields."""
