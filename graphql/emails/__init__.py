"""The GraphQL side of e-mails: the Email type, its filter and order inputs and queries."""
