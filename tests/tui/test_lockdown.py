"""Lock-down: Textual's quit, copy/quit hint, palette, suspend, screenshot and F-keys do nothing."""

from __future__ import annotations

import pytest

from assistant.tui.kiosk import KioskApp
from assistant.tui.screens.chat import ChatScreen
from assistant.tui.screens.welcome import WelcomeScreen
from assistant.tui.widgets import Composer
from tests.tui.conftest import settle
from tests.tui.test_kiosk_flow import start_chat

LOCKED = ["ctrl+q", "ctrl+c", "ctrl+p", "ctrl+z", "ctrl+s", "ctrl+backslash", "escape"]
F_KEYS = [f"f{n}" for n in range(1, 13)]


def test_kiosk_has_no_palette_and_no_inherited_bindings(make_app) -> None:
    app = make_app()
    assert isinstance(app, KioskApp)
    assert app.ENABLE_COMMAND_PALETTE is False
    actions = {binding.action for _, binding in app._bindings}
    assert actions == {"admin", "nothing"}


@pytest.mark.parametrize("key", LOCKED + F_KEYS)
async def test_keys_leave_the_person_on_the_welcome_screen(make_app, key: str) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        assert app.is_running
        assert isinstance(app.screen, WelcomeScreen)
        assert len(app.screen_stack) == 2
        assert not app._notifications  # not even a "press ctrl+q to quit" hint


async def test_keys_leave_the_person_in_the_chat_with_their_draft(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await start_chat(pilot, "coded")
        composer = app.screen.query_one(Composer)
        composer.area.insert("还没写完")
        for key in LOCKED + F_KEYS:
            await pilot.press(key)
        await settle(pilot)
        assert app.is_running
        assert isinstance(app.screen, ChatScreen)
        assert composer.text == "还没写完"
        assert len(app.screen_stack) == 2


async def test_quit_actions_are_inert_even_when_reached(make_app) -> None:
    """Markup links or stray bindings naming app.quit must not end the kiosk either."""
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        for action in ("quit", "suspend_process", "command_palette", "screenshot", "help_quit"):
            await app.run_action(action)
        await settle(pilot)
        assert app.is_running
        assert isinstance(app.screen, WelcomeScreen)
