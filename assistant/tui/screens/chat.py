"""The chat: owns the InterviewSession, renders its events and turns widget messages into inputs."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from assistant.core.bank import ScaleNode
from assistant.core.events import (
    Answered,
    Asked,
    Confirmed,
    Ended,
    Event,
    Rejected,
    Said,
    Skipped,
    WentBack,
    Withdrawn,
)
from assistant.core.inputs import Answer, Back, Input, LowerLevel, Skip, Tags, Withdraw
from assistant.i18n import t
from assistant.session import InterviewSession
from assistant.tui.screens.dialogs import ConfirmDialog
from assistant.tui.screens.flow import InterviewFinished
from assistant.tui.widgets import (
    ActionBar,
    AnswerSubmitted,
    BackRequested,
    ChatLog,
    ChipsConfirmed,
    Composer,
    ConfirmChips,
    InterviewProgress,
    KeepWordsOffRequested,
    OptionButtons,
    OptionChosen,
    ScaleRow,
    SkipRequested,
    Tagged,
    WithdrawRequested,
)

CHIP_STEPS = ("confirm", "cold_start_detail")


class ChatScreen(Screen):
    """One interview as a messenger conversation; every input goes through `session.send`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(str(n), f"pick({n})", show=False) for n in range(1, 10)
    ]

    def __init__(
        self, session: InterviewSession, events: list[Event] | None = None, *, cap: int
    ) -> None:
        super().__init__()
        self.session = session
        self.cap = cap
        self._initial = events or []
        self._shown: Asked | None = None
        self._said_end = ""

    # -- Layout ----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="chat-head"):
            yield Static(t("tui.title"), classes="title", markup=False)
            yield Static("", id="chat-status", markup=False)
            yield InterviewProgress()
        yield ChatLog(id="log")
        with Vertical(id="answer"):
            yield Composer(self.cap, id="composer")
            yield Vertical(id="choices")
        yield ActionBar(id="actions")

    def on_mount(self) -> None:
        self.watch(self.app, "tagger_state", self._show_tagger_state)
        self._show_events(self._initial, None)

    def show(self, events: list[Event]) -> None:
        """Render events the app produced for this session (the consent's first question)."""
        self._show_events(events, None)

    @property
    def log_view(self) -> ChatLog:
        """The conversation so far."""
        return self.query_one(ChatLog)

    @property
    def composer(self) -> Composer:
        """The free-text answer box."""
        return self.query_one(Composer)

    # -- Messages from the widgets ---------------------------------------------------------
    def on_answer_submitted(self, message: AnswerSubmitted) -> None:
        message.stop()
        events = self._send(Answer(text=message.text))
        if any(isinstance(e, Answered) for e in events):
            self.composer.clear()

    def on_option_chosen(self, message: OptionChosen) -> None:
        message.stop()
        prompt = self.session.prompt
        if prompt is None or not 1 <= message.number <= len(prompt.options):
            return
        option = prompt.options[message.number - 1]
        # On main questions the engine reads a value as the option's code.
        value = int(option.code) if prompt.step == "main" else message.number
        self._send(Answer(value=value))

    def on_chips_confirmed(self, message: ChipsConfirmed) -> None:
        message.stop()
        prompt = self.session.prompt
        if prompt is None:
            return
        if prompt.step == "main":
            codes = tuple(int(prompt.options[n - 1].code) for n in message.numbers)
            self._send(Answer(value=codes))
        else:
            self._send(Answer(value=message.numbers or 0))

    def on_skip_requested(self, message: SkipRequested) -> None:
        message.stop()
        self._send(Skip())

    def on_back_requested(self, message: BackRequested) -> None:
        message.stop()
        self._send(Back())

    def on_keep_words_off_requested(self, message: KeepWordsOffRequested) -> None:
        """Lower the consent level of the last free-text answer to codes only."""
        message.stop()
        seq = self._last_text_answer()
        if self.session.state.level != "full" or seq is None:
            self.log_view.add_system(t("tui.chat.no_words_kept"))
            return
        self._send(LowerLevel(seq=seq, level="coded"))
        self.log_view.add_system(t("tui.chat.words_off_done"))

    def _last_text_answer(self) -> int | None:
        for event in reversed(self.session.events):
            if isinstance(event, Answered) and event.text is not None:
                return event.seq
        return None

    def on_withdraw_requested(self, message: WithdrawRequested) -> None:
        message.stop()
        dialog = ConfirmDialog(
            t("tui.withdraw.question"), t("tui.withdraw.yes"), t("tui.withdraw.no")
        )
        self.app.push_screen(dialog, self._withdraw_answered)

    def _withdraw_answered(self, confirmed: bool | None) -> None:
        if confirmed and not self.session.state.finished:
            self._send(Withdraw())

    def on_tagged(self, message: Tagged) -> None:
        message.stop()
        if self.session.state.pending_seq == message.seq:
            self._send(Tags(seq=message.seq, result=message.result))

    def action_pick(self, number: int) -> None:
        """Number keys reach the option widget even when it does not have focus."""
        for widget in self.query_one("#choices").children:
            if isinstance(widget, OptionButtons | ConfirmChips):
                widget.action_press(number)

    # -- Driving the session ---------------------------------------------------------------
    def _send(self, command: Input) -> list[Event]:
        prompt = self.session.prompt
        events = self.session.send(command)
        self._show_events(events, prompt)
        self.app.check_recorder()  # type: ignore[attr-defined]
        return events

    def _show_events(self, events: list[Event], prompt: Asked | None) -> None:
        log = self.log_view
        for event in events:
            self._render_event(log, event, prompt)
        self._after_events()

    def _render_event(self, log: ChatLog, event: Event, prompt: Asked | None) -> None:
        if isinstance(event, Said | Asked) and event.text:
            log.add_assistant(event.text)
            if isinstance(event, Said):
                self._said_end = event.text
        elif isinstance(event, Answered):
            log.add_person(_answer_text(event, prompt))
            if event.capped:
                self.notify(t("core.answer_capped", limit=self.cap), markup=False)
        elif isinstance(event, Confirmed):
            log.add_person(_confirmed_text(event, prompt))
        elif isinstance(event, Skipped):
            log.add_person(t("tui.chat.skipped"))
        elif isinstance(event, WentBack):
            self._note_back(log)
        elif isinstance(event, Rejected):
            log.add_system(event.message)

    def _note_back(self, log: ChatLog) -> None:
        # Going back from a main question emits two WentBack events; say it once.
        last = log.bubbles[-1] if log.bubbles else None
        if last is None or last.text != t("tui.chat.went_back"):
            log.add_system(t("tui.chat.went_back"))

    def _after_events(self) -> None:
        state = self.session.state
        self._update_progress()
        if state.finished:
            withdrawn = any(isinstance(e, Withdrawn) for e in self.session.events)
            farewell = self._said_end if _completed(self.session.events) else ""
            self.post_message(InterviewFinished(withdrawn=withdrawn, farewell=farewell))
            return
        pending = self.session.pending_answer()
        self.log_view.set_thinking(t("tui.thinking") if pending else None)
        self.composer.busy = pending is not None
        if pending is not None:
            self.app.classify(pending[0], pending[1], self)  # type: ignore[attr-defined]
        self._show_prompt(self.session.prompt)

    # -- Attributes down: the answer widgets for the current prompt ------------------------
    def _show_prompt(self, prompt: Asked | None) -> None:
        if prompt is self._shown:
            return
        self._shown = prompt
        choices = self.query_one("#choices")
        choices.remove_children()
        widget = self._widget_for(prompt)
        self.composer.display = widget is None
        if widget is None:
            self.composer.focus_input()
        else:
            choices.mount(widget)

    def _widget_for(self, prompt: Asked | None) -> Widget | None:
        if prompt is None or not prompt.options or prompt.step == "consent":
            return None
        if prompt.step in CHIP_STEPS or prompt.multi:
            return ConfirmChips(prompt.options)
        node = self.session.bank.by_id.get(prompt.node_id)
        if isinstance(node, ScaleNode) and prompt.step == "main":
            return ScaleRow(prompt.options)
        return OptionButtons(prompt.options)

    def _update_progress(self) -> None:
        progress = self.query_one(InterviewProgress)
        progress.total = _asking_nodes(self.session)
        progress.done = (
            progress.total if self.session.state.finished else len(self.session.state.history)
        )

    def _show_tagger_state(self, state: str) -> None:
        text = t("tui.tagger_loading") if state == "loading" else ""
        self.query_one("#chat-status", Static).update(text)


def _asking_nodes(session: InterviewSession) -> int:
    kinds = ("open", "choice", "scale")
    return sum(1 for node in session.bank.nodes if getattr(node, "type", "") in kinds) or 1


def _completed(events: list[Event]) -> bool:
    return any(isinstance(e, Ended) and e.completed for e in events)


def _answer_text(event: Answered, prompt: Asked | None) -> str:
    if event.text is not None:
        return event.text
    values = event.value if isinstance(event.value, tuple) else (event.value,)
    return "、".join(_option_label(prompt, v, by_code=event.step == "main") for v in values)


def _option_label(prompt: Asked | None, value: object, *, by_code: bool) -> str:
    if prompt is None:
        return str(value)
    for number, option in enumerate(prompt.options, 1):
        if (option.code if by_code else number) == value:
            return option.label
    return str(value)


def _confirmed_text(event: Confirmed, prompt: Asked | None) -> str:
    keys = (*event.reasons, *event.flags)
    if not keys:
        return t("tui.chat.none_of_these")
    labels = {str(o.code): o.label for o in prompt.options} if prompt else {}
    return "、".join(labels.get(k, k) for k in keys)
