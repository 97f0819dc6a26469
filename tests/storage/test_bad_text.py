"""Hostile answer text is stored and read back exactly as the sanitising rule leaves it."""

from __future__ import annotations

import pytest

from assistant.core.events import Answered, ConsentRecorded, InterviewStarted
from assistant.core.inputs import Answer
from assistant.core.sanitize import MAX_ANSWER_CHARS, clean_answer
from assistant.storage.repository import Repository

CASES = {
    "nul": "薪水\x00太低",
    "lone_surrogate": "加班\ud800太多\udfff",
    "bidi": "领导\u202e不公\u202c平",
    "zero_width": "薪\u200b水\u200d低\ufeff",
    "ansi": "\x1b[31m加班\x1b[0m 太多\x1b]0;title\x07",
    "emoji": "😀👨‍👩‍👧 薪水🏳️‍🌈",
    "mb_paste": "薪" * (1 << 20),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_full_consent_reads_back_per_rule(kiosk, recorder, keys, name) -> None:
    raw = CASES[name]
    expected, capped = clean_answer(raw)
    session = kiosk.run([], level="full", finish=False)
    kiosk.send(session, Answer(text=raw))
    assert recorder.status is None and recorder.pending == 0
    repo = Repository(recorder.db)
    plain = [keys.decrypt(v.cipher) for v in repo.iter_verbatims()]
    assert plain == [expected]
    answered = [e for e in repo.events(session.state.interview_id) if isinstance(e, Answered)]
    assert answered[0].text is None and answered[0].capped == capped
    if name == "mb_paste":
        assert len(expected) == MAX_ANSWER_CHARS and capped


@pytest.mark.parametrize("name", sorted(CASES))
def test_coded_consent_never_crashes(kiosk, recorder, name) -> None:
    session = kiosk.run([], level="coded", finish=False)
    kiosk.send(session, Answer(text=CASES[name]))
    assert recorder.status is None and recorder.pending == 0
    assert recorder.db.execute("SELECT count(*) FROM verbatims").fetchone()[0] == 0


def test_raw_text_bypassing_the_engine_is_kept_exactly(recorder, keys, default_bank, codebook):
    """Even text the engine would have cleaned (NUL, lone surrogates) survives the recorder."""
    from assistant.core.state import fold, initial_state

    raw = "原\x00话\ud800" + "🙂" * 3
    events = [
        InterviewStarted(
            interview_id="iv-raw", bank_id="b", bank_version="1", codebook_version="1"
        ),
        ConsentRecorded(level="full"),
        Answered(node_id="q_reason", seq=1, text=raw),
    ]
    state = fold(initial_state(default_bank, codebook), events)
    recorder.record(state, events)
    assert recorder.status is None
    ciphers = [v.cipher for v in Repository(recorder.db).iter_verbatims()]
    assert [keys.decrypt(c) for c in ciphers] == [raw]
