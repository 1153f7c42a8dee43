"""The GraphQL side of opportunities: the Opportunity type with its timeline, its filter and
order inputs, the list, one opportunity and the sales pipeline."""
