"""Confirmed labels come back out of the store as training examples, only where words were kept."""

from __future__ import annotations

from assistant.core.inputs import Answer, Confirm, GiveConsent, Skip, Tags
from assistant.core.tags import Tag, TagResult
from assistant.session import InterviewSession
from assistant.storage.db import open_db
from assistant.storage.labels import confirmed_examples
from assistant.storage.repository import Repository


def interview(recorder, bank, codebook, level: str, text: str, confirm: tuple[str, ...]) -> None:
    session = InterviewSession(bank, codebook, recorder=recorder)
    session.start()
    session.send(GiveConsent(level, sensitive=True))
    session.send(Answer(text=text))
    result = TagResult(reasons=(Tag(key="pay", confidence=0.9),), sentiment="negative")
    session.send(Tags(session.state.pending_seq, result))
    session.send(Skip())  # the probe
    session.send(Confirm(reasons=confirm))


def test_full_consent_answers_become_examples_with_confirmed_codes(
    recorder, db_path, keys, default_bank, codebook
):
    interview(
        recorder, default_bank, codebook, "full", "工资三年没涨，还天天加班", ("pay", "workload")
    )
    interview(recorder, default_bank, codebook, "coded", "只保留分类的原话", ("career",))
    examples = list(confirmed_examples(Repository(open_db(db_path)), keys.identity, codebook))
    assert [e["text"] for e in examples] == ["工资三年没涨，还天天加班"]
    assert examples[0]["reasons"] == ["pay", "workload"]
    assert examples[0]["sentiment"] == "negative"
