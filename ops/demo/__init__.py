"""The demo data `cronica demo` loads: a small company's week of work, written through the command
service as users would (loading.py starts it; one module per area of the office)."""
