"""What each `cronica` sub-command does, given the settings and its parsed arguments."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
import threading

from cronica.commands.identity import add_company as found_company
from cronica.commands.identity import add_user as create_user
from cronica.commands.identity import ensure_company
from cronica.commands.people import invite_user, set_first_password
from cronica.domain.credential import check_password_policy
from cronica.ops.container import Container
from cronica.ops.settings import Settings

WORKER_START_SECONDS = 60


def serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    from cronica.ops.app import create_app
    from cronica.ops.observability.logs import configure_logging
    from cronica.ops.observability.metrics import SHARED_DIRECTORY

    configure_logging(settings, "api")
    if args.workers > 1:
        if not settings.is_postgres:
            raise ValueError("--workers: an embedded SQLite database is served by one process")
        if not args.no_projections:
            raise ValueError(
                "--workers: pass --no-projections and run the projections in `cronica worker`"
            )
        if settings.metrics_port is not None:
            raise ValueError(
                "--workers: the processes share one port and answer /metrics on it; "
                "leave CRONICA_METRICS_PORT unset"
            )
        # Each process imports the app by name and builds its own objects (and pool) from the
        # same CRONICA_* environment; uvicorn hands them one listening socket. They count their
        # metrics in files of one directory, so that any of them answers a scrape with all.
        with tempfile.TemporaryDirectory(prefix="cronica-metrics-") as shared:
            os.environ.setdefault(SHARED_DIRECTORY, shared)
            uvicorn.run(
                "cronica.ops.app:create_worker_app",
                factory=True,
                host=args.host,
                port=args.port,
                workers=args.workers,
                log_config=None,  # each process sets its logging up (create_worker_app)
                access_log=False,  # the app logs each request with its correlation id
                # Importing and building the app takes seconds on a busy machine: a process
                # that has not answered within uvicorn's default 5 s would be killed and
                # started again.
                timeout_worker_healthcheck=WORKER_START_SECONDS,
            )
        return 0
    app = create_app(settings, run_projections=not args.no_projections)
    config = uvicorn.Config(app, host=args.host, port=args.port, log_config=None, access_log=False)
    uvicorn.Server(config).run()
    return 0


def worker(settings: Settings, _args: argparse.Namespace) -> int:
    import structlog

    from cronica.ops.observability.health import ProcessHealth
    from cronica.ops.observability.logs import configure_logging
    from cronica.ops.observability.side_server import serve_side

    configure_logging(settings, "worker")
    container = Container.build(settings)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    port = settings.worker_metrics_port
    try:
        metrics = serve_side(ProcessHealth("worker", container), port) if port else None
        container.start_projections()
        structlog.get_logger("cronica.worker").info(
            "projections and reactions running", metrics_port=port
        )
        stop.wait()
        if metrics is not None:
            metrics.close()
    finally:
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
