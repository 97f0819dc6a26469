"""The locked-down kiosk: welcome → introduction → consent → chat → closing → welcome again."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from textual import events, work
from textual.binding import Binding, BindingType
from textual.message import Message

from assistant.core.events import Said
from assistant.core.inputs import GiveConsent
from assistant.i18n import t
from assistant.services import Services
from assistant.session import InterviewSession
from assistant.tui.app import AssistantApp, can_keep_verbatim, interviewer_screen
from assistant.tui.screens.chat import ChatScreen
from assistant.tui.screens.closing import ClosingScreen, kept_text
from assistant.tui.screens.consent import ConsentScreen
from assistant.tui.screens.dialogs import IdleWarning
from assistant.tui.screens.flow import (
    ConsentChosen,
    InterviewFinished,
    IntroDone,
    ResetRequested,
    StartRequested,
)
from assistant.tui.screens.intro import IntroScreen
from assistant.tui.screens.pin import AdminChoice, PinBackoff, PinDialog
from assistant.tui.screens.welcome import WelcomeScreen

# Ctrl+] (0x1d, the telnet escape) reaches the app in xterm, tmux, screen, the Linux console and
# xterm.js; chords with Alt or Super are often eaten by the window manager or the browser.
ADMIN_KEY = "ctrl+right_square_bracket"

# Keys Textual (or a terminal habit) would turn into quit, suspend, copy, palette or screenshot.
LOCKED_KEYS = "ctrl+q,ctrl+c,ctrl+p,ctrl+s,ctrl+z,ctrl+backslash,escape," + ",".join(
    f"f{n}" for n in range(1, 25)
)
ACTIVITY = (
    events.Key,
    events.MouseDown,
    events.MouseScrollDown,
    events.MouseScrollUp,
    events.Paste,
)


class CodeChecked(Message):
    """The store answered a session code (from a worker thread)."""

    def __init__(self, profile: dict[str, str] | None, error: str = "") -> None:
        super().__init__()
        self.profile, self.error = profile, error


class KioskApp(AssistantApp, inherit_bindings=False):
    """No quit, suspend, screenshot or palette for the person; the admin chord asks for a PIN."""

    ENABLE_COMMAND_PALETTE = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(ADMIN_KEY, "admin", show=False, priority=True, system=True),
        Binding(LOCKED_KEYS, "nothing", show=False, priority=True, system=True),
    ]

    def __init__(self, services: Services) -> None:
        super().__init__(services)
        self.session: InterviewSession | None = None
        self.handed_over = False
        self.pin_backoff = PinBackoff()
        self._last_active: datetime = services.clock()
        self._warned = False
        self._wiped = True

    def on_mount(self) -> None:
        self.push_screen(self._welcome())
        self.set_interval(self._idle_tick(), self.check_inactivity, name="idle")
        # Load the classifier only once the welcome screen is drawn: it competes for the GIL.
        self.call_after_refresh(super().on_mount)

    # -- Lock-down: Textual's built-in escape hatches do nothing here ----------------------
    def action_nothing(self) -> None:
        """Swallow a locked key: the person stays exactly where they are."""

    async def action_quit(self) -> None:
        """Disabled: only the admin PIN dialog ends the kiosk."""

    def action_suspend_process(self) -> None:
        """Disabled: no suspending the kiosk to a shell."""

    def action_command_palette(self) -> None:
        """Disabled: no command palette for the person."""

    def action_help_quit(self) -> None:
        """Disabled: no hint about quitting."""

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """Disabled: nothing of the person is ever written to a screenshot file."""

    def action_show_help_panel(self) -> None:
        """Disabled."""

    def action_admin(self) -> None:
        """The documented chord: ask for an admin/HR name and PIN."""
        if isinstance(self.screen, PinDialog):
            return
        dialog = PinDialog(
            self.services.authenticate,
            self.services.clock,
            self.pin_backoff,
            setup_mode=self._setup_mode(),
        )
        self.push_screen(dialog, self._admin_chosen)

    def _setup_mode(self) -> bool:
        """True on a fresh installation where no admin or interviewer exists yet."""
        check = self.services.unlockers_exist
        try:
            return check is not None and not check()
        except Exception:  # an unreadable store must not unlock the kiosk
            return False

    def _admin_chosen(self, choice: AdminChoice | None) -> None:
        if choice == "exit":
            self.exit()
        elif choice == "handover":
            self.hand_over()

    def hand_over(self) -> None:
        """Give the running interview to HR's console; the kiosk stops wiping on idle."""
        self.handed_over = True
        session, self.session = self.session, None
        self.switch_screen(interviewer_screen(self.services, session))

    # -- Flow between the screens (messages up from each screen) ----------------------------
    def on_start_requested(self, message: StartRequested) -> None:
        if message.code and self.services.redeem_code is not None:
            self._welcome_status(t("tui.welcome.code_busy"))
            self._redeem(message.code)
        else:
            self.begin({})

    @work(thread=True, exclusive=True, group="code")
    def _redeem(self, code: str) -> None:
        try:
            profile = self.services.redeem_code(code) if self.services.redeem_code else {}
        except Exception:  # CodeError or a store problem: the person may go on anonymously
            self.post_message(CodeChecked(None, t("tui.welcome.code_bad")))
            return
        self.post_message(CodeChecked(dict(profile)))

    def on_code_checked(self, message: CodeChecked) -> None:
        if message.profile is None:
            self._welcome_status(message.error)
        elif isinstance(self.screen, WelcomeScreen):
            self.begin(message.profile)

    def begin(self, profile: dict[str, str]) -> None:
        """Start a fresh interview (nothing reaches disk before consent) and introduce it."""
        self.session = self.services.new_session()
        started = self.session.start("kiosk", profile)
        opening = "\n".join(e.text for e in started if isinstance(e, Said))
        self.switch_screen(IntroScreen(opening))

    async def on_intro_done(self, message: IntroDone) -> None:
        if self.session is None:
            return
        prompt = self.session.prompt
        # The chat is built now, under the consent screen, so the first question appears at once.
        await self.switch_screen(ChatScreen(self.session, cap=self.services.config.answer_cap))
        await self.push_screen(ConsentScreen(prompt.text if prompt else ""))

    async def on_consent_chosen(self, message: ConsentChosen) -> None:
        if self.session is None:
            return
        version = self.services.config.consent_version
        consent = GiveConsent(message.level, message.sensitive, consent_version=version)
        events = self.session.send(consent)
        self.check_recorder()
        await self.pop_screen()
        if isinstance(self.screen, ChatScreen):
            self.screen.show(events)

    def on_interview_finished(self, message: InterviewFinished) -> None:
        state = self.session.state if self.session else None
        level = state.level if state else "none"
        if level == "full" and not can_keep_verbatim(self.services.recorder):
            level = "coded"  # no HR key on this kiosk: the store keeps codes only
        sensitive = bool(state and state.consent and state.consent.sensitive)
        kept = kept_text(level, sensitive, message.withdrawn)
        reset_s = self.services.config.kiosk.closing_reset_s
        if self.session is not None:
            self.session.forget()  # everything allowed is on disk; the rest goes now
        self.switch_screen(ClosingScreen(kept, message.farewell, reset_s))

    async def on_reset_requested(self, message: ResetRequested) -> None:
        await self.reset_kiosk()

    async def reset_kiosk(self) -> None:
        """Drop the in-memory interview and show a fresh welcome screen, nothing else."""
        if self.session is not None:
            self.session.forget()
        self.session = None
        self.clear_notifications()
        while len(self.screen_stack) > 2:
            await self.pop_screen()
        await self.switch_screen(self._welcome())
        self._wiped, self._warned = True, False
        self._last_active = self.services.clock()

    def _welcome(self) -> WelcomeScreen:
        return WelcomeScreen(with_code=self.services.redeem_code is not None)

    def _welcome_status(self, text: str) -> None:
        if isinstance(self.screen, WelcomeScreen):
            self.screen.show_status(text)

    # -- Idle: warn, then forget -----------------------------------------------------------
    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, ACTIVITY):
            self._touch()
        await super().on_event(event)

    def _touch(self) -> None:
        self._last_active = self.services.clock()
        self._wiped = False
        if self._warned:
            self._warned = False
            if isinstance(self.screen, IdleWarning):
                self.screen.dismiss(None)

    def _idle_tick(self) -> float:
        return max(0.05, min(1.0, self.services.config.kiosk.idle_warning_s / 5))

    async def check_inactivity(self) -> None:
        """Called on a timer: after `idle_warning_s` ask, after `idle_reset_s` wipe."""
        if self._wiped or self.handed_over:
            return
        idle = (self.services.clock() - self._last_active).total_seconds()
        kiosk = self.services.config.kiosk
        if idle >= kiosk.idle_reset_s:
            await self.reset_kiosk()
        elif idle >= kiosk.idle_warning_s and not self._warned:
            self._warned = True
            self.push_screen(IdleWarning())
