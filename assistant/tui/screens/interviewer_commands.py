"""Command palette entries for the HR console: its actions and 'jump to' every question."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

from assistant.core.inputs import Jump
from assistant.i18n import t
from assistant.tui.widgets.interviewer_text import clip, one_line

# (action name, label key): what the footer offers, findable by name in the palette.
ACTIONS: tuple[tuple[str, str], ...] = (
    ("skip", "hr.bind_skip"),
    ("back", "hr.bind_back"),
    ("jump", "hr.bind_jump"),
    ("consent", "hr.bind_consent"),
    ("employee_view", "hr.bind_employee"),
    ("after_talk", "hr.bind_after"),
    ("end", "hr.bind_end"),
    ("new_interview", "hr.bind_new"),
)
QUESTION_CELLS = 48


class InterviewerCommands(Provider):
    """Palette commands of `InterviewerScreen` (the screen the palette was opened on)."""

    def _commands(self) -> Iterator[tuple[str, Callable[[], Any], str]]:
        screen: Any = self.screen
        for action, key in ACTIONS:
            if screen.check_action(action, ()):
                yield t(key), getattr(screen, f"action_{action}"), t("hr.palette_action")
        if screen.session.state.finished:
            return
        for node in screen.services.bank.asking_nodes():
            label = t("hr.palette_jump", text=clip(one_line(node.text), QUESTION_CELLS))
            yield label, partial(screen.send, Jump(node.id)), node.id

    async def discover(self) -> Hits:
        for name, command, help_text in self._commands():
            yield DiscoveryHit(name, command, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, command, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), command, help=help_text)
