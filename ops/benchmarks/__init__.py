"""The benchmarks `make bench` runs (`python -m cronica.ops.benchmarks`, see __main__.py):
command throughput, read latency (read_api.py), rebuild speed (rebuild.py), the write path
(write_path.py) and record loads (record_load.py), each beside a raw baseline."""

import os

POSTGRES_URL = os.environ.get("CRONICA_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1/test")
"""The PostgreSQL every benchmark runs on (each in schemas of its own, dropped afterwards)."""
