"""Small modal dialogs: a yes/no question and the idle warning."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from assistant.i18n import t


class ConfirmDialog(ModalScreen[bool]):
    """A calm yes/no question; dismisses with True for yes."""

    AUTO_FOCUS = "#no"

    def __init__(self, question: str, yes: str, no: str) -> None:
        super().__init__()
        self.question, self.yes, self.no = question, yes, no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.question, classes="body", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.no, id="no", variant="primary")
                yield Button(self.yes, id="yes", variant="warning")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")


class IdleWarning(ModalScreen[None]):
    """'您还在吗？' — any key, click or 我还在 closes it (the app watches activity)."""

    AUTO_FOCUS = "#stay"

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="idle"):
            yield Static(t("tui.idle.question"), classes="heading", markup=False)
            yield Static(t("tui.idle.body"), classes="body", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.idle.stay"), id="stay", variant="primary")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)
