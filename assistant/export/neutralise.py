"""CSV formula injection: a cell starting with = + - @ (or tab/CR) is made inert for Excel."""

from __future__ import annotations

from typing import Any

# OWASP's list; tab and carriage return can smuggle a formula past a naive check.
TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Prefix a dangerous text cell with an apostrophe; numbers and None pass unchanged."""
    if isinstance(value, str) and value.startswith(TRIGGERS):
        return "'" + value
    return value
