import os

import pytest

# Every process the tests build hashes passwords at argon2's least cost (one pass over 64 KiB,
# not three over 64 MiB): a sign-in then takes milliseconds. `cronica` run as a process keeps
# the default, as tests/fixtures/cli_process.py passes no other CRONICA_* variable on.
os.environ.setdefault("CRONICA_PASSWORD_HASH_TIME_COST", "1")
os.environ.setdefault("CRONICA_PASSWORD_HASH_MEMORY_KIB", "64")

pytest_plugins = [
    "tests.fixtures.services",
    "tests.fixtures.streams",
    "tests.fixtures.nats_server",
    "tests.fixtures.databases",
    "tests.fixtures.command_context",
    "tests.fixtures.write_side",
    "tests.fixtures.round_trips",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked `long` go first: spread over processes (pytest-xdist, by file), the longest
    then start at once instead of leaving one process working alone at the end."""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)
