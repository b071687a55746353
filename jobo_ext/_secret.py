"""A wrapper that keeps the API key out of ``repr()``, ``str()``, logs and tracebacks, and its checks."""

from __future__ import annotations

import hmac
from typing import NoReturn

from jobo_ext.errors import ConfigurationError

__all__ = ["Secret", "api_key_secret"]


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


_KEY_RULE = "an API key is printable ASCII without spaces"


def api_key_secret(value: object, *, source: str = "api_key") -> Secret | None:
    """Check an API key and wrap it; ``None`` for an empty or all-whitespace value ("no key").

    Surrounding whitespace is dropped (``$(cat keyfile)`` keeps a trailing newline). What is left must be
    printable ASCII without spaces: anything else could not travel in the ``X-Api-Key`` header, and the
    HTTP stack would then quote the whole key in its error message and its debug log.

    Raises:
        ConfigurationError: ``value`` is not a string, or breaks the rule. The message names the rule
            and the position (counted from 1, after trimming), never any character of the key.
    """
    if isinstance(value, Secret):
        value = value.reveal()
    if not isinstance(value, str):
        raise ConfigurationError(f"{source} must be a str, got {type(value).__name__}")
    key = value.strip()
    if not key:
        return None
    for position, char in enumerate(key, start=1):
        if "!" <= char <= "~":
            continue
        if char == " ":
            problem = "a space"
        elif char.isascii():
            problem = "a control character"
        else:
            problem = "a non-ASCII character"
        raise ConfigurationError(
            f"{source} is not a valid API key: character {position} (counting from 1, after trimming "
            f"surrounding whitespace) is {problem}; {_KEY_RULE}. Copy the key again from the dashboard."
        )
    return Secret(key)
