"""The always-visible row: 跳过, 上一题, 不留这条原话 and 撤回 / 不再记录."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Button

from assistant.i18n import t
from assistant.tui.widgets.messages import (
    BackRequested,
    KeepWordsOffRequested,
    SkipRequested,
    WithdrawRequested,
)

_MESSAGES = {
    "skip": SkipRequested,
    "back": BackRequested,
    "keep-words-off": KeepWordsOffRequested,
    "withdraw": WithdrawRequested,
}


class ActionBar(Horizontal):
    """Buttons that post their request up; the screen decides what happens."""

    DEFAULT_CSS = """
    ActionBar { height: 1; }
    ActionBar > Button { margin: 0 2 0 0; }
    ActionBar > #withdraw { dock: right; margin: 0; }
    """

    def compose(self) -> ComposeResult:
        yield Button(t("tui.chat.skip"), id="skip", compact=True)
        yield Button(t("tui.chat.back"), id="back", compact=True)
        yield Button(t("tui.chat.keep_words_off"), id="keep-words-off", compact=True)
        yield Button(t("tui.chat.withdraw"), id="withdraw", compact=True, variant="warning")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        message = _MESSAGES.get(event.button.id or "")
        if message is not None:
            self.post_message(message())
