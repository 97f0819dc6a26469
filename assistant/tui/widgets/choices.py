"""Answer widgets for options: numbered buttons (keys 1-9), a 5-point scale row, confirm chips."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from assistant.core.events import PromptOption
from assistant.i18n import t
from assistant.tui.widgets.messages import ChipsConfirmed, OptionChosen

NUMBER_KEYS = [Binding(str(n), f"press({n})", show=False) for n in range(1, 10)]


def _label(number: int, option: PromptOption) -> Content:
    # Labels come from the bank, but they are shown literally all the same.
    return Content(f"{number} {option.label}")


class OptionButtons(Vertical):
    """Single choice: one button per option, pressed by click or number key."""

    BINDINGS = NUMBER_KEYS
    DEFAULT_CSS = """
    OptionButtons { height: auto; }
    OptionButtons > Button { width: 1fr; margin: 0 0 0 0; }
    """

    def __init__(self, options: Sequence[PromptOption], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.options = tuple(options)

    def compose(self) -> ComposeResult:
        for number, option in enumerate(self.options, 1):
            yield Button(_label(number, option), name=str(number), compact=True, classes="option")

    def on_mount(self) -> None:
        self.focus_first()

    def focus_first(self) -> None:
        """Focus the first option so the number keys and Enter work at once."""
        buttons = self.query(Button)
        if buttons:
            buttons.first().focus()

    def action_press(self, number: int) -> None:
        """Choose option `number` (ignored when there is no such option)."""
        if 1 <= number <= len(self.options):
            self.post_message(OptionChosen(number))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.name and event.button.name.isdigit():
            self.action_press(int(event.button.name))


class ScaleRow(OptionButtons):
    """A Likert scale: the points side by side, 1 on the left."""

    DEFAULT_CSS = """
    ScaleRow { layout: horizontal; height: auto; }
    ScaleRow > Button { width: 1fr; min-width: 8; margin: 0 1 0 0; }
    """

    def compose(self) -> ComposeResult:
        for number, option in enumerate(self.options, 1):
            yield Button(_label(number, option), name=str(number), classes="scale-point")


class ConfirmChips(Vertical):
    """'我理解主要是…，对吗？': chips the person can toggle, then 确认 (or 都不是)."""

    BINDINGS = NUMBER_KEYS
    DEFAULT_CSS = """
    ConfirmChips { height: auto; }
    ConfirmChips > .chips { height: auto; }
    ConfirmChips .chip { margin: 0 1 0 0; }
    ConfirmChips .chip.-on { text-style: bold; }
    ConfirmChips > .chip-actions { height: auto; margin-top: 1; }
    ConfirmChips > .chip-actions > Button { margin: 0 1 0 0; }
    """

    def __init__(self, options: Sequence[PromptOption], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.options = tuple(options)
        self.selected = {n for n, o in enumerate(self.options, 1) if o.selected}

    def compose(self) -> ComposeResult:
        with Horizontal(classes="chips"):
            for number, option in enumerate(self.options, 1):
                yield Button(
                    self._chip_label(number, option), name=str(number), compact=True, classes="chip"
                )
        with Horizontal(classes="chip-actions"):
            yield Button(t("tui.chat.confirm"), id="chips-ok", variant="primary", compact=True)
            yield Button(t("tui.chat.none_of_these"), id="chips-none", compact=True)
        yield Static(t("tui.chat.chips_help"), classes="help", markup=False)

    def on_mount(self) -> None:
        self._refresh_chips()
        self.query_one("#chips-ok", Button).focus()

    def _chip_label(self, number: int, option: PromptOption) -> Content:
        mark = "[x]" if number in self.selected else "[ ]"
        return Content(f"{mark} {number} {option.label}")

    def _refresh_chips(self) -> None:
        for button in self.query(".chip").results(Button):
            number = int(button.name or 0)
            button.label = self._chip_label(number, self.options[number - 1])
            button.set_class(number in self.selected, "-on")

    def action_press(self, number: int) -> None:
        """Toggle chip `number`."""
        if 1 <= number <= len(self.options):
            self.selected ^= {number}
            self._refresh_chips()

    def confirm(self, numbers: tuple[int, ...] | None = None) -> None:
        """Post the chosen chips (all still selected, unless `numbers` is given)."""
        chosen = tuple(sorted(self.selected)) if numbers is None else numbers
        self.post_message(ChipsConfirmed(chosen))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "chips-ok":
            self.confirm()
        elif event.button.id == "chips-none":
            self.confirm(())
        elif event.button.name:
            self.action_press(int(event.button.name))
