"""Employee text is shown literally (never markup) and Chinese typed key by key round-trips."""

from __future__ import annotations

from textual import events

from assistant.core.events import Answered
from assistant.tui.screens.chat import ChatScreen
from assistant.tui.widgets import Bubble, ChatLog, Composer, text_width
from tests.tui.conftest import bubble_texts, settle, type_text
from tests.tui.test_kiosk_flow import start_chat

LINK = "[@click=app.quit]x[/]"


async def test_markup_link_is_shown_literally_and_does_nothing(make_app, recorder) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await start_chat(pilot, "full")
        composer = app.screen.query_one(Composer)
        composer.area.focus()
        await type_text(pilot, LINK)
        assert composer.text == LINK
        await pilot.press("enter")
        await settle(pilot)
        assert LINK in bubble_texts(app)
        bubble = next(b for b in app.screen.query(Bubble) if b.text == LINK)
        assert bubble.visual.plain == LINK
        await pilot.click(bubble)
        await settle(pilot)
        assert app.is_running
        assert isinstance(app.screen, ChatScreen)
    answers = [e for e in recorder.events if isinstance(e, Answered)]
    assert answers[0].text == LINK


async def test_chinese_typed_round_trips(make_app, recorder) -> None:
    text = "工资太低，天天加班到十点；领导说“再坚持一下”🙂"
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await start_chat(pilot, "full")
        composer = app.screen.query_one(Composer)
        composer.area.focus()
        await type_text(pilot, text)
        assert composer.text == text
        assert composer.query_one(".composer-count").visual.plain == f"{len(text)}/10000"
        await pilot.press("enter")
        await settle(pilot)
        assert text in bubble_texts(app)
        assert composer.text == ""
    answer = next(e for e in recorder.events if isinstance(e, Answered))
    assert answer.text == text


async def test_ctrl_j_adds_a_line_and_enter_sends(make_app, recorder) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await start_chat(pilot, "full")
        app.screen.query_one(Composer).area.focus()
        await pilot.press("第", "一", "ctrl+j", "第", "二", "enter")
        await settle(pilot)
    answer = next(e for e in recorder.events if isinstance(e, Answered))
    assert answer.text == "第一\n第二"


async def test_cap_stops_typing_and_pasting(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await start_chat(pilot, "coded")
        composer = app.screen.query_one(Composer)
        composer.area.focus()
        composer.area.post_message(events.Paste("字" * 10_050))
        await settle(pilot)
        assert len(composer.text) == 10_000
        await pilot.press("多")
        assert len(composer.text) == 10_000
        assert composer.query_one(".composer-count").visual.plain == "10000/10000"


def test_bubble_width_is_measured_in_cells() -> None:
    assert text_width("工资abc") == 7
    assert text_width("一行\n更长的一行") == 10
    log = ChatLog()
    assert isinstance(log, ChatLog)
