"""Core-tier fixtures: a started interview on the default bank."""

from __future__ import annotations

import pytest

from assistant.core.engine import step
from assistant.core.inputs import GiveConsent, Start
from assistant.core.state import State, initial_state


@pytest.fixture
def started(default_bank, codebook) -> State:
    """Default bank, consent given (full + sensitive), at the first open question."""
    state, _ = step(initial_state(default_bank, codebook), Start("iv-test"))
    state, _ = step(state, GiveConsent("full", sensitive=True))
    return state
