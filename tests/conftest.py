pytest_plugins = [
    "tests.fixtures.services",
    "tests.fixtures.streams",
    "tests.fixtures.nats_server",
    "tests.fixtures.databases",
    "tests.fixtures.command_context",
    "tests.fixtures.write_side",
]
