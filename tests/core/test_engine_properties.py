"""Property tests: random walks over every shipped bank end at `end` and never raise."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.coding.codebook import load_codebook
from assistant.core.engine import step
from assistant.core.events import Ended
from assistant.core.inputs import Answer, Back, Confirm, GiveConsent, LowerLevel, Skip, Start, Tags
from assistant.core.sanitize import MAX_ANSWER_CHARS
from assistant.core.state import initial_state
from assistant.core.tags import Tag, TagResult
from assistant.core.validation import load_bank
from tests.conftest import SHIPPED_BANKS

CODEBOOK = load_codebook()
BANKS = {path.stem: load_bank(path) for path in SHIPPED_BANKS}
HOSTILE = [
    "x" * 1_000_000,  # a 1 MB paste
    "\ud800孤立代理\udfff",
    "\u202e反向文本\u202c\u2066隔离\u2069",
    "\x00\x07\x1b[31m红色\x1b[0m\r\n",
    "👨‍👩‍👧 emoji 😅🙃",
    "[@click=app.quit]x[/] [b]粗体[/b]",
    "\u200b\u200d\ufeff",
]
texts = st.one_of(st.text(st.characters(codec=None), max_size=60), st.sampled_from(HOSTILE))
values = st.one_of(
    st.integers(-2, 12), st.lists(st.integers(0, 10), max_size=4).map(tuple), st.none()
)
tag_results = st.builds(
    lambda rs, fs: TagResult(
        reasons=tuple(Tag(key=k, confidence=0.8) for k in rs),
        flags=tuple(Tag(key=k, confidence=0.8) for k in fs),
    ),
    st.lists(st.sampled_from(CODEBOOK.reason_keys), max_size=3, unique=True),
    st.lists(st.sampled_from(CODEBOOK.flag_keys), max_size=2, unique=True),
)


def _move(data, state, backs_left: int):
    """One plausible-but-random input for the current prompt."""
    if state.phase == "tagging":
        return Tags(state.pending_seq, data.draw(tag_results))
    if state.current.step == "consent":
        level = data.draw(st.sampled_from(["full", "coded", "none"]))
        return GiveConsent(level, sensitive=data.draw(st.booleans()))
    choice = data.draw(st.sampled_from(["text", "value", "skip", "confirm", "back", "lower"]))
    if choice == "back" and backs_left > 0:
        return Back()
    if choice == "confirm":
        keys = data.draw(st.lists(st.sampled_from(CODEBOOK.reason_keys), max_size=2))
        return Confirm(reasons=tuple(keys))
    if choice == "lower":
        return LowerLevel(seq=data.draw(st.integers(-1, 5)), level="coded")
    if choice == "value":
        return Answer(value=data.draw(values))
    if choice == "skip":
        return Skip()
    return Answer(text=data.draw(texts))


@pytest.mark.parametrize("bank_id", sorted(BANKS))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_walk_reaches_end(bank_id, data):
    bank = BANKS[bank_id]
    state, _ = step(initial_state(bank, CODEBOOK), Start("iv-prop"))
    backs_left = 3
    bound = 30 * len(bank.nodes)
    rejected = False
    for _ in range(bound):
        if state.finished:
            break
        # After a refusal the person is shown why; here they move on (the kiosk's 跳过).
        command = Skip() if rejected else _move(data, state, backs_left)
        backs_left -= isinstance(command, Back)
        state, events = step(state, command)
        rejected = any(e.kind == "rejected" for e in events)
        for event in events:
            if getattr(event, "text", None):
                assert len(event.text) <= max(MAX_ANSWER_CHARS, 1000)
    assert state.phase == "ended", "interview did not end within the bound"


@pytest.mark.parametrize("bank_id", sorted(BANKS))
def test_skipping_everything_still_ends_completed(bank_id):
    bank = BANKS[bank_id]
    state, _ = step(initial_state(bank, CODEBOOK), Start("iv-skip"))
    state, _ = step(state, GiveConsent("none"))
    for _ in range(len(bank.nodes) * 3):
        if state.finished:
            break
        state, events = step(state, Skip())
    assert state.phase == "ended"
    assert any(isinstance(e, Ended) and e.completed for e in events)
