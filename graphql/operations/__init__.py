"""The GraphQL side of running Cronica, for admins: the events projections set aside."""
