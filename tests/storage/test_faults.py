"""Faults: SIGKILL of a writer (ACK on stdout) mid-save, a full disk, a read-only database."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import time
from pathlib import Path

from assistant.core.events import Answered
from assistant.core.inputs import Answer, GiveConsent, Skip, Tags
from assistant.core.tags import TagResult
from assistant.i18n import t
from assistant.session import InterviewSession
from assistant.storage import crypto
from assistant.storage.recorder import Recorder
from assistant.storage.repository import Repository

TRIALS = 24


def _child(db_path: Path, recipient: str, bank, codebook) -> None:
    """Save interviews forever; print ACK only once an answer is committed (fsync'd)."""
    recorder = Recorder(db_path, crypto.parse_recipient(recipient))
    _say("READY")
    n = 0
    while True:
        session = InterviewSession(bank, codebook, recorder=recorder)
        session.start()
        session.send(GiveConsent("full"))
        for _ in range(40):
            prompt = session.prompt
            if prompt is None or session.state.finished:
                break
            if session.state.phase == "tagging":
                session.send(Tags(seq=session.state.pending_seq or 0, result=TagResult()))
            elif not prompt.options and prompt.step in ("main", "probe"):
                n += 1
                new = session.send(Answer(text=f"回答{n}"))
                seqs = [e.seq for e in new if isinstance(e, Answered)]
                if seqs and recorder.pending == 0:
                    _say(f"ACK {session.state.interview_id} {seqs[0]} {n}")
            else:
                session.send(Skip())


def _say(line: str) -> None:
    os.write(1, f"{line}\n".encode())  # fd 1 itself: pytest replaces sys.stdout


def test_sigkill_while_saving_loses_no_acknowledged_answer(
    tmp_path, keys, default_bank, codebook
) -> None:
    db_path = tmp_path / "kill.db"
    rng = random.Random(20)
    acked: list[tuple[str, int, int]] = []
    for _ in range(TRIALS):
        delay = rng.uniform(0.01, 0.25)
        acked += _one_trial(lambda: _child(db_path, keys.recipient, default_bank, codebook), delay)
        _check(db_path, acked, keys)
    assert len(acked) >= TRIALS  # the children really were saving when killed


def _one_trial(work, delay: float) -> list[tuple[str, int, int]]:
    """Fork a writer (preloaded, so trials are quick), let it run, then SIGKILL it."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: stdout is the pipe; it never returns
        os.close(read_end)
        os.dup2(write_end, 1)
        try:
            work()
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "r", encoding="utf-8") as out:
        assert out.readline().strip() == "READY"
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        lines = [line.split() for line in out.read().splitlines() if line.startswith("ACK ")]
    return [(parts[1], int(parts[2]), int(parts[3])) for parts in lines]


def _check(db_path: Path, acked: list[tuple[str, int, int]], keys) -> None:
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {
            (iid, json.loads(payload)["seq"])
            for iid, payload in conn.execute(
                "SELECT interview_id, payload_json FROM events WHERE kind = 'answered'"
            )
        }
        words = {
            (iid, seq): cipher
            for iid, seq, cipher in conn.execute(
                "SELECT interview_id, answer_seq, cipher FROM verbatims"
            )
        }
    finally:
        conn.close()
    for iid, seq, n in acked:
        assert (iid, seq) in stored
        assert keys.decrypt(words[(iid, seq)]) == f"回答{n}"


# -- Disk full, read-only, unreachable ------------------------------------------------------


def _first_answer(kiosk, session) -> None:
    while session.prompt is not None and session.prompt.options:
        kiosk.step(session, "")


def test_disk_full_keeps_answer_in_memory_then_saves(kiosk, recorder, keys) -> None:
    session = kiosk.run([], level="full", finish=False)
    pages = recorder.db.execute("PRAGMA page_count").fetchone()[0]
    recorder.db.execute(f"PRAGMA max_page_count = {pages}")
    long_answer = "薪水" + "很低" * 4000
    kiosk.send(session, Answer(text=long_answer))
    assert recorder.status == t("storage.disk_full")
    assert recorder.pending > 0
    assert session.state.phase in ("tagging", "asking")  # the interview goes on in memory
    recorder.db.execute("PRAGMA max_page_count = 1073741823")
    assert recorder.retry()
    assert recorder.status is None and recorder.pending == 0
    plain = [keys.decrypt(v.cipher) for v in Repository(recorder.db).iter_verbatims()]
    assert long_answer in plain


def test_read_only_database_saved_on_next_call(kiosk, recorder) -> None:
    session = kiosk.run([], level="coded", finish=False)
    recorder.db.execute("PRAGMA query_only = 1")
    kiosk.send(session, Answer(text="加班太多"))
    assert recorder.status == t("storage.read_only")
    held = recorder.pending
    assert held > 0
    recorder.db.execute("PRAGMA query_only = 0")
    kiosk.step(session, "再说一点")  # the next call retries on its own
    assert recorder.pending == 0 and recorder.status is None
    kinds = [e.kind for e in Repository(recorder.db).events(session.state.interview_id)]
    assert "answered" in kinds and "classified" in kinds


def test_unreachable_database_then_abandon(make_kiosk, tmp_path, keys) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    rec = Recorder(blocker / "iv.db", crypto.parse_recipient(keys.recipient))
    kiosk = make_kiosk(rec)
    kiosk.run(["薪水太低"], level="coded")
    assert rec.status == t("storage.write_failed") and rec.pending > 0
    assert not rec.retry()
    assert rec.abandon() > 0
    assert rec.pending == 0 and rec.status is None
    rec.close()


def test_unreachable_database_saved_when_fixed(make_kiosk, tmp_path, keys) -> None:
    blocker = tmp_path / "later"
    blocker.write_text("x", encoding="utf-8")
    rec = Recorder(blocker / "iv.db", crypto.parse_recipient(keys.recipient))
    session = make_kiosk(rec).run(["薪水太低"], level="coded")
    blocker.unlink()
    assert rec.retry()
    assert Repository(rec.db).interview_ids() == [session.state.interview_id]
    rec.close()


def test_record_never_raises_on_nonsense(recorder, kiosk) -> None:
    session = kiosk.run([], level="coded", finish=False)
    recorder.record(session.state, [object()])  # type: ignore[list-item]
    assert recorder.status is not None  # reported, not raised
    recorder.abandon()
