"""The one app factory used by the CLI, the tests and the browser server."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Literal

from textual.app import App, ComposeResult
from textual.message_pump import MessagePump
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker

from assistant.core.tags import Tagger, TagResult
from assistant.i18n import t
from assistant.services import Services
from assistant.tui.widgets.messages import Tagged, TaggerReady

if TYPE_CHECKING:
    from assistant.session import InterviewSession, Recorder

Mode = Literal["kiosk", "interviewer"]
TaggerState = Literal["loading", "ready", "failed"]


class AssistantApp(App):
    """What both front ends share: services, the classifier loaded in a thread, classification."""

    CSS_PATH = "app.tcss"
    TITLE = "离职面谈助手"

    tagger_state: reactive[TaggerState] = reactive("loading")

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.tagger: Tagger | None = None
        self._tagger_loaded = threading.Event()
        self._recorder_status: str | None = None

    def on_mount(self) -> None:
        self.run_worker(self._load_tagger, thread=True, group="tagger", exit_on_error=False)

    # -- The classifier --------------------------------------------------------------------
    def _load_tagger(self) -> None:
        # Slow (model files): runs in a thread so the first screen appears at once.
        try:
            self.tagger = self.services.tagger_factory()
        except Exception:
            self.tagger = None
        finally:
            self._tagger_loaded.set()
        self.post_message(TaggerReady(ok=self.tagger is not None))

    def on_tagger_ready(self, message: TaggerReady) -> None:
        self.tagger_state = "ready" if message.ok else "failed"
        if not message.ok:
            self.notify(t("tui.tagger_failed"), markup=False)

    def wait_for_tagger(self, timeout: float | None = None) -> Tagger | None:
        """Block (in a worker thread) until the classifier has loaded."""
        self._tagger_loaded.wait(timeout)
        return self.tagger

    def classify(self, seq: int, text: str, reply_to: MessagePump) -> Worker[None]:
        """Tag answer `seq` in a thread; `reply_to` receives `Tagged(seq, result)`.

        The worker belongs to `reply_to`, so it is cancelled with the screen that asked.
        Answers typed before the model is ready wait for it inside the worker.
        """

        def work() -> None:
            tagger = self.wait_for_tagger()
            try:
                result = tagger.tag(text) if tagger is not None else TagResult()
            except Exception:  # a classifier bug must never stop the interview
                result = TagResult()
            reply_to.post_message(Tagged(seq, result))

        return reply_to.run_worker(  # type: ignore[attr-defined]
            work, thread=True, group="classify", name=f"classify-{seq}", exit_on_error=False
        )

    # -- The store's health ----------------------------------------------------------------
    def check_recorder(self) -> None:
        """Say calmly when the store cannot write (the interview stays in memory meanwhile)."""
        status = recorder_status(self.services.recorder)
        if status and status != self._recorder_status:
            self.notify(status, severity="warning", timeout=10, markup=False)
        elif self._recorder_status and not status:
            self.notify(t("tui.chat.save_ok"), markup=False)
        self._recorder_status = status


def recorder_status(recorder: Recorder | None) -> str | None:
    """The recorder's Chinese status line (a write problem or a warning), None when all is well."""
    status = getattr(recorder, "status", None) if recorder is not None else None
    return status if isinstance(status, str) and status.strip() else None


def can_keep_verbatim(recorder: Recorder | None) -> bool:
    """Whether the store can keep words (it needs HR's public key); fakes say yes."""
    return bool(getattr(recorder, "can_keep_verbatim", True))


def create_app(services: Services, mode: Mode = "kiosk") -> App:
    """Build the app for a mode: the locked-down kiosk or the HR interviewer console."""
    if mode == "kiosk":
        from assistant.tui.kiosk import KioskApp

        return KioskApp(services)
    if mode == "interviewer":
        return InterviewerApp(services)
    raise ValueError(f"unknown mode: {mode}")


class InterviewerApp(AssistantApp):
    """HR's console: Textual's usual keys (ctrl+q, the command palette) stay available."""

    def on_mount(self) -> None:
        super().on_mount()
        self.push_screen(interviewer_screen(self.services))


def interviewer_screen(services: Services, session: InterviewSession | None = None) -> Screen:
    """The HR console screen (written in interviewer.py), given the kiosk's session on handover."""
    try:
        from assistant.tui.interviewer import InterviewerScreen
    except ImportError:
        return MissingConsole()
    if session is None:
        return InterviewerScreen(services)
    return InterviewerScreen(services, session=session)


class MissingConsole(Screen):
    """Shown when the console module is not installed."""

    def compose(self) -> ComposeResult:
        yield Static(t("tui.interviewer.missing"), markup=False)
