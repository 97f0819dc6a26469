"""User-facing strings, one catalogue per language; only zh_CN ships today."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

DEFAULT_LOCALE = "zh_CN"


@cache
def catalogue(locale: str = DEFAULT_LOCALE) -> dict[str, str]:
    """Merge every area module of a locale package into one key → text table."""
    package = importlib.import_module(f"{__name__}.{locale}")
    merged: dict[str, str] = {}
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        merged.update(getattr(module, "MESSAGES", {}))
    return merged


def t(key: str, /, **values: object) -> str:
    """Look up a message by key and fill its {placeholders}; unknown keys show the key."""
    template = catalogue().get(key, key)
    return template.format(**values) if values else template
