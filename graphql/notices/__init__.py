"""The GraphQL side of notices: the Notice type, its filter and order inputs, the notice list and
the notice board (alerts, open notices, unread messages and their counts)."""
