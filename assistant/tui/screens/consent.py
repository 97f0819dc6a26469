"""Consent: three levels explained plainly, nothing pre-selected, a separate sensitive question."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Center, Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Static

from assistant.core.events import ConsentLevel
from assistant.i18n import t
from assistant.tui.screens.flow import ConsentChosen

LEVELS: tuple[ConsentLevel, ...] = ("full", "coded", "none")


class ConsentScreen(Screen):
    """The person picks a level; for full/coded they also answer about sensitive content."""

    AUTO_FOCUS = "#level-full"

    def __init__(self, question: str = "") -> None:
        super().__init__()
        self.question = question
        self.level: ConsentLevel | None = None
        self.sensitive: bool | None = None

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="consent", classes="card"):
            yield Static(t("tui.consent.heading"), classes="heading", markup=False)
            if self.question:
                yield Static(Content(self.question), classes="body")
            yield Static(t("tui.consent.hint"), classes="hint", markup=False)
            with Horizontal(id="levels"):
                for level in LEVELS:
                    with Vertical(classes="level"):
                        yield Button(
                            t(f"tui.consent.{level}"), id=f"level-{level}", classes="level"
                        )
                        yield Static(
                            t(f"tui.consent.{level}_help"), classes="level-help", markup=False
                        )
            with Vertical(id="sensitive"):
                yield Static(t("tui.consent.sensitive_q"), classes="body", markup=False)
                with Horizontal(classes="sensitive-buttons"):
                    yield Button(t("tui.consent.sensitive_yes"), id="sensitive-yes")
                    yield Button(t("tui.consent.sensitive_no"), id="sensitive-no")
            yield Static("", id="consent-status", classes="status", markup=False)
            with Center():
                yield Button(t("tui.consent.continue"), id="consent-go", variant="primary")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        button_id = event.button.id or ""
        if button_id.startswith("level-"):
            self.choose_level(button_id.removeprefix("level-"))  # type: ignore[arg-type]
        elif button_id.startswith("sensitive-"):
            self.choose_sensitive(button_id == "sensitive-yes")
        elif button_id == "consent-go":
            self.confirm()

    def choose_level(self, level: ConsentLevel) -> None:
        """Mark one level chosen (the sensitive question stays visible: Tab order never shifts)."""
        self.level = level
        for other in LEVELS:
            button = self.query_one(f"#level-{other}", Button)
            chosen = other == level
            button.set_class(chosen, "-chosen")
            suffix = t("tui.consent.selected") if chosen else ""
            button.label = Content(t(f"tui.consent.{other}") + suffix)
        self.query_one("#sensitive").set_class(level == "none", "-moot")
        self._status("")

    def choose_sensitive(self, allowed: bool) -> None:
        """Answer the separate question about health reasons and allegations."""
        self.sensitive = allowed
        for key, value in (("yes", True), ("no", False)):
            button = self.query_one(f"#sensitive-{key}", Button)
            chosen = value == allowed
            button.set_class(chosen, "-chosen")
            suffix = t("tui.consent.selected") if chosen else ""
            button.label = Content(t(f"tui.consent.sensitive_{key}") + suffix)
        self._status("")

    def confirm(self) -> None:
        """Post the choice, or say calmly what is still missing."""
        if self.level is None:
            return self._status(t("tui.consent.missing"))
        if self.level != "none" and self.sensitive is None:
            return self._status(t("tui.consent.missing_sensitive"))
        sensitive = bool(self.sensitive) and self.level != "none"
        self.post_message(ConsentChosen(self.level, sensitive))

    def _status(self, text: str) -> None:
        self.query_one("#consent-status", Static).update(text)
