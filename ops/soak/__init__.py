"""`python -m cronica.ops.soak`: a bounded soak on loopback. It runs two API processes, a worker and
a relay on PostgreSQL and a NATS server of its own, drives them with a mixed load while it kills
processes, drops connections and stops NATS, then checks that nothing acknowledged was lost or
written twice, that the stream equals the store and that every read model equals a rebuild."""
