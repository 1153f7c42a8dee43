"""The GraphQL side of internal messages: the InternalMessage type, the inbox's filter and order
inputs and the inbox query."""
