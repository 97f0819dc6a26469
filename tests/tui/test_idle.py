"""Idle: a warning first, then the in-memory draft is dropped and a clean welcome returns."""

from __future__ import annotations

from assistant.tui.screens.chat import ChatScreen
from assistant.tui.screens.dialogs import IdleWarning
from assistant.tui.screens.welcome import WelcomeScreen
from assistant.tui.widgets import Bubble, Composer
from tests.tui.conftest import FakeClock, screen_text, settle, wait_for
from tests.tui.test_kiosk_flow import start_chat

SECRET = "我的领导叫王某某"


async def test_idle_wipes_everything_after_half_a_second(make_app) -> None:
    clock = FakeClock()  # held still while the test clicks its way to the chat
    app = make_app(clock=clock, idle_warning_s=0.25, idle_reset_s=0.5)
    async with app.run_test(size=(100, 32)) as pilot:
        await start_chat(pilot, "full")
        app.screen.query_one(Composer).area.insert(SECRET)
        clock.run()
        await wait_for(pilot, lambda: isinstance(app.screen, IdleWarning))
        await wait_for(pilot, lambda: isinstance(app.screen, WelcomeScreen))
        await settle(pilot)
        assert app.session is None
        assert len(app.screen_stack) == 2
        assert not list(app.screen.query(Bubble))
        assert SECRET not in screen_text(app)
        assert not any(isinstance(s, ChatScreen) for s in app.screen_stack)


async def test_activity_dismisses_the_warning_and_keeps_the_draft(make_services) -> None:
    from assistant.tui.app import create_app

    clock = FakeClock()
    app = create_app(make_services(clock=clock, idle_warning_s=90, idle_reset_s=120))
    async with app.run_test(size=(100, 32)) as pilot:
        await start_chat(pilot, "coded")
        app.screen.query_one(Composer).area.insert("草稿")
        clock.advance(91)
        await app.check_inactivity()
        await settle(pilot)
        assert isinstance(app.screen, IdleWarning)
        await pilot.press("space")
        await settle(pilot)
        assert isinstance(app.screen, ChatScreen)
        assert app.screen.query_one(Composer).text.startswith("草稿")
        clock.advance(119)
        await app.check_inactivity()
        assert isinstance(app.screen, IdleWarning)
        clock.advance(2)
        await app.check_inactivity()
        await settle(pilot)
        assert isinstance(app.screen, WelcomeScreen)
        assert app.session is None


async def test_idle_clears_a_typed_session_code(make_app) -> None:
    clock = FakeClock()
    app = make_app(clock=clock, idle_warning_s=0.2, idle_reset_s=0.4)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.click("#code")
        await pilot.press("A", "B")
        clock.run()
        await wait_for(pilot, lambda: isinstance(app.screen, IdleWarning))
        await wait_for(pilot, lambda: isinstance(app.screen, WelcomeScreen))
        await settle(pilot)
        assert app.screen.query_one("#code").value == ""
