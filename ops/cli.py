"""The `cronica` command line. Every sub-command reads the same `CRONICA_*` settings."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from typing import NoReturn

from cronica.commands.errors import CommandError
from cronica.domain.errors import DomainError
from cronica.domain.user import Role
from cronica.ops.settings import Settings

Run = Callable[[Settings, argparse.Namespace], int]


def later(module: str, function: str) -> Run:
    """A sub-command's function, imported from `cronica.ops.<module>` when it runs: importing
    every sub-command's modules would cost each `cronica` run ~1 s before it starts."""

    def run(settings: Settings, args: argparse.Namespace) -> int:
        chosen: Run = getattr(import_module(f"cronica.ops.{module}"), function)
        return chosen(settings, args)

    return run


class OneLineErrorParser(argparse.ArgumentParser):
    """A parser whose usage errors are one line on stderr (exit 2), like every other error of
    `cronica`, so that scripts and logs show them whole. Sub-command parsers inherit it."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see `{self.prog} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineErrorParser(prog="cronica", description="Cronica, an event-sourced CRM.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", help="the HTTP server (commands + GraphQL)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--no-projections",
        action="store_true",
        help="do not run projections in this process (run `cronica worker` instead)",
    )
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="HTTP processes sharing the port (PostgreSQL only; with --no-projections)",
    )
    serve.set_defaults(run=later("commands_cli", "serve"))

    sub.add_parser("worker", help="run the projections as a process of their own").set_defaults(
        run=later("commands_cli", "worker")
    )
    sub.add_parser("relay", help="publish events to NATS JetStream").set_defaults(
        run=later("commands_cli", "relay")
    )

    rebuild = sub.add_parser(
        "rebuild", help="rebuild read models from zero, in one pass over the events"
    )
    rebuild.add_argument("names", nargs="*", metavar="NAME", help="read model (see --list)")
    which = rebuild.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="rebuild every read model")
    which.add_argument("--list", action="store_true", help="list the read models")
    rebuild.set_defaults(run=later("rebuild_cli", "rebuild"))

    set_aside = sub.add_parser(
        "set-aside", help="events a projection could not apply"
    ).add_subparsers(dest="action", required=True)
    for action, run, what in (
        (
            "list",
            later("set_aside_cli", "list_set_aside"),
            "list them, one line each, in log order",
        ),
        (
            "retry",
            later("set_aside_cli", "retry_set_aside"),
            "apply them again with the current code",
        ),
    ):
        command = set_aside.add_parser(action, help=what)
        command.add_argument("--projection", help="only this projection's (default: all)")
        command.set_defaults(run=run)

    sub.add_parser(
        "status", help="positions, lag and set-aside events of every read model, reaction, relay"
    ).set_defaults(run=later("status_cli", "print_status"))

    history = sub.add_parser("history", help="every event of a record")
    history.add_argument("record_id")
    history.set_defaults(run=later("commands_cli", "history"))

    replay = sub.add_parser("replay", help="a record as it was at a version or a time")
    replay.add_argument("record_id")
    when = replay.add_mutually_exclusive_group(required=True)
    when.add_argument("--version", type=int)
    when.add_argument("--at", help="ISO 8601 time, e.g. 2026-11-23T10:00:00Z")
    replay.set_defaults(run=later("commands_cli", "replay"))

    demo = sub.add_parser("demo", help="load realistic demo data")
    demo.add_argument("--if-empty", action="store_true", help="only into an empty database")
    demo.set_defaults(run=later("commands_cli", "demo"))

    user = sub.add_parser("user", help="manage users").add_subparsers(dest="action", required=True)
    user_add = user.add_parser("add", help="add a user; prints its id and API token")
    user_add.add_argument("name")
    user_add.add_argument("--role", required=True, choices=[r.value for r in Role])
    user_add.add_argument("--company", help="company slug (default: CRONICA_COMPANY)")
    user_add.add_argument(
        "--email",
        help="the address the user signs in with; without --password-stdin, an "
        "invitation to set a password is printed",
    )
    user_add.add_argument(
        "--password-stdin", action="store_true", help="read the user's password from stdin"
    )
    user_add.set_defaults(run=later("commands_cli", "add_user"))

    company = sub.add_parser("company", help="manage companies").add_subparsers(
        dest="action", required=True
    )
    company_add = company.add_parser("add", help="add a company")
    company_add.add_argument("slug", help="short name used in event subjects, e.g. acme")
    company_add.add_argument("--name", help="display name (default: the slug)")
    company_add.set_defaults(run=later("commands_cli", "add_company"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    run: Run = args.run
    try:
        return run(Settings(), args)
    except (CommandError, DomainError, KeyError, ValueError) as error:
        message = error.args[0] if error.args else type(error).__name__
        print(f"cronica: error: {message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
