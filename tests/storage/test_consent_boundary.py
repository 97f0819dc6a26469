"""The consent boundary: nothing is written that the person did not allow, checked byte by byte."""

from __future__ import annotations

import random
import shutil
import sqlite3
import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from assistant.coding.coder import code_interview
from assistant.core.consent import filter_events
from assistant.core.engine import step
from assistant.core.events import (
    Answered,
    Asked,
    Classified,
    Confirmed,
    ForwardDecided,
    NoteAdded,
    PromptOption,
    Rejected,
)
from assistant.core.inputs import GiveConsent, LowerLevel, Note, Start, Withdraw
from assistant.core.state import initial_state
from assistant.core.tags import Tag, TagResult
from assistant.storage import crypto
from assistant.storage.backup import backup
from assistant.storage.recorder import Recorder
from assistant.storage.repository import Repository

SESSIONS_PER_LEVEL = 100


def canary() -> str:
    return f"金丝雀{uuid.uuid4().hex[:8]}"


def consented(default_bank, codebook, level: str, sensitive: bool = False):
    state, _ = step(initial_state(default_bank, codebook), Start("iv-unit"))
    state, _ = step(state, GiveConsent(level, sensitive=sensitive))
    return state


# -- filter_events, unit by unit ---------------------------------------------------------


def test_nothing_before_consent(default_bank, codebook) -> None:
    state, events = step(initial_state(default_bank, codebook), Start("iv-unit"))
    assert events and filter_events(state, events) == []


def test_level_none_keeps_nothing(default_bank, codebook) -> None:
    state = consented(default_bank, codebook, "none")
    answer = Answered(node_id="q_reason", seq=1, text="随便说说")
    assert filter_events(state, [answer, NoteAdded(text="备注")]) == []


def test_coded_drops_words_notes_and_evidence(default_bank, codebook) -> None:
    state = consented(default_bank, codebook, "coded")
    tags = TagResult(reasons=(Tag(key="pay", confidence=0.9, evidence=("薪水",)),))
    events = [
        Answered(node_id="q_reason", seq=1, text="薪水太低"),
        Classified(node_id="q_reason", seq=1, result=tags),
        NoteAdded(text="HR 的备注"),
        Rejected(reason="empty_answer", message="…"),
    ]
    kept = filter_events(state, events)
    assert [e.kind for e in kept] == ["answered", "classified"]
    assert kept[0].text is None
    assert kept[1].result.reasons[0].key == "pay"
    assert kept[1].result.reasons[0].evidence == ()


def test_full_keeps_words_for_encryption(default_bank, codebook) -> None:
    state = consented(default_bank, codebook, "full")
    kept = filter_events(state, [Answered(node_id="q_reason", seq=1, text="原话")])
    assert kept[0].text == "原话"


def test_lowered_answer(default_bank, codebook) -> None:
    state = consented(default_bank, codebook, "full")
    state, _ = step(state, GiveConsent("full"))
    state = state.__class__(**{**_fields(state), "seq": 2, "lowered": {1: "coded", 2: "none"}})
    events = [
        Answered(node_id="q_reason", seq=1, text="一"),
        Answered(node_id="q_reason", seq=2, text="二"),
        Classified(node_id="q_reason", seq=2, result=TagResult()),
    ]
    kept = filter_events(state, events)
    assert [(e.kind, getattr(e, "text", None)) for e in kept] == [("answered", None)]


def _fields(state):
    return {name: getattr(state, name) for name in state.__dataclass_fields__}


def test_sensitive_codes_need_separate_consent(default_bank, codebook) -> None:
    state = consented(default_bank, codebook, "full", sensitive=False)
    tags = TagResult(
        reasons=(Tag(key="health", confidence=0.9), Tag(key="pay", confidence=0.9)),
        flags=(Tag(key="harassment", confidence=0.9),),
    )
    confirm_options = (
        PromptOption(code="pay", label="薪酬"),
        PromptOption(code="health", label="健康"),
    )
    events = [
        Classified(node_id="q_reason", seq=1, result=tags),
        Confirmed(node_id="q_reason", reasons=("pay", "health"), flags=("harassment",)),
        ForwardDecided(node_id="q_reason", flags=("harassment",), forward=True),
        Asked(
            node_id="q_reason", step="confirm", text="我理解主要是：健康", options=confirm_options
        ),
        Asked(node_id="q_reason", step="probe", reason="health", text="身体怎么样？"),
        Answered(node_id="q_reason", seq=2, step="probe", reason="health", text="不好"),
    ]
    kept = filter_events(state, events)
    assert kept[0].result.reason_keys == ("pay",) and kept[0].result.flag_keys == ()
    assert kept[1].reasons == ("pay",) and kept[1].flags == ()
    assert [e.kind for e in kept] == ["classified", "confirmed", "asked", "answered"]
    assert [o.code for o in kept[2].options] == ["pay"] and kept[2].text == ""
    assert kept[3].text is None and kept[3].reason is None
    with_consent = consented(default_bank, codebook, "full", sensitive=True)
    assert len(filter_events(with_consent, events)) == len(events)


