"""The engine walks the script: probes, confirm, cold start, branches, back, skip, withdraw."""

from __future__ import annotations

from assistant.core.engine import step
from assistant.core.events import Confirmed, Ended, Rejected, Withdrawn
from assistant.core.inputs import (
    Answer,
    Back,
    Confirm,
    EndEarly,
    GiveConsent,
    Jump,
    LowerLevel,
    Skip,
    Start,
    Tags,
    Withdraw,
)
from assistant.core.state import fold, initial_state
from assistant.core.tags import Tag, TagResult


def tags(*keys: str) -> TagResult:
    return TagResult(reasons=tuple(Tag(key=k, confidence=0.9) for k in keys))


def answer_and_tag(state, text, *keys):
    state, _ = step(state, Answer(text=text))
    return step(state, Tags(state.pending_seq, tags(*keys)))


def test_nothing_is_asked_before_consent(default_bank, codebook):
    state, events = step(initial_state(default_bank, codebook), Start("iv-1"))
    assert state.current.step == "consent"
    assert [e.kind for e in events] == ["started", "said", "asked"]
    state, events = step(state, Answer(text="想直接说"))
    assert isinstance(events[0], Rejected) and state.current.step == "consent"


def test_first_question_is_broad_and_open(started):
    assert started.current.node_id == "q_reason"
    assert "薪酬" not in started.current.text  # not "are you satisfied with pay?"


def test_tagged_reason_gets_its_probe_then_confirm(started):
    state, _events = answer_and_tag(started, "领导总是画饼", "manager")
    assert state.current.step == "probe"
    assert state.current.text == "您觉得管理上哪些方面需要改进呢？"
    state, _ = answer_and_tag(state, "沟通再透明一点")
    assert state.current.step == "confirm"
    assert state.current.text == "我理解主要是：上级与管理，对吗？"
    assert [o.code for o in state.current.options] == ["manager"]


def test_probes_are_limited_per_answer(started):
    state, _ = answer_and_tag(started, "钱少事多", "pay", "workload")
    assert state.current.step == "probe"
    state, _ = answer_and_tag(state, "加班太多", "workload")
    assert state.current.step == "confirm"  # max_probes: 1
    assert [o.code for o in state.current.options] == ["pay", "workload"]


def test_person_corrects_the_understanding(started):
    state, _ = answer_and_tag(started, "钱少事多", "pay", "workload")
    state, _ = step(state, Skip())  # skip the probe
    state, events = step(state, Confirm(reasons=("workload", "career")))
    confirmed = next(e for e in events if isinstance(e, Confirmed))
    assert confirmed.reasons == ("workload", "career")
    assert state.current.node_id == "q_trigger"


def test_answer_without_reason_gets_cold_start(started):
    state, _ = answer_and_tag(started, "说不清楚")
    assert state.current.step == "cold_start"
    assert state.current.text == "主要是因为钱，还是因为人、活儿这些？"
    state, _ = step(state, Answer(value=2))  # 人
    assert state.current.step == "cold_start_detail"
    assert {o.code for o in state.current.options} == {"manager", "culture"}
    state, events = step(state, Answer(value=(1,)))
    assert next(e for e in events if isinstance(e, Confirmed)).reasons == ("manager",)


def test_branch_on_confirmed_code(started):
    state, _ = answer_and_tag(started, "领导不行", "manager")
    state, _ = step(state, Skip())
    state, _ = step(state, Confirm(reasons=("manager",)))
    state, _ = step(state, Skip())  # q_trigger
    assert state.current.node_id == "q_manager_detail"


def test_branch_on_profile(default_bank, codebook):
    state, _ = step(
        initial_state(default_bank, codebook), Start("iv-2", profile={"exit_type": "involuntary"})
    )
    state, _ = step(state, GiveConsent("coded"))
    assert state.current.node_id == "q_reason_involuntary"


def test_branch_on_earlier_answer(started):
    state = started
    state, _ = step(state, Jump("would_stay"))
    state, _ = step(state, Answer(value=2))
    assert state.current.node_id == "q_retain"
    state, _ = step(state, Back())
    state, _ = step(state, Answer(value=3))
    assert state.current.node_id == "destination"


def test_choice_rejects_out_of_range_and_keeps_question(started):
    state, _ = step(started, Jump("would_stay"))
    state, events = step(state, Answer(value=9))
    assert events[0].reason == "invalid_option" and state.current.node_id == "would_stay"
    state, events = step(state, Answer(text="会"))
    assert events[0].reason == "invalid_option"


def test_empty_answer_is_rejected_gently(started):
    state, events = step(started, Answer(text="   \n\t"))
    assert events[0].reason == "empty_answer"
    assert "跳过" in events[0].message
    assert state.current.node_id == "q_reason"


def test_back_returns_to_previous_question_and_forgets_its_answer(started):
    state, _ = answer_and_tag(started, "加班", "workload")
    state, _ = step(state, Skip())
    state, _ = step(state, Confirm(reasons=("workload",)))
    state, _ = step(state, Back())
    assert state.current.node_id == "q_reason"
    assert "q_reason" not in state.confirmed


def test_back_at_first_question_is_refused(started):
    _state, events = step(started, Back())
    assert events[0].reason == "back_unavailable"


def test_withdraw_ends_everything(started):
    state, events = step(started, Withdraw())
    assert isinstance(events[-1], Withdrawn) and state.finished
    state, events = step(state, Answer(text="还在吗"))
    assert events[0].reason == "not_accepting"


def test_end_early(started):
    _state, events = step(started, EndEarly())
    assert isinstance(events[-1], Ended) and not events[-1].completed


def test_lower_level_for_one_answer(started):
    state, _ = answer_and_tag(started, "加班", "workload")
    state, _ = step(state, LowerLevel(seq=1, level="coded"))
    assert state.answer_level(1) == "coded" and state.level == "full"


def test_flags_ask_for_separate_forwarding_consent(started):
    state, _ = step(started, Answer(text="被当众辱骂"))
    result = TagResult(flags=(Tag(key="harassment", confidence=0.8),))
    state, _ = step(state, Tags(state.pending_seq, result))
    assert state.current.step == "confirm"
    state, _ = step(state, Confirm(flags=("harassment",)))
    assert state.current.step == "forward"
    state, events = step(state, Answer(value=2))
    assert events[1].forward is False


def test_state_is_a_fold_over_the_event_log(started, default_bank, codebook):
    log = []
    state = initial_state(default_bank, codebook)
    for command in (Start("iv-3"), GiveConsent("full"), Answer(text="加班")):
        state, events = step(state, command)
        log += events
    state, events = step(state, Tags(1, tags("workload")))
    log += events
    replayed = fold(initial_state(default_bank, codebook), log)
    assert replayed == state


def test_late_classification_for_an_old_answer_is_ignored(started):
    state, _ = step(started, Answer(text="加班"))
    state, _ = step(state, Skip())
    before = state
    state, events = step(state, Tags(1, tags("workload")))
    assert events == [] and state == before
