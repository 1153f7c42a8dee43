"""`cronica rebuild`: read models rebuilt from the events, in one pass over the event store
(`ProjectionRunner.rebuild`), with a progress bar when stderr is a terminal; `--list` names them
without opening a database (or importing the application)."""

from __future__ import annotations

import argparse
import sys

from cronica.ops.read_models import READ_MODELS
from cronica.ops.settings import Settings


def rebuild(settings: Settings, args: argparse.Namespace) -> int:
    if args.list:
        for name in READ_MODELS:
            print(name)
        return 0
    names = list(READ_MODELS) if args.all else list(dict.fromkeys(args.names))
    if not names:
        raise ValueError("name the read models to rebuild, or --all (see `cronica rebuild --list`)")
    from cronica.ops.container import Container
    from cronica.ops.progress import ProgressBar

    container = Container.build(settings)
    try:
        bar = None
        if sys.stderr.isatty():
            bar = ProgressBar(container.application.recorder.max_notification_id() or 0, sys.stderr)
        try:
            count = container.runner.rebuild(*names, progress=bar)
        finally:
            if bar is not None:
                bar.close()
        print(f"rebuilt {', '.join(names)} from {count} events")
        return 0
    finally:
        container.close()
