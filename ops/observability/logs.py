"""Logging of every `cronica` process through structlog: one JSON object a line (or, with
`CRONICA_LOG_FORMAT=console`, lines for people), with time, level, logger, process, and what
the line is about. Records of other libraries (uvicorn, psycopg, nats) go through the same
chain, so every line of a process has one format; every text is redacted of secrets.

A line written while a request is handled carries its correlation id, actor and company
(`requests.add_request_fields`), once the request has them."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import MutableMapping
from typing import Any

import structlog
from structlog.typing import Processor

from cronica.ops.log_redaction import redact_secrets
from cronica.ops.observability.requests import add_request_fields
from cronica.ops.settings import Settings

UVICORN_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access")
ACCESS_LOGGER = "uvicorn.access"
"""Silenced: the app writes each request's line itself (`requests.RequestObserver`), with the
correlation id, actor and company uvicorn does not know, and without the client's address."""


def _process(kind: str) -> Processor:
    def add_process(
        _logger: Any, _method: str, event: MutableMapping[str, Any]
    ) -> MutableMapping[str, Any]:
        event["process"] = kind
        event["pid"] = os.getpid()
        return event

    return add_process


FIRST_KEYS = ("time", "level", "process", "pid", "logger", "event")


def _first_keys_first(
    _logger: Any, _method: str, event: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """Time, level and process lead each line, whatever the line adds."""
    return {key: event.pop(key) for key in FIRST_KEYS if key in event} | dict(event)


def configure_logging(settings: Settings, process: str) -> None:
    """Sends every log record of this process to stderr in the format of the settings, and
    structlog's loggers through the standard library's (so both share handler and level);
    `process` names the kind of process (`api`, `worker`, `relay`, `cli`) on each line."""
    shared: list[Processor] = [
        structlog.contextvars.merge_contextvars,
        add_request_fields,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True, key="time"),
        _process(process),
        structlog.stdlib.PositionalArgumentsFormatter(),
    ]
    console = settings.log_format == "console"
    renderer: Processor = (
        structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty(), timestamp_key="time")
        if console
        else structlog.processors.JSONRenderer()
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            *([] if console else [structlog.processors.format_exc_info]),
            redact_secrets,
            _first_keys_first,
            renderer,
        ],
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(settings.log_level.upper())
    for name in UVICORN_LOGGERS:  # uvicorn's own handlers would write its lines a second time
        logging.getLogger(name).handlers = []
        logging.getLogger(name).propagate = name != ACCESS_LOGGER
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
