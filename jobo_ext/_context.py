"""Per-call overrides of the client's retry policy and timeout, carried in a context variable.

The transport cannot receive extra arguments through the generated functions, so a caller (the
facade's per-call options, or user code) sets them around the call instead. Users import
:func:`call_options` and :class:`CallOptions` from ``jobo_ext``; this module is where they live::

    with call_options(retry_policy=RetryPolicy.disabled(), timeout=5.0):
        get_job.sync_detailed(job_id, client=jobo.generated)

A ``ContextVar`` is copied into every ``asyncio`` task created inside the block and is not shared
between threads, so concurrent calls never see each other's overrides.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import attrs
import httpx

from jobo_ext.retries import RetryPolicy

__all__ = ["CallOptions", "call_options", "current_call_options"]


@attrs.frozen
class CallOptions:
    """Overrides for the calls made in the current context; ``None`` means "use the client's"."""

    retry_policy: RetryPolicy | None = None
    """Replaces the client's retry policy."""
    timeout: httpx.Timeout | None = None
    """Replaces the whole timeout, including the per-operation read timeout. ``httpx.Timeout(None)``
    means no timeout at all."""


_NO_OVERRIDES = CallOptions()
_CALL_OPTIONS: ContextVar[CallOptions | None] = ContextVar("jobo_ext_call_options", default=None)


def current_call_options() -> CallOptions:
    """The overrides in effect here (all ``None`` outside any :func:`call_options` block)."""
    return _CALL_OPTIONS.get() or _NO_OVERRIDES


@contextmanager
def call_options(
    *, retry_policy: RetryPolicy | None = None, timeout: float | httpx.Timeout | None = None
) -> Iterator[CallOptions]:
    """Override the retry policy and/or timeout for the calls made inside the ``with`` block.

    Nested blocks inherit the outer overrides they do not replace. A number for ``timeout`` applies to
    connect, read, write and pool alike, as in ``httpx``.
    """
    outer = current_call_options()
    options = CallOptions(
        retry_policy=retry_policy if retry_policy is not None else outer.retry_policy,
        timeout=httpx.Timeout(timeout) if timeout is not None else outer.timeout,
    )
    token = _CALL_OPTIONS.set(options)
    try:
        yield options
    finally:
        _CALL_OPTIONS.reset(token)
