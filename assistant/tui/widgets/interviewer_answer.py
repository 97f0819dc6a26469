"""Answer panel of the HR console: composer, option buttons, consent controls or a status line."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, Checkbox, ContentSwitcher, Static

from assistant.core.bank import Bank, ScaleNode
from assistant.core.events import AnswerValue, Asked
from assistant.i18n import t
from assistant.tui.widgets.choices import ConfirmChips, OptionButtons, ScaleRow
from assistant.tui.widgets.composer import Composer

CONFIRMING_STEPS = ("confirm", "cold_start_detail")  # coded through the tag panel by HR


class ConfirmCodesRequested(Message):
    """HR pressed the confirm button below the conversation; the tag panel applies."""


class OptionsSlot(Vertical):
    """Holds the kiosk's option widget that fits the prompt (scale row, buttons or chips)."""

    def __init__(self, bank: Bank, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.bank = bank
        self.prompt: Asked | None = None

    def compose(self) -> ComposeResult:
        if self.prompt is None or not self.prompt.options:
            return
        node = self.bank.by_id.get(self.prompt.node_id)
        if self.prompt.multi:
            yield ConfirmChips(self.prompt.options)
        elif isinstance(node, ScaleNode) and self.prompt.step == "main":
            yield ScaleRow(self.prompt.options)
        else:
            yield OptionButtons(self.prompt.options)

    def set_prompt(self, prompt: Asked) -> None:
        """Rebuild when a new prompt arrives."""
        if prompt is not self.prompt:
            self.prompt = prompt
            self.refresh(recompose=True)


def answer_value(prompt: Asked, numbers: tuple[int, ...]) -> AnswerValue:
    """Option numbers (1-based) → what the engine takes: codes on main questions, else numbers.

    A main question's code may differ from its position, and the engine reads a value equal
    to some option's code as that option, so main questions always get codes.
    """
    if not numbers:
        return (0,) if prompt.multi else 0  # "none of these" at a confirm step
    if prompt.step == "main":
        values = tuple(int(prompt.options[n - 1].code) for n in numbers)
    else:
        values = numbers
    return values if prompt.multi else values[0]


class ConsentBar(Vertical):
    """HR records the level the person chose, may switch to notes-after-the-talk, or withdraw."""

    class Chosen(Message):
        """The person chose a consent level."""

        def __init__(self, level: str, sensitive: bool) -> None:
            super().__init__()
            self.level = level
            self.sensitive = sensitive

    class AfterTalk(Message):
        """Record codes only, after a face-to-face talk without verbatim records."""

        def __init__(self, sensitive: bool) -> None:
            super().__init__()
            self.sensitive = sensitive

    class WithdrawRequested(Message):
        """The person withdrew: everything of this interview goes."""

    def compose(self) -> ComposeResult:
        yield Static(t("hr.consent_title"), id="consent-title", markup=False)
        with Horizontal(id="consent-levels"):
            for level in ("full", "coded", "none"):
                yield Button(t(f"hr.consent_{level}"), id=f"consent-{level}", classes="level")
            yield Button(t("hr.consent_withdraw"), id="consent-withdraw", variant="error")
        with Horizontal(id="consent-more"):
            yield Checkbox(t("hr.consent_sensitive"), id="consent-sensitive")
            after = Button(t("hr.consent_after"), id="consent-after")
            after.tooltip = t("hr.consent_after_help")
            yield after

    def show_state(self, level: str | None, sensitive: bool, started: bool) -> None:
        """Mark the recorded level; withdrawing only makes sense once something was chosen."""
        for button in self.query(".level").results(Button):
            button.variant = "primary" if button.id == f"consent-{level}" else "default"
        self.query_one("#consent-sensitive", Checkbox).value = sensitive
        self.query_one("#consent-withdraw").display = level is not None
        self.query_one("#consent-after").display = not started

    @property
    def _sensitive(self) -> bool:
        return self.query_one("#consent-sensitive", Checkbox).value

    @on(Button.Pressed, ".level")
    def _level(self, event: Button.Pressed) -> None:
        event.stop()
        level = str(event.button.id).removeprefix("consent-")
        self.post_message(self.Chosen(level, self._sensitive))

    @on(Button.Pressed, "#consent-after")
    def _after(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.AfterTalk(self._sensitive))

    @on(Button.Pressed, "#consent-withdraw")
    def _withdraw(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.WithdrawRequested())


class AnswerPanel(ContentSwitcher):
    """Shows the control that fits the current prompt."""

    def __init__(self, bank: Bank, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.bank = bank

    def compose(self) -> ComposeResult:
        yield Composer(id="answer-composer")  # the kiosk's: Enter sends, counter, cap
        yield OptionsSlot(self.bank, id="answer-options")
        yield ConsentBar(id="answer-consent")
        with Vertical(id="answer-confirm"):
            yield Static(t("hr.confirm_here"), markup=False)
            yield Button(t("hr.confirm_button"), id="confirm-codes", variant="primary")
        yield Static(id="answer-status", markup=False)

    def show(self, prompt: Asked | None, phase: str, *, consent_open: bool, person: bool) -> str:
        """Pick the control for this moment of the interview; return its id.

        `person`: the screen is turned to the employee, who then confirms codes directly.
        """
        target = control_for(prompt, phase, consent_open=consent_open, person=person)
        if target == "answer-options" and prompt is not None:
            self.query_one(OptionsSlot).set_prompt(prompt)
        # While an answer is classified the composer stays (no flicker) but will not send.
        self.query_one(Composer).busy = phase == "tagging"
        if target == "answer-status":
            ended = phase in ("ended", "withdrawn")
            self.query_one("#answer-status", Static).update(t("hr.ended" if ended else "hr.idle"))
        self.current = target
        return target

    @on(Button.Pressed, "#confirm-codes")
    def _confirm(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(ConfirmCodesRequested())


def control_for(prompt: Asked | None, phase: str, *, consent_open: bool, person: bool) -> str:
    """Id of the control that fits: consent, composer, options, confirm or a status line."""
    if phase in ("ended", "withdrawn"):
        return "answer-status"
    if consent_open or (prompt is not None and prompt.step == "consent"):
        return "answer-consent"
    if phase == "tagging":
        return "answer-composer"
    if prompt is None:
        return "answer-status"
    if prompt.step in CONFIRMING_STEPS and not person:
        return "answer-confirm"  # HR codes through the tag panel
    return "answer-options" if prompt.options else "answer-composer"
