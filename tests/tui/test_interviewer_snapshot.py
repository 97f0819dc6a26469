"""Snapshot of the HR console at 100×32: tags after one answer, one of them rejected."""

from __future__ import annotations

from textual.pilot import Pilot

from tests.tui.conftest import settle
from tests.tui.test_interviewer import SIZE, say


def test_console_after_one_tagged_answer(snap_compare, make_app):
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.click("#consent-full")
        await settle(pilot)
        await say(pilot, "工资太低，还天天加班")
        await pilot.click("#tag-workload")
        await settle(pilot)

    assert snap_compare(make_app("interviewer"), terminal_size=SIZE, run_before=run_before)
