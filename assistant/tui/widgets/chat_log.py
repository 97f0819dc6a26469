"""A messenger-style log: assistant bubbles on the left, the person's on the right."""

from __future__ import annotations

from typing import Literal

from rich.cells import cell_len
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.widgets import Static

Side = Literal["assistant", "person", "system"]


def text_width(text: str) -> int:
    """Terminal cells of the widest line (CJK characters count two)."""
    return max((cell_len(line) for line in text.splitlines()), default=0)


class Bubble(Static):
    """One message; the text is a literal `Content`, never parsed as markup."""

    def __init__(self, text: str, side: Side) -> None:
        super().__init__(Content(text), classes=f"bubble {side}", markup=False)
        self.text = text
        self.side = side

    def get_content_width(self, container: Size, viewport: Size) -> int:
        """Fit the bubble to its text, measured in cells; max-width in CSS caps it."""
        return min(text_width(self.text), container.width)


class ChatLog(VerticalScroll):
    """Scrolls like a messenger: new bubbles appear at the bottom and stay in view."""

    DEFAULT_CSS = """
    ChatLog { height: 1fr; }
    ChatLog > .row { height: auto; width: 1fr; }
    ChatLog > .row.person { align-horizontal: right; }
    """

    def on_mount(self) -> None:
        self.anchor()

    def add(self, text: str, side: Side) -> Bubble:
        """Append a bubble on the given side and keep the end in view."""
        bubble = Bubble(text, side)
        self.mount(Horizontal(bubble, classes=f"row {side}"))
        return bubble

    def add_assistant(self, text: str) -> Bubble:
        """The assistant speaks (left)."""
        return self.add(text, "assistant")

    def add_person(self, text: str) -> Bubble:
        """The person's words (right), shown exactly as typed."""
        return self.add(text, "person")

    def add_system(self, text: str) -> Bubble:
        """A quiet notice between bubbles."""
        return self.add(text, "system")

    def set_thinking(self, text: str | None) -> None:
        """Show (text) or hide (None) the quiet indicator while an answer is classified."""
        for row in self.query(".row.thinking"):
            row.remove()
        if text:
            row = Horizontal(Bubble(text, "system"), classes="row system thinking")
            self.mount(row)

    @property
    def bubbles(self) -> list[Bubble]:
        """All bubbles, oldest first."""
        return list(self.query(Bubble))
