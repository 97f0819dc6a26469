"""Chat widgets for the kiosk and the HR console: they post messages and never touch the store."""

from assistant.tui.widgets.action_bar import ActionBar
from assistant.tui.widgets.chat_log import Bubble, ChatLog, text_width
from assistant.tui.widgets.choices import ConfirmChips, OptionButtons, ScaleRow
from assistant.tui.widgets.composer import AnswerArea, Composer
from assistant.tui.widgets.messages import (
    AnswerSubmitted,
    BackRequested,
    ChipsConfirmed,
    KeepWordsOffRequested,
    OptionChosen,
    SkipRequested,
    Tagged,
    TaggerReady,
    WithdrawRequested,
)
from assistant.tui.widgets.progress import InterviewProgress

__all__ = [
    "ActionBar",
    "AnswerArea",
    "AnswerSubmitted",
    "BackRequested",
    "Bubble",
    "ChatLog",
    "ChipsConfirmed",
    "Composer",
    "ConfirmChips",
    "InterviewProgress",
    "KeepWordsOffRequested",
    "OptionButtons",
    "OptionChosen",
    "ScaleRow",
    "SkipRequested",
    "Tagged",
    "TaggerReady",
    "WithdrawRequested",
    "text_width",
]
