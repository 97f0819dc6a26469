"""The admin chord opens a PIN dialog; right PINs exit or hand over, wrong PINs back off."""

from __future__ import annotations

from assistant.tui.screens.pin import PinBackoff, PinDialog, backoff_seconds
from assistant.tui.screens.welcome import WelcomeScreen
from tests.tui.conftest import FakeClock, screen_text, settle, wait_for
from tests.tui.test_kiosk_flow import start_chat

ADMIN = "ctrl+right_square_bracket"


async def enter_pin(pilot, name: str, pin: str, button: str = "#exit") -> None:
    dialog = pilot.app.screen
    dialog.query_one("#pin-name").value = name
    dialog.query_one("#pin-pin").value = pin
    # A button ignores clicks for 0.2 s after a press (its "active" flash).
    await wait_for(pilot, lambda: not dialog.query_one(button).has_class("-active"))
    await pilot.click(button)
    await settle(pilot)


async def test_admin_chord_and_right_pin_exit(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press(ADMIN)
        await settle(pilot)
        assert isinstance(app.screen, PinDialog)
        await enter_pin(pilot, "boss", "654321")
    assert app.return_code == 0
    assert not app.is_running


async def test_cancel_returns_to_where_the_person_was(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press(ADMIN)
        await settle(pilot)
        await pilot.click("#cancel")
        await settle(pilot)
        assert isinstance(app.screen, WelcomeScreen)


async def test_wrong_pins_back_off(make_services, store) -> None:
    from assistant.tui.app import create_app

    clock = FakeClock()
    app = create_app(make_services(clock=clock))
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press(ADMIN)
        await settle(pilot)
        await enter_pin(pilot, "boss", "000000")
        assert store.auth_calls == 1
        assert "请 2 秒后再试" in screen_text(app)
        await enter_pin(pilot, "boss", "654321")  # too soon: not even asked
        assert store.auth_calls == 1
        assert isinstance(app.screen, PinDialog)
        clock.advance(3)
        await enter_pin(pilot, "boss", "111111")
        assert store.auth_calls == 2
        assert "请 4 秒后再试" in screen_text(app)
        # Closing and reopening the dialog does not reset the back-off.
        await pilot.click("#cancel")
        await pilot.press(ADMIN)
        await settle(pilot)
        await enter_pin(pilot, "boss", "654321")
        assert store.auth_calls == 2
        clock.advance(5)
        await enter_pin(pilot, "boss", "654321")
        assert store.auth_calls == 3, screen_text(app)
    assert app.return_code == 0


async def test_analyst_may_not_unlock(make_app, store) -> None:
    store.users["ana"] = ("111111", "analyst")
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press(ADMIN)
        await settle(pilot)
        await enter_pin(pilot, "ana", "111111")
        assert app.is_running
        assert "没有这项权限" in screen_text(app)


async def test_handover_gives_the_session_to_the_console(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await start_chat(pilot, "full")
        session = app.screen.session
        await pilot.press(ADMIN)
        await settle(pilot)
        await enter_pin(pilot, "hr", "123456", "#handover")
        assert app.is_running
        assert app.handed_over
        assert app.session is None
        assert getattr(app.screen, "session", session) is session


def test_backoff_grows_and_is_capped() -> None:
    assert [backoff_seconds(n) for n in range(5)] == [0, 2, 4, 8, 16]
    assert backoff_seconds(40) == 300
    clock = FakeClock()
    backoff = PinBackoff()
    assert backoff.failed(clock(), store_wait=30) == 30
    assert backoff.seconds_left(clock()) == 30
    backoff.succeeded()
    assert backoff.seconds_left(clock()) == 0


async def test_first_run_without_any_admin_can_leave(make_services) -> None:
    """A fresh install has no one to unlock the kiosk: the chord explains and lets HR out."""
    from assistant.tui.app import create_app

    services = make_services()
    services.unlockers_exist = lambda: False
    app = create_app(services)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press(ADMIN)
        await settle(pilot)
        assert "首次使用" in screen_text(app)
        await pilot.click("#exit")
        await settle(pilot)
    assert app.return_code == 0 and not app.is_running


async def test_configured_kiosk_still_needs_a_pin(make_services) -> None:
    from assistant.tui.app import create_app

    services = make_services()
    services.unlockers_exist = lambda: True
    app = create_app(services)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press(ADMIN)
        await settle(pilot)
        assert "首次使用" not in screen_text(app)
        await pilot.click("#exit")
        await settle(pilot)
        assert isinstance(app.screen, PinDialog)
