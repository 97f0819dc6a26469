"""Fixtures for the Textual tests: fake classifier, list recorder, fake auth and codes."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot

from assistant.coding.codebook import load_codebook
from assistant.config import Config, KioskConfig
from assistant.core.events import Event
from assistant.core.state import State
from assistant.core.tags import Tag, TagResult
from assistant.core.validation import load_bank
from assistant.paths import default_bank_path
from assistant.services import Services
from assistant.tui.app import create_app

KEYWORDS = {"工资": "pay", "钱": "pay", "加班": "workload", "领导": "manager", "发展": "career"}


class FakeTagger:
    """Tags by keyword; `gate` (when set) holds every call until released, like a slow model."""

    def __init__(self, gate: threading.Event | None = None) -> None:
        self.gate = gate
        self.calls: list[str] = []

    def tag(self, text: str) -> TagResult:
        if self.gate is not None:
            self.gate.wait(5)
        self.calls.append(text)
        keys = dict.fromkeys(k for word, k in KEYWORDS.items() if word in text)
        reasons = tuple(Tag(key=k, confidence=0.9, evidence=()) for k in keys)
        return TagResult(reasons=reasons, model_version="fake")


class ListRecorder:
    """Keeps what the session hands over, as the real recorder's boundary would receive it."""

    def __init__(self) -> None:
        self.batches: list[list[Event]] = []
        self.status: str | None = None

    def record(self, state: State, events: list[Event]) -> None:
        self.batches.append(list(events))

    @property
    def events(self) -> list[Event]:
        return [e for batch in self.batches for e in batch]


@dataclass
class FakeUser:
    name: str
    role: str = "admin"


@dataclass
class FakeStore:
    """Users with PINs and one-time codes; counts calls so tests see the back-off."""

    users: dict[str, tuple[str, str]] = field(
        default_factory=lambda: {"hr": ("123456", "interviewer"), "boss": ("654321", "admin")}
    )
    codes: dict[str, dict[str, str]] = field(
        default_factory=lambda: {"ABCD-2345": {"department": "研发", "exit_type": "voluntary"}}
    )
    auth_calls: int = 0

    def authenticate(self, name: str, pin: str) -> FakeUser:
        self.auth_calls += 1
        known = self.users.get(name)
        if known is None or known[0] != pin:
            raise PermissionError("用户名或 PIN 不正确")
        return FakeUser(name, known[1])

    def redeem_code(self, code: str) -> dict[str, str]:
        profile = self.codes.pop(code.strip().upper(), None)
        if profile is None:
            raise LookupError("无效的面谈码")
        return profile


class FakeClock:
    """A clock the test moves by hand, or lets run in real time after `run()`."""

    def __init__(self) -> None:
        self.now = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
        self._started: float | None = None

    def __call__(self) -> datetime:
        if self._started is None:
            return self.now
        return self.now + timedelta(seconds=time.monotonic() - self._started)

    def run(self) -> None:
        """From now on, time passes by itself."""
        self._started = time.monotonic()

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture(scope="session")
def bank():
    return load_bank(default_bank_path())


@pytest.fixture(scope="session")
def codebook():
    return load_codebook()


@pytest.fixture
def recorder() -> ListRecorder:
    return ListRecorder()


@pytest.fixture
def store() -> FakeStore:
    return FakeStore()


@pytest.fixture
def make_services(bank, codebook, recorder, store, tmp_path) -> Callable[..., Services]:
    """Services with fakes; keyword arguments override the kiosk config or the parts."""

    def make(
        *,
        tagger: FakeTagger | None = None,
        clock: Callable[[], datetime] | None = None,
        codes: bool = True,
        **kiosk: Any,
    ) -> Services:
        config = Config(data_dir=tmp_path, kiosk=KioskConfig(**kiosk))
        services = Services(config, bank, codebook, lambda: tagger or FakeTagger())
        services.recorder = recorder
        services.authenticate = store.authenticate
        services.redeem_code = store.redeem_code if codes else None
        if clock is not None:
            services.clock = clock
        return services

    return make


@pytest.fixture
def make_app(make_services) -> Callable[..., App]:
    """The real factory over fake services."""

    def make(mode: str = "kiosk", **options: Any) -> App:
        return create_app(make_services(**options), mode)  # type: ignore[arg-type]

    return make


# -- Pilot helpers ------------------------------------------------------------------------------


async def settle(pilot: Pilot) -> None:
    """Let workers finish and their messages arrive (no sleeping)."""
    for _ in range(2):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def wait_for(pilot: Pilot, predicate: Callable[[], bool], *, limit: int = 200) -> None:
    """Yield to the app until `predicate()` holds (bounded; for timers in idle tests)."""
    for _ in range(limit):
        if predicate():
            return
        await pilot.pause(0.02)
    raise AssertionError("condition not reached")


async def type_text(pilot: Pilot, text: str) -> None:
    """Send each character as the terminal parser would (pilot.press mangles CJK punctuation)."""
    from textual import events
    from textual.keys import _character_to_key

    driver = pilot.app._driver
    assert driver is not None
    for char in text:
        key = char if char.isalnum() else _character_to_key(char)
        driver.send_message(events.Key(key, char))
    await pilot.pause()


def screen_text(app: App) -> str:
    """Everything the current screen shows, as plain text."""
    from textual.widgets import Button, Static

    parts: list[str] = []
    for widget in app.screen.query("*"):
        if isinstance(widget, Button):
            parts.append(str(widget.label))
        elif isinstance(widget, Static):
            parts.append(
                str(widget.visual.plain if hasattr(widget.visual, "plain") else widget.render())
            )
    return "\n".join(parts)


def bubble_texts(app: App) -> list[str]:
    from assistant.tui.widgets import Bubble

    return [b.text for b in app.screen.query(Bubble)]


def names(events: Iterable[Event]) -> list[str]:
    return [e.kind for e in events]
