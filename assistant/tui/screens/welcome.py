"""Welcome: 开始, and an optional one-time session code issued by HR (otherwise anonymous)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.widgets import Button, Input, Static

from assistant.i18n import t
from assistant.tui.screens.flow import StartRequested


class WelcomeScreen(Screen):
    """The first thing a person sees; holds nothing of anyone before them."""

    AUTO_FOCUS = "#start"

    def __init__(self, *, with_code: bool = False) -> None:
        super().__init__()
        self.with_code = with_code

    def compose(self) -> ComposeResult:
        with Vertical(id="welcome", classes="card"):
            yield Static(t("tui.title"), classes="title", markup=False)
            yield Static(t("tui.welcome.heading"), classes="heading", markup=False)
            yield Static(t("tui.welcome.body"), classes="body", markup=False)
            if self.with_code:
                yield Static(t("tui.welcome.code_label"), classes="hint", markup=False)
                yield Input(placeholder=t("tui.welcome.code_placeholder"), id="code", max_length=32)
            with Center():
                yield Button(t("tui.welcome.start"), id="start", variant="primary")
            yield Static("", id="welcome-status", classes="status", markup=False)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "start":
            self.request_start()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.request_start()

    def request_start(self) -> None:
        """Ask the app to begin, with the code when one was typed."""
        code = self.query_one("#code", Input).value.strip() if self.with_code else ""
        self.post_message(StartRequested(code))

    def show_status(self, text: str) -> None:
        """A calm line under the button (code checking, a refused code)."""
        self.query_one("#welcome-status", Static).update(text)

    @property
    def has_typing(self) -> bool:
        """Whether someone typed a code here (the idle wipe clears it)."""
        return self.with_code and bool(self.query_one("#code", Input).value)