# -- Through the recorder ------------------------------------------------------------------


def test_nothing_on_disk_before_consent(kiosk, db_path) -> None:
    session = kiosk.session()
    assert session.state.consent is None
    assert not db_path.exists()
    session.send(Withdraw())
    assert not db_path.exists()


def test_full_stores_only_ciphertext(kiosk, recorder, db_path, keys, scan) -> None:
    words = [f"薪水太低，{canary()}", f"天天加班，{canary()}"]
    session = kiosk.run(words, level="full")
    assert scan.hits(words, db_path) == []
    repo = Repository(recorder.db)
    plain = [keys.decrypt(v.cipher) for v in repo.iter_verbatims()]
    assert plain[:2] == words
    stored = next(repo.iter_interviews())
    assert stored.interview_id == session.state.interview_id
    assert all(getattr(e, "text", None) is None for e in stored.events if e.kind == "answered")


def test_no_public_key_means_coded(make_kiosk, db_path, scan) -> None:
    rec = Recorder(db_path, None)
    assert not rec.can_keep_verbatim
    words = [f"薪水太低，{canary()}"]
    make_kiosk(rec).run(words, level="full")
    assert rec.status and "公钥" in rec.status
    assert rec.db.execute("SELECT count(*) FROM verbatims").fetchone()[0] == 0
    assert rec.db.execute("SELECT count(*) FROM interviews").fetchone()[0] == 1
    rec.close()
    assert scan.hits(words, db_path) == []


def test_sensitive_words_dropped_without_separate_consent(kiosk, recorder, keys) -> None:
    words = [f"我生病了，{canary()}", f"薪水也低，{canary()}"]
    kiosk.run(words, level="full", sensitive=False)
    plain = [keys.decrypt(v.cipher) for v in Repository(recorder.db).iter_verbatims()]
    assert words[0] not in plain
    rows = recorder.db.execute("SELECT payload_json FROM events").fetchall()
    assert not any('"health"' in r[0] for r in rows)


def test_forward_opens_case_apart_from_interview(kiosk, recorder) -> None:
    kiosk.run([f"领导骚扰我，{canary()}"], level="coded", sensitive=True, forward=True)
    cases = Repository(recorder.db).cases()
    assert [c["category"] for c in cases] == ["harassment"]
    assert set(cases[0]) == {"id", "category", "opened_on", "flags_json"}
    assert len(cases[0]["opened_on"]) == 10  # a date, not a time


def test_no_case_without_forward_consent(kiosk, recorder) -> None:
    kiosk.run([f"领导骚扰我，{canary()}"], level="coded", sensitive=True, forward=False)
    assert Repository(recorder.db).cases() == []


def test_decline_is_an_anonymous_monthly_count(kiosk, recorder, db_path, scan) -> None:
    profile = {"department": f"部门{canary()}"}
    kiosk.run([f"薪水太低，{canary()}"], level="none", profile=profile)
    kiosk.run(["随便"], level="none")
    repo = Repository(recorder.db)
    assert repo.interview_ids() == []
    assert repo.count_declines() == 2
    assert recorder.db.execute("SELECT count(*) FROM events").fetchone()[0] == 0
    assert scan.hits([profile["department"]], db_path) == []


def test_lower_one_answer_removes_its_verbatim(kiosk, recorder, keys) -> None:
    words = [f"薪水太低，{canary()}", f"天天加班，{canary()}"]
    session = kiosk.run(words, level="full", finish=False)
    first = min(e.seq for e in session.events if isinstance(e, Answered) and e.text)
    kiosk.send(session, LowerLevel(seq=first, level="coded"))
    plain = [keys.decrypt(v.cipher) for v in Repository(recorder.db).iter_verbatims()]
    assert words[0] not in plain and words[1] in plain


def test_consent_version_and_time_recorded(kiosk, recorder) -> None:
    kiosk.run(["薪水"], level="coded")
    row = recorder.db.execute(
        "SELECT consent_version, consent_at, level FROM interviews"
    ).fetchone()
    assert row[0] == "1" and row[1] and row[2] == "coded"


# -- 100 randomised sessions per level, every byte scanned ----------------------------------


@pytest.mark.parametrize("level", ["full", "coded", "none"])
def test_randomised_sessions_byte_scan(make_kiosk, keys, tmp_path, scan, level) -> None:
    db_path = tmp_path / "scan.db"
    rec = Recorder(db_path, crypto.parse_recipient(keys.recipient))
    kiosk = make_kiosk(rec)
    rng = random.Random(f"scan-{level}")
    words: list[str] = []
    for _ in range(SESSIONS_PER_LEVEL):
        answers = _random_answers(rng)
        words += answers
        session = kiosk.run(answers, level=level, sensitive=rng.random() < 0.5, finish=False)
        _random_extras(kiosk, session, rng, words)
    copies = backup(rec.db, [tmp_path / "b1", tmp_path / "b2"]) if rec.db else []
    rec.close()
    files = scan.files_for(db_path, *copies)
    assert scan.find_text(files, words) == []
    _check_level(db_path, level, keys, words)


