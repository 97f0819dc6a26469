"""The person can keep one answer's words off the record (codes only), from the chat."""

from __future__ import annotations

from tests.tui.conftest import screen_text, settle
from tests.tui.test_kiosk_flow import start_chat


async def type_answer(pilot, text: str) -> None:
    composer = pilot.app.screen.composer
    composer.area.text = text
    await pilot.press("enter")
    await pilot.app.workers.wait_for_complete()
    await settle(pilot)


async def test_last_answer_is_lowered_to_codes(make_app, recorder) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await start_chat(pilot, "full")
        await type_answer(pilot, "工资太低了")
        await pilot.click("#keep-words-off")
        await settle(pilot)
        assert "原话不会保存" in screen_text(app)
    lowered = [e for e in recorder.events if e.kind == "lowered"]
    assert [(e.seq, e.level) for e in lowered] == [(1, "coded")]


async def test_coded_interview_says_words_are_not_kept_anyway(make_app, recorder) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await start_chat(pilot, "coded")
        await type_answer(pilot, "工资太低了")
        await pilot.click("#keep-words-off")
        await settle(pilot)
        assert "本来就不保存原话" in screen_text(app)
    assert not [e for e in recorder.events if e.kind == "lowered"]
