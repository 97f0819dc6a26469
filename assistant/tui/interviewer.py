"""HR interviewer console: conversation, script card, live tags, private notes, free navigation."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Footer, Static

from assistant.core.bank import EndNode
from assistant.core.events import (
    Answered,
    Asked,
    Classified,
    Confirmed,
    ConsentRecorded,
    Ended,
    Event,
    Jumped,
    NoteAdded,
    Rejected,
    Said,
    Skipped,
    WentBack,
    Withdrawn,
)
from assistant.core.inputs import (
    Answer,
    Back,
    Confirm,
    EndEarly,
    GiveConsent,
    Input,
    Jump,
    Note,
    Skip,
    Tags,
    Withdraw,
)
from assistant.core.transcript import describe_tags
from assistant.i18n import t
from assistant.services import Services
from assistant.session import InterviewSession
from assistant.tui.screens.interviewer_commands import InterviewerCommands
from assistant.tui.screens.interviewer_jump import JumpScreen
from assistant.tui.widgets.chat_log import ChatLog
from assistant.tui.widgets.composer import Composer
from assistant.tui.widgets.interviewer_after import AfterTalkPanel
from assistant.tui.widgets.interviewer_answer import (
    AnswerPanel,
    ConfirmCodesRequested,
    ConsentBar,
    answer_value,
)
from assistant.tui.widgets.interviewer_notes import NotesPanel
from assistant.tui.widgets.interviewer_script import ScriptCard
from assistant.tui.widgets.interviewer_tags import TagPanel
from assistant.tui.widgets.interviewer_text import clip, one_line
from assistant.tui.widgets.messages import (
    AnswerSubmitted,
    ChipsConfirmed,
    OptionChosen,
    Tagged,
)

STATUS_NODE_CELLS = 36
# Actions that make sense only while the interview is running.
LIVE_ACTIONS = frozenset({"skip", "back", "jump", "end", "consent", "after_talk", "employee_view"})


class InterviewerScreen(Screen[None]):
    """The console HR drives during (or after) a face-to-face exit interview."""

    CSS_PATH = "interviewer.tcss"
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {InterviewerCommands}
    # Keys the composer's TextArea leaves alone (it takes ctrl+a/e/k/u/w and f5-f7).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f2", "employee_view", t("hr.bind_employee")),
        Binding("f3", "skip", t("hr.bind_skip")),
        Binding("f4", "back", t("hr.bind_back")),
        Binding("ctrl+g", "jump", t("hr.bind_jump")),
        Binding("ctrl+r", "consent", t("hr.bind_consent")),
        Binding("f8", "withdraw", t("hr.bind_withdraw")),
        Binding("f9", "end", t("hr.bind_end")),
        Binding("ctrl+t", "after_talk", t("hr.bind_after"), show=False),
        Binding("ctrl+n", "new_interview", t("hr.bind_new")),
    ]

    employee_view: reactive[bool] = reactive(False)

    def __init__(self, services: Services, *, session: InterviewSession | None = None) -> None:
        """`session`: the kiosk's running interview when HR takes it over; else a new one."""
        super().__init__()
        self.services = services
        self.session = session or services.new_session()
        self.consent_open = False
        self.after_talk = False
        self._last_prompt: Asked | None = None

    # -- Layout --------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        bank, codebook = self.services.bank, self.services.codebook
        yield Static(id="hr-status", markup=False)
        with ContentSwitcher(initial="hr-live", id="hr-modes"):
            with Horizontal(id="hr-live"):
                with Vertical(id="hr-left"):
                    yield ChatLog(id="hr-log")
                    yield AnswerPanel(bank, id="hr-answer", initial="answer-status")
                with Vertical(id="hr-right"):
                    yield ScriptCard(bank, codebook, id="hr-script")
                    yield TagPanel(codebook, id="hr-tags")
                    yield NotesPanel(id="hr-notes")
            yield AfterTalkPanel(bank, codebook, id="hr-after")
        yield Footer()

    def on_mount(self) -> None:
        self._set_placeholder()
        if self.session.state.phase == "new":
            self._show(self.session.start(mode="interviewer"))
        else:
            self._show(self.session.events)  # taken over from the kiosk: replay what was said
        self._sync()
        pending = self.session.pending_answer()
        if pending:
            self._classify(*pending)

    # -- Sending inputs ------------------------------------------------------------------

    def send(self, command: Input) -> list[Event]:
        """Apply one input to the session, show its events and refresh the views."""
        events = self.session.send(command)
        self._show(events)
        self._sync()
        pending = self.session.pending_answer()
        if pending and any(isinstance(e, Answered) for e in events):
            self._classify(*pending)
        return events

    def _sync(self) -> None:
        """Bring every panel in line with the session's state (attributes down)."""
        self._sync_answer_panel()
        self._sync_side_panels()
        self._update_status()
        self.refresh_bindings()

    def _sync_answer_panel(self) -> None:
        state = self.session.state
        panel = self.query_one(AnswerPanel)
        control = panel.show(
            state.current, state.phase, consent_open=self.consent_open, person=self.employee_view
        )
        if control == "answer-composer":
            self.call_after_refresh(self._focus_composer)

    def _sync_side_panels(self) -> None:
        state = self.session.state
        prompt = None if state.finished else state.current
        tagged = state.node_progress(prompt.node_id).reasons if prompt else ()
        self.query_one(ScriptCard).show(prompt, tagged)
        level = state.consent.level if state.consent else None
        sensitive = bool(state.consent and state.consent.sensitive)
        self.query_one(NotesPanel).set_level(level)
        self.query_one(ConsentBar).show_state(level, sensitive, self._answered_any())

    def _focus_composer(self) -> None:
        # Keep the cursor where HR types next, unless HR is busy in the side panels.
        focused = self.focused
        in_side_panel = focused is not None and self.query_one("#hr-right") in focused.ancestors
        if self.employee_view or not in_side_panel:
            self.query_one(Composer).focus_input()

    def _answered_any(self) -> bool:
        return any(isinstance(e, Answered) for e in self.session.events)

    def _update_status(self) -> None:
        state = self.session.state
        parts = [t("hr.title"), self._mode_label()]
        if state.consent:
            sensitive = t("hr.status_sensitive") if state.consent.sensitive else ""
            parts.append(t("hr.status_level", level=t(f"consent.{state.level}")) + sensitive)
        else:
            parts.append(t("hr.status_no_consent"))
        if state.current and not state.finished:
            node = clip(one_line(state.current.text), STATUS_NODE_CELLS)
            step = t(f"hr.step_{state.current.step}")
            parts.append(f"{step}：{node}")
        self.query_one("#hr-status", Static).update(Text(" | ".join(parts)))

    def _mode_label(self) -> str:
        if self.session.state.finished:
            return t("hr.mode_ended")
        if self.after_talk:
            return t("hr.mode_after")
        return t("hr.mode_employee" if self.employee_view else "hr.mode_live")

    # -- Showing events ------------------------------------------------------------------

    def _show(self, events: list[Event]) -> None:
        for event in events:
            handler = getattr(self, f"_on_{type(event).__name__}", None)
            if handler is not None:
                handler(event)

    @property
    def _log(self) -> ChatLog:
        return self.query_one(ChatLog)

    @property
    def _tags(self) -> TagPanel:
        return self.query_one(TagPanel)

    def _hr_line(self, text: str) -> None:
        # HR-only lines (tags, codes) are hidden while the screen is turned to the person.
        self._log.add_system(text).add_class("hr-only")

    def _on_Said(self, event: Said) -> None:
        self._log.add_assistant(event.text)

    def _on_Asked(self, event: Asked) -> None:
        self._last_prompt = event
        if event.text:
            self._log.add_assistant(event.text)
        if event.step == "main":
            self._tags.start_node(event.node_id)
        elif event.step in ("confirm", "cold_start_detail"):
            self._tags.offer(event.node_id, event.options)

    def _on_Answered(self, event: Answered) -> None:
        if event.text is not None:
            self._log.add_person(event.text)
            return
        self._log.add_person(self._option_labels(event.value))

    def _option_labels(self, value: Any) -> str:
        prompt = self._last_prompt  # the prompt being answered (events come in order)
        codes = value if isinstance(value, tuple) else (value,)
        options = prompt.options if prompt else ()
        labels = {o.code: o.label for o in options}
        # Non-main steps carry 1-based numbers rather than codes.
        numbered = {n: o.label for n, o in enumerate(options, 1)}
        return "、".join(labels.get(c) or numbered.get(c, str(c)) for c in codes)

    def _on_Skipped(self, event: Skipped) -> None:
        self._log.add_system(t("hr.log_skipped"))

    def _on_Classified(self, event: Classified) -> None:
        self._log.set_thinking(None)
        self._tags.add_result(event.node_id, event.result)
        self._hr_line(describe_tags(event.result, self.services.codebook))

    def _on_Confirmed(self, event: Confirmed) -> None:
        self._tags.mark_confirmed(event)
        keys = (*event.reasons, *event.flags)
        labels = self.services.codebook.labels_of(keys)
        self._hr_line(t("hr.log_confirmed", labels=labels) if keys else t("hr.log_confirmed_none"))

    def _on_ConsentRecorded(self, event: ConsentRecorded) -> None:
        self._log.add_system(t("hr.log_consent", level=t(f"consent.{event.level}")))

    def _on_Jumped(self, event: Jumped) -> None:
        self._tags.start_node(None)
        node = self.services.bank.by_id.get(event.node_id)
        self._hr_line(t("hr.log_jumped", node=clip(one_line(node.text if node else ""), 40)))

    def _on_WentBack(self, event: WentBack) -> None:
        self._tags.start_node(None)

    def _on_NoteAdded(self, event: NoteAdded) -> None:
        self.query_one(NotesPanel).show_note(event.text)

    def _on_Rejected(self, event: Rejected) -> None:
        self.notify(event.message, severity="warning", markup=False)

    def _on_Withdrawn(self, event: Withdrawn) -> None:
        self._log.set_thinking(None)
        self._log.add_system(t("hr.log_withdrawn"))

    def _on_Ended(self, event: Ended) -> None:
        self._log.set_thinking(None)
        self._log.add_system(t("hr.log_ended"))

    # -- Classification (thread worker → message → main thread) --------------------------

    def _classify(self, seq: int, text: str) -> None:
        self._log.set_thinking(t("hr.waiting"))
        classify = getattr(self.app, "classify", None)
        if classify is not None:
            classify(seq, text, self)  # the app loads the classifier once, in a thread
            return
        work = partial(self._tag_without_app, seq, text)
        self.run_worker(work, thread=True, group="classify", exit_on_error=False)

    def _tag_without_app(self, seq: int, text: str) -> None:
        # Hosted by a plain App (not create_app's): load the classifier here, in the thread.
        self.post_message(Tagged(seq, self.services.tagger_factory().tag(text)))

    @on(Tagged)
    def _tagged(self, message: Tagged) -> None:
        pending = self.session.pending_answer()
        if pending and pending[0] == message.seq:
            self.send(Tags(message.seq, message.result))

    # -- Messages from the widgets -------------------------------------------------------

    @on(AnswerSubmitted)
    def _answer_text(self, message: AnswerSubmitted) -> None:
        message.stop()
        events = self.send(Answer(text=message.text))
        if any(isinstance(e, Answered) for e in events):
            self.query_one(Composer).clear()

    @on(OptionChosen)
    def _option_chosen(self, message: OptionChosen) -> None:
        message.stop()
        self._answer_numbers((message.number,))

    @on(ChipsConfirmed)
    def _chips_confirmed(self, message: ChipsConfirmed) -> None:
        message.stop()
        self._answer_numbers(message.numbers)

    def _answer_numbers(self, numbers: tuple[int, ...]) -> None:
        prompt = self.session.state.current
        if prompt is not None:
            self.send(Answer(value=answer_value(prompt, numbers)))

    @on(ConfirmCodesRequested)
    def _confirm_requested(self, message: ConfirmCodesRequested) -> None:
        message.stop()
        self._tags.apply()

    @on(TagPanel.Applied)
    def _codes_applied(self, message: TagPanel.Applied) -> None:
        message.stop()
        by_hr = Confirm(message.reasons, message.flags, by="interviewer", node_id=message.node_id)
        self.send(by_hr)

    @on(ConsentBar.Chosen)
    def _consent_chosen(self, message: ConsentBar.Chosen) -> None:
        message.stop()
        self.consent_open = False
        self._give_consent(message.level, message.sensitive)

    def _give_consent(self, level: str, sensitive: bool) -> None:
        version = self.services.config.consent_version
        self.send(GiveConsent(level, sensitive, consent_version=version))  # type: ignore[arg-type]

    @on(ConsentBar.WithdrawRequested)
    def _withdraw(self, message: ConsentBar.WithdrawRequested) -> None:
        message.stop()
        self.consent_open = False
        self.send(Withdraw())

    @on(ConsentBar.AfterTalk)
    def _after_talk_chosen(self, message: ConsentBar.AfterTalk) -> None:
        message.stop()
        self._enter_after_talk(message.sensitive)

    @on(NotesPanel.Added)
    def _note(self, message: NotesPanel.Added) -> None:
        message.stop()
        self.send(Note(message.text))

    # -- Notes after the talk ------------------------------------------------------------

    def _enter_after_talk(self, sensitive: bool) -> None:
        state = self.session.state
        if self._answered_any():
            return self.notify(t("hr.after_unavailable"), severity="warning")
        if state.consent is not None and state.consent.level == "none":
            return self.notify(t("hr.after_declined"), severity="warning")
        if state.consent is None or state.consent.level == "full":
            # The person declined verbatim records: codes only, whatever was chosen before.
            self._give_consent("coded", sensitive)
        self.consent_open = False
        self.after_talk = True
        self.query_one("#hr-modes", ContentSwitcher).current = "hr-after"
        self._sync()

    @on(AfterTalkPanel.Saved)
    def _after_talk_saved(self, message: AfterTalkPanel.Saved) -> None:
        message.stop()
        for node_id, (reasons, flags) in message.picks.items():
            self.send(Confirm(reasons, flags, by="interviewer", node_id=node_id))
        self._finish()
        self.after_talk = False
        self.query_one("#hr-modes", ContentSwitcher).current = "hr-live"
        self.notify(t("hr.after_saved", count=len(message.picks)))
        self._sync()

    def _finish(self) -> None:
        """Close the interview as completed by entering the bank's end node."""
        end = next((n.id for n in self.services.bank.nodes if isinstance(n, EndNode)), None)
        self.send(Jump(end) if end else EndEarly())

    # -- Actions -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Navigation while the interview runs; once it is over, only a new one (or quit)."""
        finished = self.session.state.finished
        if action in LIVE_ACTIONS:
            return not finished
        if action == "new_interview":
            return finished
        return True

    def watch_employee_view(self, on: bool) -> None:
        self.set_class(on, "-employee")
        if self.is_mounted:
            self._set_placeholder()
            self._update_status()

    def _set_placeholder(self) -> None:
        # HR types what the person says; turned around, the person types (the kiosk's wording).
        key = "tui.chat.composer_placeholder" if self.employee_view else "hr.composer_placeholder"
        self.query_one(Composer).area.placeholder = t(key)

    def action_employee_view(self) -> None:
        """Turn the screen to the person (HR panels hidden) or back to HR."""
        self.employee_view = not self.employee_view
        self._sync()

    def action_skip(self) -> None:
        """Leave the current question unanswered."""
        self.send(Skip())

    def action_back(self) -> None:
        """Return to the previous question."""
        self.send(Back())

    def action_jump(self) -> None:
        """Pick any asking question as the next one."""
        state = self.session.state
        current = state.current.node_id if state.current else None
        picker = JumpScreen(self.services.bank, done=set(state.answers), current=current)
        self.app.push_screen(picker, self._jump_to)

    def _jump_to(self, node_id: str | None) -> None:
        if node_id:
            self.send(Jump(node_id))

    def action_consent(self) -> None:
        """Show (or hide) the consent controls: the person may change the level any time."""
        self.consent_open = not self.consent_open
        self._sync()

    def action_after_talk(self) -> None:
        """Switch to notes after the talk (codes only), before anything was answered."""
        sensitive = bool(self.session.state.consent and self.session.state.consent.sensitive)
        self._enter_after_talk(sensitive)

    def action_end(self) -> None:
        """Stop the interview now."""
        self.send(EndEarly())

    def action_withdraw(self) -> None:
        """The person withdraws: one key, no more steps than consenting took."""
        self.consent_open = False
        self.send(Withdraw())

    def action_new_interview(self) -> None:
        """A fresh console for the next person (the app keeps the loaded classifier)."""
        self.app.switch_screen(InterviewerScreen(self.services))
