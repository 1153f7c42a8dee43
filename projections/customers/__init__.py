"""The customer directory read model: customers, their contacts (and those met without a
customer), addresses and valuations."""
