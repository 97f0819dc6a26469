"""Introduction: who we are, why we ask, that answers are confidential and harm nothing."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Center, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Static

from assistant.i18n import t
from assistant.tui.screens.flow import IntroDone

POINTS = ("tui.intro.who", "tui.intro.why", "tui.intro.safe", "tui.intro.harmless")


class IntroScreen(Screen):
    """Shows the bank's opening words and the four promises, then 继续."""

    AUTO_FOCUS = "#intro-continue"

    def __init__(self, opening: str = "") -> None:
        super().__init__()
        self.opening = opening

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="intro", classes="card"):
            yield Static(t("tui.intro.heading"), classes="heading", markup=False)
            if self.opening:
                yield Static(Content(self.opening), classes="body opening")
            for key in POINTS:
                yield Static(t(key), classes="point", markup=False)
            with Center():
                yield Button(t("tui.intro.continue"), id="intro-continue", variant="primary")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(IntroDone())
