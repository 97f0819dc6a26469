"""Pilot tests of the HR interviewer console (`exit-interview interview`)."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, OptionList, Select

from assistant.coding.coder import code_interview
from assistant.core.events import Answered, Confirmed, Ended, Jumped, NoteAdded
from assistant.core.inputs import Answer, GiveConsent, Jump
from assistant.tui.interviewer import InterviewerScreen
from assistant.tui.screens.interviewer_jump import JumpScreen
from assistant.tui.widgets.chat_log import Bubble
from assistant.tui.widgets.choices import ConfirmChips
from assistant.tui.widgets.composer import Composer
from assistant.tui.widgets.interviewer_after import AfterTalkPanel
from assistant.tui.widgets.interviewer_text import clip, pad
from tests.tui.conftest import settle

SIZE = (100, 32)
MARKUP = "[@click=app.quit]x[/]"


def console(app: App) -> InterviewerScreen:
    screen = app.screen
    assert isinstance(screen, InterviewerScreen)
    return screen


async def open_console(pilot: Pilot, level: str = "full") -> InterviewerScreen:
    """Let the console start, then record the consent level the person chose."""
    await settle(pilot)
    await pilot.click(f"#consent-{level}")
    await settle(pilot)
    return console(pilot.app)


async def say(pilot: Pilot, text: str) -> None:
    """HR types what the person said into the composer and presses Enter."""
    composer = pilot.app.screen.query_one(Composer)
    composer.area.text = text
    composer.focus_input()
    await pilot.press("enter")
    await settle(pilot)


def confirmed(recorder) -> list[Confirmed]:
    return [e for e in recorder.events if isinstance(e, Confirmed)]


async def test_hr_rejects_and_adds_a_tag_and_the_recorded_codes_change(
    make_app, recorder, codebook
):
    app = make_app("interviewer")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_console(pilot)
        await say(pilot, "工资太低，还天天加班")
        assert {c.id for c in screen.query(".tag-row")} == {"tag-pay", "tag-workload"}

        await pilot.click("#tag-workload")  # reject
        screen.query_one("#tags-add", Select).value = "career"  # add from the codebook list
        await pilot.pause()
        assert screen.query_one("#tag-career", Checkbox).value
        await pilot.click("#tags-apply")
        await settle(pilot)

    [event] = confirmed(recorder)
    assert (event.node_id, event.reasons, event.by) == (
        "q_reason",
        ("pay", "career"),
        "interviewer",
    )
    row = code_interview(recorder.events, codebook)
    assert (row["reason_pay"], row["reason_workload"], row["reason_career"]) == (1, 0, 1)


async def test_accepting_at_the_confirm_step_moves_on(make_app, recorder):
    app = make_app("interviewer")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_console(pilot)
        await say(pilot, "工资太低")
        assert screen.session.state.current.step == "probe"
        await say(pilot, "奖金也少")
        assert screen.session.state.current.step == "confirm"
        await pilot.click("#confirm-codes")
        await settle(pilot)
        assert screen.session.state.current.node_id == "q_trigger"
    assert confirmed(recorder)[-1].reasons == ("pay",)


async def test_notes_are_blocked_at_level_coded(make_app, recorder):
    app = make_app("interviewer")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_console(pilot, "coded")
        note = screen.query_one("#notes-input", Input)
        assert note.disabled
        why = screen.query_one("#notes-why")
        assert why.display and "只保留分类" in str(why.render())
    assert not [e for e in recorder.events if isinstance(e, NoteAdded)]


async def test_a_note_is_recorded_at_level_full(make_app, recorder):
    app = make_app("interviewer")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_console(pilot, "full")
        note = screen.query_one("#notes-input", Input)
        assert not note.disabled
        note.focus()
        note.value = "情绪稳定，愿意配合交接"
        await pilot.press("enter")
        await settle(pilot)
    notes = [e for e in recorder.events if isinstance(e, NoteAdded)]
    assert [n.text for n in notes] == ["情绪稳定，愿意配合交接"]


async def test_hr_jumps_to_a_chosen_question(make_app, recorder):
    app = make_app("interviewer")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_console(pilot)
        await pilot.press("ctrl+g")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, JumpScreen)
        options = picker.query_one(OptionList)
        options.highlighted = options.get_option_index("q_improve")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert screen.session.state.current.node_id == "q_improve"
    assert any(isinstance(e, Jumped) and e.node_id == "q_improve" for e in recorder.events)


async def test_a_scale_question_is_answered_with_its_buttons(make_app, recorder):
    app = make_app("interviewer")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_console(pilot)
        screen.send(Jump("sat_pay"))
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        assert screen.session.state.current.node_id == "sat_manager"
    [answer] = [e for e in recorder.events if isinstance(e, Answered)]
    assert (answer.node_id, answer.value) == ("sat_pay", 4)


async def test_skip_moves_to_the_next_question(make_app):
    app = make_app("interviewer")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_console(pilot)
        await pilot.press("f3")
        await settle(pilot)
        assert screen.session.state.current.node_id == "q_trigger"


async def test_markup_typed_as_an_answer_shows_literally(make_app, recorder):
    app = make_app("interviewer")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_console(pilot)
        await say(pilot, MARKUP)
        bubbles = [b for b in screen.query(Bubble) if b.text == MARKUP]
        assert bubbles, "the answer bubble is missing"
        assert MARKUP in bubbles[0].visual.plain  # rendered as typed, no link made
        await pilot.click(bubbles[0])
        await settle(pilot)
        assert app.is_running and app.return_code is None
    answers = [e for e in recorder.events if isinstance(e, Answered)]
    assert answers[0].text == MARKUP


async def test_ctrl_q_quits_in_interviewer_mode(make_app):
    app = make_app("interviewer")
    async with app.run_test(size=SIZE) as pilot:
        await open_console(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.return_code == 0


async def test_notes_after_the_talk_record_codes_only(make_app, recorder):
    app = make_app("interviewer")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.click("#consent-after")
        await settle(pilot)
        panel = app.screen.query_one(AfterTalkPanel)
        assert panel.display
        panel.pick("q_reason", "pay", "manager")
        panel.pick("q_improve", "training")
        await pilot.click("#after-save")
        await settle(pilot)

    kinds = {type(e) for e in recorder.events}
    assert Answered not in kinds and NoteAdded not in kinds  # no words, only codes
    codes = {c.node_id: c.reasons for c in confirmed(recorder)}
    assert codes == {"q_reason": ("pay", "manager"), "q_improve": ("training",)}
    assert all(c.by == "interviewer" for c in confirmed(recorder))
    consent = [e for e in recorder.events if e.kind == "consent"]
    assert consent[-1].level == "coded"
    assert any(isinstance(e, Ended) and e.completed for e in recorder.events)


async def test_after_the_talk_picks_by_clicking_codes(make_app, recorder):
    app = make_app("interviewer")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        codes = app.screen.query_one("#after-codes")
        codes.focus()
        await pilot.press("enter")  # toggles the first code (pay) for the first question
        await settle(pilot)
        await pilot.click("#after-save")
        await settle(pilot)
    assert [(c.node_id, c.reasons) for c in confirmed(recorder)] == [("q_reason", ("pay",))]


async def test_withdraw_from_the_consent_controls(make_app, recorder):
    app = make_app("interviewer")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_console(pilot)
        await pilot.press("ctrl+r")
        await pilot.pause()
        await pilot.click("#consent-withdraw")
        await settle(pilot)
        assert screen.session.state.phase == "withdrawn"
    assert recorder.events[-1].kind == "withdrawn"


async def test_withdraw_takes_one_key(make_app, recorder):
    """Withdrawing takes no more steps than consenting did: one key."""
    app = make_app("interviewer")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_console(pilot)
        await pilot.press("f8")
        await settle(pilot)
        assert screen.session.state.phase == "withdrawn"
    assert recorder.events[-1].kind == "withdrawn"


async def test_employee_view_hides_hr_panels(make_app):
    app = make_app("interviewer")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_console(pilot)
        await say(pilot, "领导总是画饼")
        await pilot.press("f2")
        await pilot.pause()
        assert not screen.query_one("#hr-right").display
        hidden = [b for b in screen.query(".hr-only")]
        assert hidden and all(not b.display for b in hidden)
        await pilot.press("f2")
        await pilot.pause()
        assert screen.query_one("#hr-right").display


async def test_turned_to_the_person_they_confirm_codes_themselves(make_app, recorder):
    app = make_app("interviewer")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_console(pilot)
        await say(pilot, "工资太低")
        await say(pilot, "领导也不管")
        await pilot.press("f2")
        await settle(pilot)
        chips = screen.query_one(ConfirmChips)
        chips.action_press(2)  # the person drops the second code (manager)
        chips.confirm()
        await settle(pilot)
    [event] = confirmed(recorder)
    assert (event.reasons, event.by) == (("pay",), "person")


async def test_a_new_interview_after_the_end(make_app, recorder):
    app = make_app("interviewer")
    async with app.run_test(size=SIZE) as pilot:
        first = await open_console(pilot)
        await pilot.press("f9")
        await settle(pilot)
        assert first.session.state.phase == "ended"
        await pilot.press("ctrl+n")
        await settle(pilot)
        second = console(app)
        assert second is not first and second.session.state.phase == "consent"
    starts = [e for e in recorder.events if e.kind == "started"]
    assert len({s.interview_id for s in starts}) == 2


async def test_cold_start_codes_are_picked_in_the_tag_panel(make_app, recorder):
    app = make_app("interviewer")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_console(pilot)
        await say(pilot, "说不上来")
        assert screen.session.state.current.step == "cold_start"
        await pilot.press("1")  # "money" group
        await settle(pilot)
        assert screen.session.state.current.step == "cold_start_detail"
        offered = screen.query_one("#tag-pay", Checkbox)
        assert not offered.value  # offered, not yet accepted
        await pilot.click("#tag-pay")
        await pilot.click("#confirm-codes")
        await settle(pilot)
        assert screen.session.state.current.node_id == "q_trigger"
    [event] = confirmed(recorder)
    assert (event.reasons, event.by) == (("pay",), "interviewer")


async def test_hr_takes_over_a_kiosk_interview(make_app, recorder):
    app = make_app("interviewer")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        session = app.services.new_session()
        session.start(mode="kiosk")
        session.send(GiveConsent("full"))
        session.send(Answer(text="加班太多了"))  # still waiting for its tags
        await app.switch_screen(InterviewerScreen(app.services, session=session))
        await settle(pilot)
        screen = console(app)
        assert "加班太多了" in [b.text for b in screen.query(Bubble)]
        assert {c.id for c in screen.query(".tag-row")} == {"tag-workload"}
        assert screen.session.state.current.step == "probe"


def test_clip_and_pad_measure_terminal_cells():
    long = "工资太低还天天加班到深夜"
    assert cell_len(clip(long, 11)) <= 11
    assert clip("短", 10) == "短"
    assert cell_len(pad("当前", 6)) == 6
    assert cell_len(pad("ab", 6)) == 6
