"""The command API over HTTP: routes, their guards (token, If-Match, Idempotency-Key,
correlation id) and problem+json errors."""
