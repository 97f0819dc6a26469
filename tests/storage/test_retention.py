"""Retention: interviews past `retention_days` are purged through the delete path, audited."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlite_utils

from assistant.storage import audit
from assistant.storage.codes import issue_code, redeem_code
from assistant.storage.db import read_ledger
from assistant.storage.retention import expired_interviews, purge_expired, purge_roster
from assistant.storage.roster import import_roster

NOW = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)


def _interview(
    db: sqlite_utils.Database, iid: str, ended: datetime | None, started: datetime
) -> None:
    db["interviews"].insert(
        {
            "interview_id": iid,
            "month": started.strftime("%Y-%m"),
            "started_at": started.isoformat(),
            "updated_at": (ended or started).isoformat(),
            "ended_at": ended.isoformat() if ended else None,
            "level": "full",
            "consent_version": "1",
            "consent_at": started.isoformat(),
        }
    )
    db["events"].insert({"interview_id": iid, "seq": 1, "kind": "x", "payload_json": "{}"})
    db["verbatims"].insert({"interview_id": iid, "seq": 1, "kind": "answer", "cipher": b"age"})


def _seed(db: sqlite_utils.Database) -> None:
    old = NOW - timedelta(days=400)
    _interview(db, "iv-old", old + timedelta(hours=1), old)
    _interview(db, "iv-unfinished-old", None, old)
    _interview(db, "iv-recent", NOW - timedelta(days=10), NOW - timedelta(days=10))
    # Started long ago but ended inside the period: the period runs from the last activity.
    _interview(db, "iv-long", NOW - timedelta(days=100), NOW - timedelta(days=370))


def test_expired_interviews(admin_db: sqlite_utils.Database) -> None:
    _seed(admin_db)
    assert sorted(expired_interviews(admin_db, 365, NOW)) == ["iv-old", "iv-unfinished-old"]


def test_purge_deletes_every_row_and_ledgers(
    admin_db: sqlite_utils.Database, admin_db_path: Path
) -> None:
    _seed(admin_db)
    assert purge_expired(admin_db, 365, NOW, actor="王芳") == 2
    left = [r[0] for r in admin_db.execute("SELECT interview_id FROM interviews ORDER BY 1")]
    assert left == ["iv-long", "iv-recent"]
    for table in ("events", "verbatims"):
        ids = {r[0] for r in admin_db.execute(f"SELECT interview_id FROM {table}")}
        assert ids == {"iv-long", "iv-recent"}
    assert set(read_ledger(admin_db_path)) == {"iv-old", "iv-unfinished-old"}


def test_purge_is_audited(admin_db: sqlite_utils.Database) -> None:
    _seed(admin_db)
    purge_expired(admin_db, 365, NOW, actor="王芳")
    rows = audit.entries(admin_db)
    deletes = [r for r in rows if r["action"] == "interview.delete"]
    assert sorted(r["interview_id"] for r in deletes) == ["iv-old", "iv-unfinished-old"]
    summary = rows[-1]
    assert summary["action"] == "retention.purge" and summary["actor"] == "王芳"
    assert json.loads(summary["detail_json"]) == {"interviews": 2, "retention_days": 365}
    assert audit.verify(admin_db).ok


def test_nothing_to_purge(admin_db: sqlite_utils.Database) -> None:
    assert purge_expired(admin_db, 30, NOW) == 0
    assert audit.entries(admin_db)[-1]["action"] == "retention.purge"


def test_roster_and_dead_codes_are_purged(
    admin_db: sqlite_utils.Database, tmp_path: Path, keys
) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(
        "姓名,工号,部门,入职日期,离职日期,离职类型\n"
        "张伟,E1,研发部,2015-01-01,2024-01-31,主动\n"
        "刘洋,E2,研发部,2020-01-01,2026-06-30,被动\n"
        "赵敏,E3,研发部,2020-01-01,2026-06-30,被动\n",
        encoding="utf-8",
    )
    import_roster(admin_db, path, keys.recipient)
    used = issue_code(admin_db, "E2", 60, NOW - timedelta(hours=2))
    redeem_code(admin_db, used, NOW - timedelta(hours=2))
    issue_code(admin_db, "E3", 60, NOW - timedelta(minutes=5))  # still valid: kept
    assert purge_roster(admin_db, 365, NOW) == (1, 1)
    assert admin_db.execute("SELECT count(*) FROM roster").fetchone()[0] == 2
    assert admin_db.execute("SELECT count(*) FROM session_codes").fetchone()[0] == 1
