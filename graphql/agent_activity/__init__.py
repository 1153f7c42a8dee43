"""The GraphQL side of agent activity: done and pending work per agent."""
