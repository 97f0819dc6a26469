"""The admin PIN dialog: name + PIN checked against the store's users; exit or hand over to HR."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from assistant.i18n import t

AdminChoice = Literal["exit", "handover"]
ALLOWED_ROLES = ("admin", "interviewer")  # kiosk and analyst accounts may not unlock the kiosk
MAX_DELAY_S = 300


def backoff_seconds(failures: int) -> int:
    """Wait after the n-th wrong PIN in a row: 2, 4, 8 ... seconds, at most five minutes."""
    return min(2**failures, MAX_DELAY_S) if failures > 0 else 0


@dataclass
class PinBackoff:
    """Wrong PINs in a row and when the next try is allowed; the app keeps one across dialogs."""

    failures: int = 0
    locked_until: datetime | None = None

    def seconds_left(self, now: datetime) -> int:
        """Whole seconds until the next try (0 when allowed now)."""
        if self.locked_until is None:
            return 0
        return max(0, math.ceil((self.locked_until - now).total_seconds()))

    def failed(self, now: datetime, store_wait: float = 0) -> int:
        """Count a wrong PIN; return the wait in seconds (the store's, if longer)."""
        self.failures += 1
        delay = max(backoff_seconds(self.failures), math.ceil(store_wait))
        self.locked_until = now + timedelta(seconds=delay)
        return delay

    def succeeded(self) -> None:
        """A right PIN clears the count."""
        self.failures, self.locked_until = 0, None


class PinDialog(ModalScreen[AdminChoice | None]):
    """Asks for name and PIN; dismisses with the chosen action once a user is authenticated."""

    AUTO_FOCUS = "#pin-name"

    class Checked(Message):
        """The store answered (from a worker thread)."""

        def __init__(self, action: AdminChoice, user: Any, error: Exception | None) -> None:
            super().__init__()
            self.action, self.user, self.error = action, user, error

    def __init__(
        self,
        authenticate: Callable[[str, str], Any] | None,
        clock: Callable[[], datetime],
        backoff: PinBackoff | None = None,
        *,
        setup_mode: bool = False,
    ) -> None:
        super().__init__()
        self.authenticate = authenticate
        self.clock = clock
        self.backoff = backoff or PinBackoff()
        # First run: nobody can unlock yet, so locking the person (and HR) in helps no one.
        self.setup_mode = setup_mode

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="pin"):
            yield Static(t("tui.pin.heading"), classes="heading", markup=False)
            yield Input(placeholder=t("tui.pin.name"), id="pin-name", max_length=64)
            yield Input(placeholder=t("tui.pin.pin"), id="pin-pin", password=True, max_length=12)
            hint = t("tui.pin.setup_mode") if self.setup_mode else ""
            yield Static(hint, id="pin-status", classes="status", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.pin.handover"), id="handover", variant="primary")
                yield Button(t("tui.pin.exit"), id="exit", variant="warning")
                yield Button(t("tui.pin.cancel"), id="cancel")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "pin-name":
            self.query_one("#pin-pin", Input).focus()
        else:
            self.attempt("handover")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "cancel":
            self.dismiss(None)
        elif event.button.id in ("exit", "handover"):
            self.attempt(event.button.id)  # type: ignore[arg-type]

    def attempt(self, action: AdminChoice) -> None:
        """Check the PIN unless the back-off still runs; the store is asked in a thread."""
        if self.setup_mode:
            return self.dismiss(action)
        if self.authenticate is None:
            return self._status(t("tui.pin.no_store"))
        wait = self.backoff.seconds_left(self.clock())
        if wait > 0:
            return self._status(t("tui.pin.wait", seconds=wait))
        name = self.query_one("#pin-name", Input).value.strip()
        pin = self.query_one("#pin-pin", Input).value
        self.query_one("#pin-pin", Input).value = ""
        self._status(t("tui.pin.checking"))
        self._check(action, name, pin)

    @work(thread=True, exclusive=True, group="pin")
    def _check(self, action: AdminChoice, name: str, pin: str) -> None:
        try:
            user = self.authenticate(name, pin) if self.authenticate else None
        except Exception as error:  # AuthError and anything else the store raises
            self.post_message(self.Checked(action, None, error))
            return
        self.post_message(self.Checked(action, user, None))

    def on_pin_dialog_checked(self, message: Checked) -> None:
        message.stop()
        if message.error is not None or message.user is None:
            return self._failed(message.error)
        role = str(getattr(message.user, "role", "admin"))
        if role not in ALLOWED_ROLES:
            return self._status(t("tui.pin.not_allowed"))
        self.backoff.succeeded()
        self.dismiss(message.action)

    def _failed(self, error: Exception | None) -> None:
        store_wait = getattr(error, "retry_after_s", None) or 0
        delay = self.backoff.failed(self.clock(), store_wait)
        self._status(t("tui.pin.wrong") + t("tui.pin.wait", seconds=delay))

    def _status(self, text: str) -> None:
        self.query_one("#pin-status", Static).update(text)
