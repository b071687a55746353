"""``JOBO_LOG=info|debug``: send the ``jobo_ext`` logger to stderr without writing any logging setup.

Read once, when ``jobo_ext`` is imported (as other API clients read their ``*_LOG`` variable). The
logger carries one INFO line per retry — method, path, the status or exception, the retry and attempt
numbers and the wait — and never the API key (it is a header, and headers are not logged). Any other
value is ignored with one warning on the same logger. Configuring ``logging`` yourself works as
before, with or without it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping

ENV = "JOBO_LOG"
LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

logger = logging.getLogger("jobo_ext")
_env_handler: logging.Handler | None = None


def configure_from_env(environ: Mapping[str, str]) -> logging.Handler | None:
    """Install the stderr handler ``JOBO_LOG`` asks for (once; a second call changes nothing)."""
    global _env_handler
    value = environ.get(ENV, "").strip()
    if not value or _env_handler is not None:
        return _env_handler
    level = LEVELS.get(value.lower())
    if level is None:
        # A log record, not warnings.warn: it reaches stderr even with no logging configured (the
        # last-resort handler), as one plain line rather than a source excerpt of jobo_ext/__init__.py.
        logger.warning("%s=%r is ignored: use one of %s (or unset it)", ENV, value, ", ".join(LEVELS))
        return None
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > level:
        logger.setLevel(level)
    _env_handler = handler
    return handler


def env_handler() -> logging.Handler | None:
    """The handler ``JOBO_LOG`` installed, if any (``jobo-sync`` prints through its own display instead)."""
    return _env_handler