def _random_answers(rng: random.Random) -> list[str]:
    pool = ["薪水太低", "天天加班", "我生病了", "领导骚扰我", "没什么", "😀👍🏽 还行", "家里有事"]
    return [f"{rng.choice(pool)}，{canary()}" for _ in range(rng.randint(1, 4))]


def _random_extras(kiosk, session, rng: random.Random, words: list[str]) -> None:
    if rng.random() < 0.3:
        note = f"HR 备注 {canary()}"
        words.append(note)
        kiosk.send(session, Note(note))
    if rng.random() < 0.3 and session.state.seq:
        kiosk.send(session, LowerLevel(seq=rng.randint(1, session.state.seq), level="coded"))
    if rng.random() < 0.2:
        kiosk.send(session, Withdraw())


def _check_level(db_path: Path, level: str, keys, words: list[str]) -> None:
    if not db_path.exists():
        assert level == "none"
        return
    conn = sqlite3.connect(db_path)
    try:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in _TABLES}
        ciphers = [r[0] for r in conn.execute("SELECT cipher FROM verbatims")]
    finally:
        conn.close()
    if level == "none":
        assert counts == {"interviews": 0, "events": 0, "verbatims": 0, "identities": 0}
    elif level == "coded":
        assert counts["interviews"] > 0 and counts["verbatims"] == 0
    else:
        assert ciphers and all(keys.decrypt(c) in words for c in ciphers[:20])


_TABLES = ("interviews", "events", "verbatims", "identities")


# -- Property: a state machine over consent, answer, lower, withdraw, export ------------------


class ConsentMachine(RuleBasedStateMachine):
    """Any sequence of consent changes and answers leaves no words on disk where forbidden."""

    def __init__(self, make_kiosk, keys, scan, codebook) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="consent-sm-"))
        self.db_path = self.dir / "sm.db"
        self.recorder = Recorder(self.db_path, crypto.parse_recipient(keys.recipient))
        self.kiosk = make_kiosk(self.recorder)
        self.scan, self.codebook = scan, codebook
        self.session = self.kiosk.session()
        self.words: list[str] = []
        self.withdrawn = False

    def teardown(self) -> None:
        self.recorder.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    @rule(level=st.sampled_from(["full", "coded", "none"]), sensitive=st.booleans())
    def consent(self, level: str, sensitive: bool) -> None:
        self.kiosk.send(self.session, GiveConsent(level, sensitive=sensitive))

    @precondition(lambda self: self.session.prompt is not None)
    @rule(prefix=st.sampled_from(["薪水", "加班", "生病", "骚扰", ""]), tail=st.text(max_size=8))
    def answer(self, prefix: str, tail: str) -> None:
        word = canary()
        self.words.append(word)
        self.kiosk.step(self.session, f"{prefix}{word}{tail}")

    @precondition(lambda self: self.session.state.seq > 0)
    @rule(data=st.data(), level=st.sampled_from(["coded", "none"]))
    def lower(self, data: st.DataObject, level: str) -> None:
        seq = data.draw(st.integers(1, self.session.state.seq))
        self.kiosk.send(self.session, LowerLevel(seq=seq, level=level))

    @rule(text=st.text(max_size=5))
    def note(self, text: str) -> None:
        word = canary()
        self.words.append(word)
        self.kiosk.send(self.session, Note(f"{word}{text}"))

    @rule()
    def withdraw(self) -> None:
        self.kiosk.send(self.session, Withdraw())
        self.withdrawn = self.withdrawn or self.session.state.phase == "withdrawn"

    @rule()
    def export(self) -> None:
        if self.recorder.db is None:
            return
        for stored in Repository(self.recorder.db).iter_interviews():
            row = str(code_interview(stored.events, self.codebook))
            dumped = "".join(e.model_dump_json() for e in stored.events)
            assert not any(w in row or w in dumped for w in self.words)

    @invariant()
    def no_words_on_disk(self) -> None:
        assert self.scan.hits(self.words, self.db_path) == []

    @invariant()
    def declined_or_withdrawn_leaves_no_interview(self) -> None:
        if self.recorder.db is None:
            return
        count = self.recorder.db.execute("SELECT count(*) FROM interviews").fetchone()[0]
        if self.withdrawn or self.session.state.level == "none":
            assert count == 0


def test_consent_state_machine(make_kiosk, keys, scan, codebook) -> None:
    run_state_machine_as_test(
        lambda: ConsentMachine(make_kiosk, keys, scan, codebook),
        settings=settings(
            max_examples=40,
            stateful_step_count=12,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
