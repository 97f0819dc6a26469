"""Pseudonymous identifiers: random, carrying nothing about the person."""

from __future__ import annotations

import secrets


def new_interview_id() -> str:
    """A random interview id such as `iv-3f9c1a7b2e4d` (48 bits)."""
    return f"iv-{secrets.token_hex(6)}"
