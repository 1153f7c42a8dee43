"""Operating Cronica: Prometheus metrics, structured logs, health checks, OpenTelemetry traces
and the status table, wired into the processes by ops (the rest of the code knows nothing of
them)."""
