"""Parsing and validating query parameters and JSON body members.

Every failure is a 400 whose message follows the seed's format
("Parameter 'page_size' must be between 1 and 100.").
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from .errors import ApiError


def _bad(name: str, what: str) -> ApiError:
    return ApiError(400, f"Parameter '{name}' {what}.")


def reject_nulls(body: dict[str, Any], known: tuple[str, ...], *, prefix: str = "") -> None:
    """A 400 for ``null`` in any of the ``known`` members (the spec makes them non-nullable);
    ``null`` in unknown members is allowed, as unknown members are."""
    for name in known:
        if name in body and body[name] is None:
            raise _bad(prefix + name, "must not be null")


def to_int(name: str, raw: object, *, default: int, lo: int | None = None, hi: int | None = None) -> int:
    """An integer parameter from a query string or a JSON value; ``None`` (absent) gives ``default``.

    JSON numbers with an integral value (``154.0``) are integers, as in JSON Schema; a blank query
    value is not.
    """
    if raw is None:
        return default
    if isinstance(raw, bool):
        raise _bad(name, "must be an integer")
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, int):
        value = raw
    elif isinstance(raw, str):
        try:
            value = int(raw.strip())
        except ValueError:
            raise _bad(name, "must be an integer") from None
    else:
        raise _bad(name, "must be an integer")
    if lo is not None and hi is not None and not lo <= value <= hi:
        raise _bad(name, f"must be between {lo} and {hi}")
    if lo is not None and value < lo:
        raise _bad(name, f"must be greater than or equal to {lo}")
    if hi is not None and value > hi:
        raise _bad(name, f"must be less than or equal to {hi}")
    return value


def to_optional_int(name: str, raw: object) -> int | None:
    if raw is None:
        return None
    return to_int(name, raw, default=0)


def to_timestamp(name: str, raw: object) -> int | None:
    """An ISO 8601 date-time (``Z`` or an offset; naive means UTC) → Unix seconds; absent → ``None``."""
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise _bad(name, "must be an ISO 8601 date-time")
    try:
        moment = datetime.fromisoformat(raw.strip())
    except ValueError:
        raise _bad(name, "must be an ISO 8601 date-time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())


def to_bool(name: str, raw: object, *, default: bool) -> bool:
    if raw is None:
        return default
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in {"true", "1", "yes"}:
        return True
    if isinstance(raw, str) and raw.strip().lower() in {"false", "0", "no"}:
        return False
    raise _bad(name, "must be a boolean")


def csv_set(raw: str | None) -> frozenset[str] | None:
    """A comma-separated query value → lowercase set; absent or blank → ``None`` (no constraint)."""
    if raw is None:
        return None
    values = frozenset(v.strip().lower() for v in raw.split(",") if v.strip())
    return values or None


def csv_list(raw: str | None) -> list[str] | None:
    """A comma-separated tri-state value: absent → ``None``, blank → ``[]``, else the items."""
    if raw is None:
        return None
    return [v.strip() for v in raw.split(",") if v.strip()]


def string_list(name: str, raw: object) -> list[str] | None:
    """A JSON array of strings; absent or ``null`` → ``None``."""
    if raw is None:
        return None
    if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
        raise _bad(name, "must be an array of strings")
    return list(raw)


def lower_set(name: str, raw: object, allowed: tuple[str, ...] | None = None) -> frozenset[str] | None:
    """A JSON array of strings → lowercase set; absent, ``null`` or empty → ``None`` (no constraint).

    With ``allowed`` (a closed enum in the spec) other values are a 400; matching is
    case-insensitive, as the API matches filter values.
    """
    values = string_list(name, raw)
    if values is None:
        return None
    out = frozenset(v.strip().lower() for v in values if v.strip())
    if allowed is not None:
        for value in sorted(out):
            if value not in allowed:
                raise _bad(name, f"has an invalid value '{value}'; allowed: {', '.join(allowed)}")
    return out or None


def include_exclude(name: str, raw: object) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """An ``InclusionExclusionFilter`` object → (include set, exclude set)."""
    if raw is None:
        return None, None
    if not isinstance(raw, dict):
        raise _bad(name, "must be an object with 'include' and/or 'exclude' arrays")
    reject_nulls(raw, ("include", "exclude"), prefix=f"{name}.")
    include = lower_set(f"{name}.include", raw.get("include"))
    exclude = lower_set(f"{name}.exclude", raw.get("exclude"))
    return (include or None), (exclude or None)


def range_filter(name: str, raw: object) -> tuple[int | None, int | None]:
    if raw is None:
        return None, None
    if not isinstance(raw, dict):
        raise _bad(name, "must be an object with 'min' and/or 'max'")
    reject_nulls(raw, ("min", "max"), prefix=f"{name}.")
    return to_optional_int(f"{name}.min", raw.get("min")), to_optional_int(f"{name}.max", raw.get("max"))


def require_object(name: str, raw: object) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _bad(name, "must be an object")
    return raw
