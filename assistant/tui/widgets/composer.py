"""The answer box: multi-line, Enter sends, Ctrl+J (or Shift+Enter) adds a line, capped."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static, TextArea
from textual.widgets.text_area import EditResult, Location

from assistant.i18n import t
from assistant.tui.widgets.messages import AnswerSubmitted

DEFAULT_CAP = 10_000


class AnswerArea(TextArea):
    """A TextArea whose Enter submits; typing and pasting stop at `cap` characters."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", show=False, priority=True),
        # Ctrl+J arrives as a distinct key in every terminal and in xterm.js; Shift+Enter
        # only where the terminal speaks the kitty keyboard protocol.
        Binding("ctrl+j,shift+enter,alt+enter", "newline", show=False, priority=True),
    ]

    def __init__(self, cap: int = DEFAULT_CAP, **kwargs: object) -> None:
        super().__init__(soft_wrap=True, show_line_numbers=False, **kwargs)  # type: ignore[arg-type]
        self.cap = cap
        self.capped_once = False

    class Submit(Message):
        """Enter was pressed; the composer decides whether the text can be sent now."""

    def action_submit(self) -> None:
        """Ask the composer to send."""
        self.post_message(self.Submit())

    def action_newline(self) -> None:
        """Insert a line break at the cursor."""
        self.insert("\n")

    def _replace_via_keyboard(
        self, insert: str, start: Location, end: Location
    ) -> EditResult | None:
        # Trim what is typed or pasted so the text never grows past the cap.
        replaced = len(self.get_text_range(start, end))
        room = self.cap - (len(self.text) - replaced)
        if len(insert) > room:
            insert = insert[: max(room, 0)]
            self.capped_once = True
            if not insert and start == end:
                return None
        return super()._replace_via_keyboard(insert, start, end)


class Composer(Vertical):
    """Composer for free-text answers; posts `AnswerSubmitted` with the text."""

    DEFAULT_CSS = """
    Composer { height: auto; }
    Composer AnswerArea { height: 5; }
    Composer > .composer-foot { height: 1; }
    Composer .composer-help { width: 1fr; color: $text-muted; }
    Composer .composer-count { width: 13; text-align: right; color: $text-muted; }
    Composer .composer-count.full { color: $warning; }
    """

    busy: reactive[bool] = reactive(False)

    def __init__(self, cap: int = DEFAULT_CAP, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.cap = cap

    def compose(self) -> ComposeResult:
        area = AnswerArea(self.cap, placeholder=t("tui.chat.composer_placeholder"))
        yield area
        with Horizontal(classes="composer-foot"):
            yield Static(t("tui.chat.composer_help"), classes="composer-help", markup=False)
            yield Static(self._count_text(0), classes="composer-count", markup=False)

    @property
    def area(self) -> AnswerArea:
        """The text box itself."""
        return self.query_one(AnswerArea)

    @property
    def text(self) -> str:
        """What is typed so far."""
        return self.area.text

    def clear(self) -> None:
        """Empty the box (after sending, or when the person walks away)."""
        self.area.clear()

    def focus_input(self) -> None:
        """Put the cursor in the box."""
        self.area.focus()

    def on_answer_area_submit(self, event: AnswerArea.Submit) -> None:
        event.stop()
        self.submit()

    def submit(self) -> None:
        """Send the text unless an answer is still being understood or nothing is typed."""
        if self.busy:
            self.notify(t("tui.chat.wait"), markup=False, timeout=3)
            return
        text = self.text
        if text.strip():
            self.post_message(AnswerSubmitted(text))

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        count = len(self.area.text)
        counter = self.query_one(".composer-count", Static)
        # Fixed width: no layout pass per keystroke, however long the chat log has grown.
        counter.update(Content(self._count_text(count)), layout=False)
        counter.set_class(count >= self.cap, "full")

    def _count_text(self, count: int) -> str:
        return t("tui.chat.counter", count=count, cap=self.cap)
