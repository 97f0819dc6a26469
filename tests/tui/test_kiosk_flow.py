"""The whole kiosk flow, welcome to reset, for each consent level."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from assistant.tui.screens.chat import ChatScreen
from assistant.tui.screens.closing import ClosingScreen
from assistant.tui.screens.consent import ConsentScreen
from assistant.tui.screens.intro import IntroScreen
from assistant.tui.screens.welcome import WelcomeScreen
from assistant.tui.widgets import Composer, ConfirmChips, OptionButtons
from tests.tui.conftest import bubble_texts, names, screen_text, settle


async def start_chat(pilot: Pilot, level: str, sensitive: bool = True) -> None:
    """Welcome → intro → consent (by clicks) → chat."""
    app = pilot.app
    await settle(pilot)
    assert isinstance(app.screen, WelcomeScreen)
    await pilot.click("#start")
    await settle(pilot)
    assert isinstance(app.screen, IntroScreen)
    await pilot.click("#intro-continue")
    await settle(pilot)
    assert isinstance(app.screen, ConsentScreen)
    await pilot.click(f"#level-{level}")
    if level != "none":
        await pilot.click("#sensitive-yes" if sensitive else "#sensitive-no")
    await pilot.click("#consent-go")
    await settle(pilot)
    assert isinstance(app.screen, ChatScreen)


async def answer_current(pilot: Pilot, text: str) -> None:
    """Answer whatever is asked: type for open questions, key 1 for options, confirm chips."""
    screen = pilot.app.screen
    choices = screen.query_one("#choices")
    widgets = list(choices.children)
    if not widgets:
        composer = screen.query_one(Composer)
        composer.area.insert(text)  # typing key by key is covered in test_markup_safety
        await pilot.press("enter")
    elif isinstance(widgets[0], ConfirmChips):
        await pilot.click("#chips-ok")
    elif isinstance(widgets[0], OptionButtons):
        await pilot.press("1")
    await settle(pilot)


async def run_to_closing(pilot: Pilot, texts: list[str]) -> None:
    for turn in range(60):
        if isinstance(pilot.app.screen, ClosingScreen):
            return
        await answer_current(pilot, texts[turn % len(texts)])
    raise AssertionError("the interview did not end")


@pytest.mark.parametrize("level", ["full", "coded", "none"])
async def test_whole_flow_for_each_level(make_app, recorder, level: str) -> None:
    app = make_app(closing_reset_s=600)
    async with app.run_test(size=(100, 32)) as pilot:
        await start_chat(pilot, level)
        assert "能和我说说" in bubble_texts(app)[-1]
        await run_to_closing(pilot, ["工资太低，天天加班", "没有了"])
        text = screen_text(app)
        assert "谢谢您" in text
        assert "祝您" in text
        kept = {"full": "原话（加密保存）", "coded": "原话没有保存", "none": "没有保存任何内容"}
        assert kept[level] in text
        await pilot.click("#done")
        await settle(pilot)
        assert isinstance(app.screen, WelcomeScreen)
        assert app.session is None
        assert len(app.screen_stack) == 2
    kinds = names(recorder.events)
    assert kinds[0] == "started" and "consent" in kinds and kinds[-1] == "ended"
    consent = next(e for e in recorder.events if e.kind == "consent")
    assert consent.level == level


async def test_withdraw_in_two_steps_deletes_and_closes(make_app, recorder) -> None:
    app = make_app(closing_reset_s=600)
    async with app.run_test(size=(100, 32)) as pilot:
        await start_chat(pilot, "full")
        await answer_current(pilot, "工资太低")
        await pilot.click("#withdraw")
        await settle(pilot)
        await pilot.click("#yes")
        await settle(pilot)
        assert isinstance(app.screen, ClosingScreen)
        assert "所有记录都已删除" in screen_text(app)
    assert recorder.events[-1].kind == "withdrawn"


async def test_skip_and_back_are_always_there(make_app, recorder) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await start_chat(pilot, "coded")
        await pilot.click("#skip")
        await settle(pilot)
        assert "有没有哪件具体的事" in bubble_texts(app)[-1]
        await pilot.click("#back")
        await settle(pilot)
        assert "能和我说说" in bubble_texts(app)[-1]
    assert "skipped" in names(recorder.events) and "back" in names(recorder.events)


async def test_session_code_links_the_profile(make_app, recorder) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.click("#code")
        await pilot.press(*"ABCD-2345")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, IntroScreen)
        assert app.session.state.profile["department"] == "研发"


async def test_a_refused_code_says_so_calmly(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.click("#code")
        await pilot.press(*"ZZZZ")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, WelcomeScreen)
        assert "无法使用" in screen_text(app)


async def test_answers_before_the_model_loads_are_tagged_once_it_is(make_services) -> None:
    import threading

    from assistant.tui.app import create_app
    from tests.tui.conftest import FakeTagger

    loaded = threading.Event()
    tagger = FakeTagger()

    def slow_factory() -> FakeTagger:
        loaded.wait(5)
        return tagger

    services = make_services()
    services.tagger_factory = slow_factory
    app = create_app(services)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert app.tagger_state == "loading"
        await start_chat_without_waiting(pilot)
        assert "正在准备" in screen_text(app)
        app.screen.query_one(Composer).area.insert("工资太低")
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.state.phase == "tagging"
        loaded.set()
        await settle(pilot)
        assert tagger.calls == ["工资太低"]
        assert app.tagger_state == "ready"
        assert "在收入和福利方面" in bubble_texts(app)[-1]


async def start_chat_without_waiting(pilot: Pilot) -> None:
    """Like start_chat, but never waits for workers (the model is still loading)."""
    for selector in ("#start", "#intro-continue", "#level-full", "#sensitive-no", "#consent-go"):
        await pilot.click(selector)
        await pilot.pause()
    assert isinstance(pilot.app.screen, ChatScreen)


async def test_a_store_problem_is_a_calm_notice_and_the_talk_goes_on(make_app, recorder) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await start_chat(pilot, "full")
        recorder.status = "磁盘已满，回答暂时保存在内存中。"
        await answer_current(pilot, "加班太多")
        assert any("磁盘已满" in str(n.message) for n in app._notifications)
        assert isinstance(app.screen, ChatScreen)
        assert "加班太多" in bubble_texts(app)
