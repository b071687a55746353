"""Checks on caller input, run before a request is sent, so no credits go on a request the API refuses.

Each check raises :class:`ValueError` naming the parameter and the rule. The numeric bounds are the
spec's ``minimum``/``maximum`` (a test compares :data:`BOUNDS` with ``openapi/jobo.yaml``).
"""

from __future__ import annotations

import uuid
from typing import Any

__all__ = ["BOUNDS", "check_bounds", "check_non_empty", "check_uuid"]

# operationId → parameter or body field → (minimum, maximum or None).
BOUNDS: dict[str, dict[str, tuple[int, int | None]]] = {
    "searchJobs": {"page": (1, None), "page_size": (1, 100)},
    "searchJobsPost": {"page": (1, None), "page_size": (1, 100)},
    "getCompanyJobs": {"page": (1, None), "page_size": (1, 100)},
    "getJobFeed": {"batch_size": (1, 1000)},
    "getManagedJobFeed": {"batch_size": (1, 1000)},
    "getExpiredJobIds": {"batch_size": (1, 10000)},
    "getConnectorFilterOptions": {"limit": (1, None)},
    "suggestLocations": {"limit": (1, None)},
}


def check_bounds(operation: str, values: dict[str, Any]) -> None:
    """Raise when a bounded integer of ``operation`` is out of range (unset values are skipped)."""
    for name, (low, high) in BOUNDS.get(operation, {}).items():
        value = values.get(name)
        if not isinstance(value, int) or isinstance(value, bool):
            continue
        if value < low or (high is not None and value > high):
            rule = f"between {low} and {high}" if high is not None else f"at least {low}"
            raise ValueError(f"{name} must be {rule} (got {value})")


def check_uuid(name: str, value: object) -> uuid.UUID:
    """Return ``value`` as a UUID, or raise naming the parameter."""
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            pass
    raise ValueError(f"{name} must be a UUID (got {value!r})")


def check_non_empty(name: str, value: object) -> str:
    """Return ``value`` if it is a string with non-blank content, or raise naming the parameter."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} is required and must be a non-empty string (got {value!r})")
    return value
