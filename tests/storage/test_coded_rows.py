"""Coded rows are made at write time from what was kept, and go wherever the interview goes."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from assistant.core.events import Answered
from assistant.core.inputs import LowerLevel, Withdraw
from assistant.export.rows import Scope, coded_long_rows, coded_rows, stored_interviews
from assistant.storage import coded
from assistant.storage.backup import backup, restore
from assistant.storage.db import open_db
from assistant.storage.repository import Repository
from assistant.storage.retention import purge_expired
from tests.storage.test_withdrawal import canary, interview_with_canary


def _count(db, table: str, interview_id: str | None = None) -> int:
    if interview_id is None:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    sql = f"SELECT count(*) FROM {table} WHERE interview_id = ?"
    return db.execute(sql, [interview_id]).fetchone()[0]


def _assert_matches_coder(db, codebook) -> None:
    """What the store materialised equals the coder over the stored, filtered events."""
    items = sorted(stored_interviews(db, Scope()), key=lambda i: (i.month, i.interview_id))
    repository = Repository(db)
    assert list(repository.iter_coded_rows()) == list(coded_rows(items, codebook))
    assert list(repository.iter_long_rows()) == list(coded_long_rows(items, codebook))


def test_each_write_recodes_its_interview(kiosk, recorder, codebook) -> None:
    session = kiosk.run(["薪水太低", "天天加班"], level="coded", finish=False)
    _assert_matches_coder(recorder.db, codebook)
    kiosk.run(["领导不好"], level="full")
    assert _count(recorder.db, "coded_rows") == 2
    _assert_matches_coder(recorder.db, codebook)
    row = next(Repository(recorder.db).iter_coded_rows())
    assert row["interview_id"] in {session.state.interview_id} | set(
        Repository(recorder.db).interview_ids()
    )
    assert Repository(recorder.db).stale_coded(codebook) == 0


def test_sensitive_codes_never_reach_coded_rows_without_consent(kiosk, recorder, codebook) -> None:
    kiosk.run(["我生病了", "领导骚扰我"], level="coded", sensitive=False)
    row = next(Repository(recorder.db).iter_coded_rows())
    assert row["reason_health"] == 0
    assert all(row[f"flag_{k}"] is None for k in codebook.flag_keys)
    long = recorder.db.execute("SELECT rows_json FROM coded_long").fetchone()[0]
    assert '"key":"health"' not in long and '"key":"harassment"' not in long
    _assert_matches_coder(recorder.db, codebook)


def test_lowering_an_answer_recodes_in_the_same_write(kiosk, recorder, codebook) -> None:
    session = kiosk.run(["薪水太低", "天天加班"], level="full", finish=False)
    first = min(e.seq for e in session.events if isinstance(e, Answered) and e.text)
    before = list(Repository(recorder.db).iter_long_rows())
    assert any(r["seq"] == first for r in before)
    kiosk.send(session, LowerLevel(seq=first, level="none"))
    after = list(Repository(recorder.db).iter_long_rows())
    assert not any(r["seq"] == first for r in after)
    _assert_matches_coder(recorder.db, codebook)


def test_coded_rows_vanish_on_withdrawal(kiosk, recorder, db_path, scan) -> None:
    session, marks = interview_with_canary(kiosk)
    keep, _ = interview_with_canary(kiosk)
    iid = session.state.interview_id
    assert _count(recorder.db, "coded_rows", iid) == 1
    assert _count(recorder.db, "coded_long", iid) == 1
    kiosk.send(session, Withdraw())
    assert _count(recorder.db, "coded_rows", iid) == 0
    assert _count(recorder.db, "coded_long", iid) == 0
    assert [r["interview_id"] for r in Repository(recorder.db).iter_coded_rows()] == [
        keep.state.interview_id
    ]
    assert scan.hits(marks, db_path) == []


def test_coded_rows_stay_gone_after_restore(kiosk, recorder, db_path, tmp_path, scan) -> None:
    session, marks = interview_with_canary(kiosk)
    old = backup(recorder.db, [tmp_path / "a"])
    assert scan.hits(marks[:1], *old)
    kiosk.send(session, Withdraw())
    recorder.close()
    restore(old[0], db_path)
    db = open_db(db_path)
    assert _count(db, "coded_rows") == 0 and _count(db, "coded_long") == 0
    db.close()
    assert scan.hits(marks, db_path) == []


def test_records_delete_and_retention_remove_coded_rows(kiosk, recorder, db_path, scan) -> None:
    first, marks = interview_with_canary(kiosk)
    interview_with_canary(kiosk)
    repository = Repository(recorder.db)
    repository.delete_interview(first.state.interview_id)
    assert _count(recorder.db, "coded_rows", first.state.interview_id) == 0
    assert scan.hits(marks, db_path) == []
    later = datetime.now(UTC) + timedelta(days=3650)
    assert purge_expired(recorder.db, 30, later) == 1
    assert _count(recorder.db, "coded_rows") == 0 and _count(recorder.db, "coded_long") == 0


def test_migration_backfills_a_database_from_before_coded_rows(
    kiosk, recorder, db_path, codebook
) -> None:
    for words in (["薪水太低"], ["天天加班", "领导不好"], ["我生病了"]):
        kiosk.run(words, level="coded")
    recorder.close()
    db = open_db(db_path)
    db.conn.executescript(
        "DROP TABLE coded_long; DROP TABLE coded_rows; PRAGMA user_version = 1;"
    )  # what a database written by the previous release looks like
    db.close()
    db = open_db(db_path)
    assert _count(db, "coded_rows") == 3
    _assert_matches_coder(db, codebook)
    db.close()


def test_a_coder_failure_never_costs_the_answers(kiosk, recorder, codebook, monkeypatch) -> None:
    def broken(*args: object) -> None:
        raise ValueError("coder bug")

    monkeypatch.setattr(coded, "code_stored", broken)
    kiosk.run([f"薪水太低，{canary()}"], level="coded")
    assert recorder.status is None and recorder.pending == 0
    assert _count(recorder.db, "events") > 0 and _count(recorder.db, "coded_rows") == 0
    monkeypatch.undo()
    repository = Repository(recorder.db)
    assert repository.stale_coded(codebook) == 1
    assert repository.refresh_coded(codebook) == 1
    _assert_matches_coder(recorder.db, codebook)


def test_reindex_command_recodes_out_of_date_rows(kiosk, recorder, db_path, codebook) -> None:
    from tests.export.conftest import run_cli

    kiosk.run(["薪水太低"], level="coded")
    recorder.db.execute("UPDATE coded_rows SET coder = 'old', row_json = '{}'")
    recorder.close()
    assert run_cli("reindex", "--db", str(db_path)) == 0
    db = open_db(db_path)
    assert Repository(db).stale_coded(codebook) == 0
    assert json.loads(db.execute("SELECT row_json FROM coded_rows").fetchone()[0])
    _assert_matches_coder(db, codebook)
    db.close()
