"""Withdrawal really deletes: no canary in the database, WAL, shm, or a restored backup."""

from __future__ import annotations

import time
import uuid

from assistant.core.inputs import GiveConsent, Note, Withdraw
from assistant.storage.backup import backup, restore
from assistant.storage.db import ledger_path, open_db, read_ledger
from assistant.storage.repository import Repository


def canary() -> str:
    return f"撤回金丝雀{uuid.uuid4().hex[:8]}"


def interview_with_canary(kiosk, level: str = "coded"):
    """Department (stored in plain, as coded data) and answers carry canaries."""
    marks = [canary(), canary()]
    profile = {"department": marks[0], "tenure_band": "1-3年"}
    session = kiosk.run([f"薪水太低，{marks[1]}"], level=level, profile=profile, finish=False)
    return session, marks


def test_withdraw_deletes_every_trace(kiosk, recorder, db_path, scan) -> None:
    session, marks = interview_with_canary(kiosk)
    keep, _ = interview_with_canary(kiosk)
    assert scan.hits(marks[:1], db_path)  # the coded department is on disk before
    kiosk.send(session, Withdraw())
    assert recorder.status is None
    assert scan.hits(marks, db_path) == []
    ids = Repository(recorder.db).interview_ids()
    assert ids == [keep.state.interview_id]
    assert session.state.interview_id in read_ledger(db_path)


def test_withdraw_in_full_removes_ciphertexts(kiosk, recorder, db_path, scan) -> None:
    session, marks = interview_with_canary(kiosk, level="full")
    assert recorder.db.execute("SELECT count(*) FROM verbatims").fetchone()[0] > 0
    kiosk.send(session, Withdraw())
    for table in ("interviews", "events", "verbatims", "identities"):
        assert recorder.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert scan.hits(marks, db_path) == []


def test_withdraw_takes_no_more_steps_than_consent(kiosk, recorder) -> None:
    session, _ = interview_with_canary(kiosk)
    new = session.send(Withdraw())  # one input, as consenting was one input
    assert [e.kind for e in new] == ["withdrawn"]
    assert Repository(recorder.db).interview_ids() == []


def test_withdraw_before_consent_leaves_no_file(kiosk, db_path) -> None:
    session = kiosk.session()
    session.send(Withdraw())
    assert not db_path.exists()
    assert not ledger_path(db_path).exists()


def test_restore_reapplies_withdrawal_from_older_backup(kiosk, recorder, db_path, tmp_path, scan):
    session, marks = interview_with_canary(kiosk)
    old = backup(recorder.db, [tmp_path / "a", tmp_path / "b"])
    assert scan.hits(marks[:1], *old)  # the older backup still holds the interview
    kiosk.send(session, Withdraw())
    recorder.close()
    result = restore(old[0], db_path)
    assert result.reapplied == 1
    assert scan.hits(marks, db_path) == []
    db = open_db(db_path)
    assert session.state.interview_id not in Repository(db).interview_ids()
    db.close()


def test_restore_after_database_lost_uses_ledger(kiosk, recorder, db_path, tmp_path, scan):
    session, marks = interview_with_canary(kiosk)
    old = backup(recorder.db, [tmp_path / "a"])
    kiosk.send(session, Withdraw())
    recorder.close()
    for part in scan.files_for(db_path):
        part.unlink()  # the database is gone; only the ledger beside it remains
    restore(old[0], db_path)
    assert scan.hits(marks, db_path) == []


def test_records_delete_is_a_withdrawal_too(kiosk, recorder, db_path, tmp_path, scan) -> None:
    session, marks = interview_with_canary(kiosk)
    old = backup(recorder.db, [tmp_path / "a"])
    assert Repository(recorder.db).delete_interview(session.state.interview_id)
    assert scan.hits(marks, db_path) == []
    recorder.close()
    restore(old[0], db_path)
    assert scan.hits(marks, db_path) == []


def test_withdrawal_of_fifty_answers_is_fast(kiosk, recorder) -> None:
    session = kiosk.session()
    kiosk.send(session, GiveConsent("full"))
    for i in range(50):
        kiosk.send(session, Note(f"第{i}条 {canary()}"))
    started = time.perf_counter()
    kiosk.send(session, Withdraw())
    assert time.perf_counter() - started < 1.0  # generous in tests; bench/ has the figure
    assert recorder.db.execute("SELECT count(*) FROM verbatims").fetchone()[0] == 0


def test_withdrawal_is_audited_without_any_text(tmp_path, default_bank, codebook):
    """The audit log says who withdrew which interview, and nothing the person said."""
    from assistant.config import Config
    from assistant.core.inputs import Answer, GiveConsent, Withdraw
    from assistant.session import InterviewSession
    from assistant.storage import audit
    from assistant.storage.db import open_db
    from assistant.storage.recorder import make_recorder

    db_path = tmp_path / "w.db"
    recorder = make_recorder(Config(db=db_path, data_dir=tmp_path))
    session = InterviewSession(default_bank, codebook, recorder=recorder)
    session.start()
    session.send(GiveConsent("coded"))
    session.send(Answer(text="审计金丝雀"))
    session.send(Withdraw())
    recorder.close()
    db = open_db(db_path)
    entries = audit.entries(db)
    withdrawn = [e for e in entries if e["action"] == "interview.withdrawn"]
    assert [e["interview_id"] for e in withdrawn] == [session.state.interview_id]
    assert "金丝雀" not in str(entries)
    assert audit.verify(db).ok
