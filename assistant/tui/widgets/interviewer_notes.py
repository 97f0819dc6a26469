"""Private HR notes: writable only when the person chose to keep verbatim records."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Static

from assistant.i18n import t
from assistant.tui.widgets.interviewer_text import one_line


class NotesPanel(Vertical):
    """A one-line note input, the last note, and why notes are off when they are."""

    class Added(Message):
        """HR wrote a note."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.count = 0
        self.border_title = t("hr.notes_title")

    def compose(self) -> ComposeResult:
        yield Static(id="notes-why", markup=False)
        yield Input(placeholder=t("hr.notes_placeholder"), id="notes-input")
        yield Static(id="notes-last", markup=False)

    def on_mount(self) -> None:
        self.set_level(None)

    def set_level(self, level: str | None) -> None:
        """Notes are verbatim-like text: allowed only at the 'full' consent level."""
        allowed = level == "full"
        self.query_one("#notes-input", Input).disabled = not allowed
        why = self.query_one("#notes-why", Static)
        why.display = not allowed
        why.update(_why_blocked(level))

    def show_note(self, text: str) -> None:
        """A note was recorded: show it (literally) and the running count."""
        self.count += 1
        last = Text(one_line(text))
        last.append(f"  {t('hr.notes_saved', count=self.count)}", style="dim")
        self.query_one("#notes-last", Static).update(last)

    def reset(self) -> None:
        """A new interview: no notes yet, notes off until consent."""
        self.count = 0
        self.query_one("#notes-last", Static).update("")
        self.set_level(None)

    @on(Input.Submitted, "#notes-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self.post_message(self.Added(event.value))
        event.input.clear()


def _why_blocked(level: str | None) -> str:
    if level is None:
        return t("hr.notes_blocked_none")
    return t("hr.notes_blocked_level", level=t(f"consent.{level}"))
