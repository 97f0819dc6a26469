"""Snapshots of the main kiosk screens at 100×32 (update with --snapshot-update)."""

from __future__ import annotations

from textual.pilot import Pilot

from assistant.tui.widgets import Composer
from tests.tui.conftest import settle, wait_for
from tests.tui.test_kiosk_flow import answer_current, run_to_closing, start_chat

SIZE = (100, 32)


def test_welcome(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=settle)


def test_consent_with_a_level_chosen(snap_compare, make_app) -> None:
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.click("#start")
        await settle(pilot)
        await pilot.click("#intro-continue")
        await settle(pilot)
        await pilot.click("#level-coded")
        await settle(pilot)
        # A pressed button flashes "-active" for 0.2 s; snapshot after it, not during it.
        button = pilot.app.screen.query_one("#level-coded")
        await wait_for(pilot, lambda: not button.has_class("-active"))
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_chat_at_the_confirm_step(snap_compare, make_app) -> None:
    async def run_before(pilot: Pilot) -> None:
        await start_chat(pilot, "full")
        await answer_current(pilot, "工资太低，天天加班到十点")  # → probe
        await answer_current(pilot, "主要是加班费不给")  # → confirm chips
        pilot.app.screen.query_one(Composer).area.cursor_blink = False
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_closing(snap_compare, make_app) -> None:
    async def run_before(pilot: Pilot) -> None:
        await start_chat(pilot, "coded", sensitive=False)
        await run_to_closing(pilot, ["没有了"])
        await settle(pilot)

    assert snap_compare(make_app(closing_reset_s=600), terminal_size=SIZE, run_before=run_before)
