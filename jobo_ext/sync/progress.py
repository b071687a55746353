"""How ``jobo-sync`` shows a run: a one-line progress bar on a terminal, plain log lines otherwise.

Both are :data:`~jobo_ext.sync.events.SyncEvent` callbacks. :class:`ProgressBar` redraws one line
(``\\r`` + erase) with the phase, a bar when the scan's size is known, jobs/s, credits spent and the
current cursor; log records (retries, warnings) are printed above it. :class:`LogLines` writes one
timestamped line per batch, for logs and pipes.
"""

from __future__ import annotations

import logging
import time
from typing import TextIO

from jobo_ext.sync.events import BatchStored, Notice, PhaseFinished, PhaseStarted, SyncEvent

__all__ = ["LogLines", "ProgressBar", "Reporter", "short_cursor"]

_BAR_WIDTH = 24


def short_cursor(cursor: str | None) -> str:
    """A cursor shortened for display (cursors are long opaque strings)."""
    if cursor is None:
        return "-"
    return cursor if len(cursor) <= 16 else f"{cursor[:6]}…{cursor[-6:]}"


def _credits(value: float) -> str:
    return f"{value:,.1f}".removesuffix(".0")


class Reporter:
    """Base class: an event callback that also serves as a ``logging`` handler's output."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def __call__(self, event: SyncEvent) -> None:
        raise NotImplementedError

    def log(self, message: str) -> None:
        """Print a log message (a retry, a warning) without garbling the display."""
        self.stream.write(message + "\n")
        self.stream.flush()

    def close(self) -> None:
        """Finish the display (end a progress line)."""

    def handler(self, level: int = logging.INFO) -> logging.Handler:
        """A ``logging`` handler that prints through :meth:`log`."""
        reporter = self

        class _Handler(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                try:
                    reporter.log(self.format(record))
                except Exception:  # pragma: no cover - logging must never break the sync
                    self.handleError(record)

        handler = _Handler(level)
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        return handler


class LogLines(Reporter):
    """One line per event: ``2026-03-01 12:00:00 backfill: batch of 1,000 jobs stored …``."""

    def _line(self, text: str) -> None:
        self.log(f"{time.strftime('%Y-%m-%d %H:%M:%S')} {text}")

    def __call__(self, event: SyncEvent) -> None:
        if isinstance(event, PhaseStarted):
            verb = "resuming" if event.resumed else "starting"
            total = f", about {event.estimated_total:,} jobs" if event.estimated_total is not None else ""
            self._line(f"{event.phase}: {verb} ({event.description}{total})")
        elif isinstance(event, BatchStored):
            if event.writes is not None:
                w = event.writes
                what = f"{event.received:,} jobs ({w.inserted:,} new, {w.updated:,} updated, {w.unchanged:,} unchanged)"
            else:
                e = event.expired
                assert e is not None
                what = f"{event.received:,} expired ids ({e.marked:,} marked, {e.already:,} already, {e.unknown:,} not stored)"
            of = f"/{event.estimated_total:,}" if event.estimated_total is not None else ""
            rate = event.run_received / event.elapsed if event.elapsed > 0 else 0.0
            self._line(
                f"{event.phase}: stored {what}; {event.delivered:,}{of} so far, {rate:,.0f} jobs/s, "
                f"{_credits(event.run_credits)} credits, cursor {short_cursor(event.cursor)}"
            )
        elif isinstance(event, PhaseFinished):
            self._line(f"{event.phase}: {'complete' if event.completed else 'stopped'}")
        elif isinstance(event, Notice):
            self._line(f"{event.level}: {event.message}")


class ProgressBar(Reporter):
    """A single redrawn status line for an interactive terminal."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(stream)
        self._status = ""

    def _draw(self) -> None:
        self.stream.write("\r\x1b[2K" + self._status)
        self.stream.flush()

    def log(self, message: str) -> None:
        self.stream.write("\r\x1b[2K" + message + "\n")
        self._draw()

    def close(self) -> None:
        if self._status:
            self.stream.write("\n")
            self.stream.flush()
            self._status = ""

    def __call__(self, event: SyncEvent) -> None:
        if isinstance(event, PhaseStarted):
            self.close()
            verb = "resuming" if event.resumed else "starting"
            self.log(f"{event.phase}: {verb} ({event.description})")
            self._status = f"{event.phase}: waiting for the first batch …"
            self._draw()
        elif isinstance(event, BatchStored):
            unit = "ids" if event.writes is None else "jobs"
            if event.estimated_total:
                done = min(event.delivered / event.estimated_total, 1.0)
                filled = round(done * _BAR_WIDTH)
                bar = f"[{'#' * filled}{'.' * (_BAR_WIDTH - filled)}] {done:4.0%} "
                count = f"{event.delivered:,}/{event.estimated_total:,} {unit}"
            else:
                bar, count = "", f"{event.delivered:,} {unit}"
            rate = event.run_received / event.elapsed if event.elapsed > 0 else 0.0
            speed = f" | {rate:,.0f} jobs/s" if event.writes is not None else ""
            self._status = (
                f"{event.phase} {bar}{count}{speed} | {_credits(event.run_credits)} credits"
                f" | cursor {short_cursor(event.cursor)}"
            )
            self._draw()
        elif isinstance(event, PhaseFinished):
            self._status += "  done" if event.completed else "  stopped"
            self._draw()
            self.close()
        elif isinstance(event, Notice):
            self.log(f"{event.level}: {event.message}")
