"""Notes after the talk: HR picks codes per open question; no words are recorded."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, OptionList, SelectionList, Static
from textual.widgets.option_list import Option

from assistant.coding.codebook import Codebook
from assistant.core.bank import Bank, OpenNode
from assistant.i18n import t
from assistant.tui.widgets.interviewer_text import clip, one_line, pad

QUESTION_CELLS = 40
COUNT_CELLS = 4

Picks = dict[str, tuple[tuple[str, ...], tuple[str, ...]]]


class AfterTalkPanel(Vertical):
    """Questions on the left, codes of the highlighted question on the right."""

    class Saved(Message):
        """HR saved: node id → (reasons, flags), only questions with codes."""

        def __init__(self, picks: Picks) -> None:
            super().__init__()
            self.picks = picks

    def __init__(self, bank: Bank, codebook: Codebook, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.codebook = codebook
        self.nodes = [n for n in bank.asking_nodes() if isinstance(n, OpenNode)]
        self.picks: dict[str, set[str]] = {}
        self.node_id: str | None = self.nodes[0].id if self.nodes else None

    def compose(self) -> ComposeResult:
        yield Static(t("hr.after_title"), id="after-title", markup=False)
        with Horizontal(id="after-body"):
            yield OptionList(*self._questions(), id="after-questions")
            yield SelectionList[str](*self._codes(), id="after-codes")
        with Horizontal(id="after-actions"):
            yield Static(t("hr.after_count", count=0), id="after-count", markup=False)
            yield Button(t("hr.after_save"), id="after-save", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#after-questions", OptionList).border_title = t("hr.after_questions")
        self.query_one("#after-codes", SelectionList).border_title = t("hr.after_codes")

    def _questions(self) -> list[Option]:
        return [Option(self._question(node.id, node.text), id=node.id) for node in self.nodes]

    def _question(self, node_id: str, text: str) -> Text:
        count = len(self.picks.get(node_id, ()))
        line = Text(pad(str(count) if count else "", COUNT_CELLS), style="bold")
        line.append(clip(one_line(text), QUESTION_CELLS))
        return line

    def _codes(self) -> list[tuple[Text, str]]:
        keys = (*self.codebook.reason_keys, *self.codebook.flag_keys)
        return [(Text(self.codebook.label(key)), key) for key in keys]

    @on(OptionList.OptionHighlighted, "#after-questions")
    def _question_changed(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.node_id = event.option.id
        codes = self.query_one("#after-codes", SelectionList)
        codes.deselect_all()
        for key in self.picks.get(str(self.node_id), ()):
            codes.select(key)

    @on(SelectionList.SelectionToggled, "#after-codes")
    def _toggled(self, event: SelectionList.SelectionToggled) -> None:
        event.stop()
        if self.node_id is None:
            return
        self.picks.setdefault(self.node_id, set()).symmetric_difference_update(
            {event.selection.value}
        )
        self._refresh_counts(self.node_id)

    def pick(self, node_id: str, *keys: str) -> None:
        """Select codes for a question (what clicking does; also handy for tests)."""
        self.picks.setdefault(node_id, set()).update(keys)
        if node_id == self.node_id:
            codes = self.query_one("#after-codes", SelectionList)
            for key in keys:
                codes.select(key)
        self._refresh_counts(node_id)

    def _refresh_counts(self, node_id: str) -> None:
        node = next(n for n in self.nodes if n.id == node_id)
        questions = self.query_one("#after-questions", OptionList)
        questions.replace_option_prompt(node_id, self._question(node_id, node.text))
        total = sum(len(keys) for keys in self.picks.values())
        self.query_one("#after-count", Static).update(t("hr.after_count", count=total))

    def collected(self) -> Picks:
        """The picks in bank order, codebook order within a question."""
        picks: Picks = {}
        for node in self.nodes:
            keys = self.picks.get(node.id, set())
            reasons = tuple(k for k in self.codebook.reason_keys if k in keys)
            flags = tuple(k for k in self.codebook.flag_keys if k in keys)
            if reasons or flags:
                picks[node.id] = (reasons, flags)
        return picks

    @on(Button.Pressed, "#after-save")
    def _save(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.Saved(self.collected()))
