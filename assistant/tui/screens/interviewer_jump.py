"""Node picker: HR chooses any asking question of the bank as the next one."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from assistant.core.bank import Bank
from assistant.i18n import t
from assistant.tui.widgets.interviewer_text import clip, one_line, pad

MARK_CELLS = 6  # "当前" / "已答" plus a gap, measured in cells
TEXT_CELLS = 56


class JumpScreen(ModalScreen[str | None]):
    """A list of the bank's asking nodes; returns the chosen node id, or None."""

    DEFAULT_CSS = """
    JumpScreen { align: center middle; }
    JumpScreen #jump-box {
        width: 84; max-width: 95%; height: auto; max-height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    JumpScreen #jump-list { height: auto; max-height: 22; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", t("hr.bind_cancel"))]

    def __init__(self, bank: Bank, *, done: set[str], current: str | None) -> None:
        super().__init__()
        self.bank = bank
        self.done = done
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="jump-box"):
            yield Static(t("hr.jump_title"), markup=False)
            yield OptionList(*self._options(), id="jump-list")

    def on_mount(self) -> None:
        ids = [node.id for node in self.bank.asking_nodes()]
        picker = self.query_one(OptionList)
        if self.current in ids:
            picker.highlighted = ids.index(self.current)
        picker.focus()

    def _options(self) -> list[Option]:
        return [
            Option(self._prompt(node.id, node.text), id=node.id)
            for node in self.bank.asking_nodes()
        ]

    def _prompt(self, node_id: str, text: str) -> Text:
        mark = t("hr.jump_current") if node_id == self.current else ""
        mark = mark or (t("hr.jump_done") if node_id in self.done else "")
        line = Text(pad(mark, MARK_CELLS), style="bold")
        line.append(clip(one_line(text), TEXT_CELLS))
        return line

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        """Close without moving."""
        self.dismiss(None)
