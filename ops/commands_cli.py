"""What each `cronica` sub-command does, given the settings and its parsed arguments."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from cronica.commands.identity import add_company as found_company
from cronica.commands.identity import add_user as create_user
from cronica.commands.identity import ensure_company
from cronica.commands.people import invite_user, set_first_password
from cronica.domain.credential import check_password_policy
from cronica.ops.container import Container
from cronica.ops.settings import Settings


def serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    from cronica.ops.app import create_app
    from cronica.ops.log_redaction import install_log_redaction

    app = create_app(settings, run_projections=not args.no_projections)
    # Configuring uvicorn sets its loggers up; the filter is added after, so it stays.
    config = uvicorn.Config(app, host=args.host, port=args.port, log_level="info")
    install_log_redaction("", "uvicorn", "uvicorn.access", "uvicorn.error")
    uvicorn.Server(config).run()
    return 0


def worker(settings: Settings, _args: argparse.Namespace) -> int:
    container = Container.build(settings)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    container.start_projections()
    print("cronica worker: projections and reactions running; Ctrl-C to stop", flush=True)
    stop.wait()
    container.close()
    return 0


def relay(settings: Settings, _args: argparse.Namespace) -> int:
    from cronica.ops.relay import run_relay

    return run_relay(settings)


def history(settings: Settings, args: argparse.Namespace) -> int:
    from cronica.ops.audit import print_history

    return print_history(settings, args.record_id)


def replay(settings: Settings, args: argparse.Namespace) -> int:
    from cronica.ops.audit import print_replay

    return print_replay(settings, args.record_id, version=args.version, at=args.at)


def demo(settings: Settings, args: argparse.Namespace) -> int:
    from cronica.ops.demo.loading import load_demo

    return load_demo(settings, only_if_empty=args.if_empty)


def add_user(settings: Settings, args: argparse.Namespace) -> int:
    if args.password_stdin and not args.email:
        raise ValueError("--password-stdin needs --email")
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    if password is not None:
        check_password_policy(password)  # before the user is added: a refusal writes nothing
    container = Container.build(settings)
    try:
        slug = args.company or settings.company
        if slug == settings.company:
            ensure_company(container.application, slug, slug)
        new = create_user(container.application, slug, args.name, args.role, args.email)
        print(f"user id: {new.user_id}")
        print(f"token:   {new.token}")
        if args.email:
            if password is None:
                invitation = invite_user(container.application, args.email)
                print(f"invitation: {invitation}")
                print('  (POST /v1/invitations/accept {"token": ..., "password": ...})')
            else:
                set_first_password(container.application, args.email, password)
        return 0
    finally:
        container.close()


def add_company(settings: Settings, args: argparse.Namespace) -> int:
    container = Container.build(settings)
    try:
        written = found_company(container.application, args.slug, args.name or args.slug)
        print(f"company id: {written.id}")
        return 0
    finally:
        container.close()
