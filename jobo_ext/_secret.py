"""A wrapper that keeps the API key out of ``repr()``, ``str()``, logs and tracebacks."""

from __future__ import annotations

import hmac
from typing import NoReturn

__all__ = ["Secret"]


class Secret:
    """Hold a secret string; only :meth:`reveal` returns it.

    ``repr()`` and ``str()`` show ``Secret('**********')`` whatever the value, so a client or transport
    holding one can be printed, logged or shown in a traceback's locals without leaking the key.
    Pickling is refused for the same reason.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str) or not value:
            raise ValueError("a Secret needs a non-empty string")
        self._value = value

    def reveal(self) -> str:
        """Return the secret value. Call it only where the value is put on the wire."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        # Constant-time comparison: equality must not leak the key through timing.
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash((Secret, self._value))

    def __reduce__(self) -> NoReturn:
        raise TypeError("a Secret cannot be pickled")
