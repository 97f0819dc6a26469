"""Closing: what will be kept, thanks and good wishes; resets by itself after a while."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Center, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Static

from assistant.i18n import t
from assistant.tui.screens.flow import ResetRequested


def kept_text(level: str, sensitive: bool, withdrawn: bool) -> str:
    """One plain sentence (two for sensitive content) on what stays on disk."""
    if withdrawn:
        return t("tui.closing.kept_withdrawn")
    text = t(f"tui.closing.kept_{level}")
    if level != "none" and not sensitive:
        text += "\n" + t("tui.closing.sensitive_no")
    return text


class ClosingScreen(Screen):
    """The last screen for this person; posts `ResetRequested` on 完成 or after `reset_s`."""

    AUTO_FOCUS = "#done"

    def __init__(self, kept: str, farewell: str, reset_s: float) -> None:
        super().__init__()
        self.kept = kept
        self.farewell = farewell or t("tui.closing.farewell")
        self.reset_s = reset_s

    def compose(self) -> ComposeResult:
        with Vertical(id="closing", classes="card"):
            yield Static(t("tui.closing.heading"), classes="heading", markup=False)
            yield Static(Content(self.kept), classes="body kept")
            yield Static(Content(self.farewell), classes="body farewell")
            hint = t("tui.closing.reset_hint", seconds=round(self.reset_s))
            yield Static(hint, classes="hint", markup=False)
            with Center():
                yield Button(t("tui.closing.done"), id="done", variant="primary")

    def on_mount(self) -> None:
        self.set_timer(self.reset_s, self._reset)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self._reset()

    def _reset(self) -> None:
        self.post_message(ResetRequested())
