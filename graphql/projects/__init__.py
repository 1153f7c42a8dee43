"""The GraphQL side of projects: the Project type, its filter and order inputs and queries."""
