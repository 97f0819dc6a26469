"""Messages the shared widgets post up to their screen ("attributes down, messages up")."""

from __future__ import annotations

from textual.message import Message

from assistant.core.tags import TagResult


class AnswerSubmitted(Message):
    """The person sent free text from the composer."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class OptionChosen(Message):
    """The person picked option number `number` (1-based) of a choice or scale."""

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number


class ChipsConfirmed(Message):
    """The person confirmed the chips still selected (1-based numbers; empty = none)."""

    def __init__(self, numbers: tuple[int, ...]) -> None:
        super().__init__()
        self.numbers = numbers


class SkipRequested(Message):
    """跳过: leave the current question unanswered."""


class BackRequested(Message):
    """上一题: return to the previous question."""


class WithdrawRequested(Message):
    """撤回 / 不再记录: the person wants everything of this interview deleted."""


class KeepWordsOffRequested(Message):
    """不留这条原话: keep only the codes of the person's last answer."""


class Tagged(Message):
    """A classification finished in a worker thread; handled on the main thread."""

    def __init__(self, seq: int, result: TagResult) -> None:
        super().__init__()
        self.seq = seq
        self.result = result


class TaggerReady(Message):
    """The classifier finished loading (or failed and fell back)."""

    def __init__(self, ok: bool) -> None:
        super().__init__()
        self.ok = ok
