"""The benchmarks `make bench` runs (`python -m cronica.ops.benchmarks`, see __main__.py):
command throughput, read latency (read_api.py) and rebuild speed (rebuild.py), each beside a raw
baseline."""
