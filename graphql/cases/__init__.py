"""The GraphQL side of cases: the Case type, its filter and order inputs and queries."""
