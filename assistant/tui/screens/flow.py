"""Messages the kiosk screens post up to the app, which owns the flow between them."""

from __future__ import annotations

from textual.message import Message

from assistant.core.events import ConsentLevel


class StartRequested(Message):
    """开始 on the welcome screen, with the optional one-time session code."""

    def __init__(self, code: str = "") -> None:
        super().__init__()
        self.code = code


class IntroDone(Message):
    """The person read the introduction."""


class ConsentChosen(Message):
    """The person chose a level and answered the separate question about sensitive content."""

    def __init__(self, level: ConsentLevel, sensitive: bool) -> None:
        super().__init__()
        self.level = level
        self.sensitive = sensitive


class InterviewFinished(Message):
    """The interview ended (at the end node, early, or withdrawn)."""

    def __init__(self, withdrawn: bool, farewell: str = "") -> None:
        super().__init__()
        self.withdrawn = withdrawn
        self.farewell = farewell


class ResetRequested(Message):
    """Forget this person and show the welcome screen again."""
