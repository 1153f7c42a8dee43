"""Secrets never reach the logs: the calendar feed's URL carries its only credential in its path,
and uvicorn's access log writes every path. `cronica serve` installs this filter on the access
logger (and on the root logger, for any other logging of paths)."""

from __future__ import annotations

import logging
import re

SECRET_IN_PATH = re.compile(r"(/calendar/)[^/?#\s\"]+?(\.ics)")
REDACTED = r"\1[redacted]\2"


def redacted(text: str) -> str:
    return SECRET_IN_PATH.sub(REDACTED, text)


class SecretRedactingFilter(logging.Filter):
    """Rewrites a record's message and arguments with every secret of a path redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redacted(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(
                redacted(arg) if isinstance(arg, str) else arg for arg in record.args
            )
        return True


def install_log_redaction(*logger_names: str) -> None:
    """Adds the filter to the named loggers (the root logger by default)."""
    for name in logger_names or ("",):
        logger = logging.getLogger(name)
        if not any(isinstance(f, SecretRedactingFilter) for f in logger.filters):
            logger.addFilter(SecretRedactingFilter())
