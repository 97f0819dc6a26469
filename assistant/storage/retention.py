"""Retention: interviews, roster rows and session codes past their period are deleted."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import sqlite_utils

from assistant.storage import audit
from assistant.storage.audit import write_txn


def cutoff(retention_days: int, now: datetime | None = None) -> datetime:
    """The moment before which records are past their period."""
    return (now or datetime.now(UTC)) - timedelta(days=retention_days)


def _as_utc(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def expired_interviews(
    db: sqlite_utils.Database, retention_days: int, now: datetime | None = None
) -> list[str]:
    """Ids of interviews whose last activity is older than the period, oldest first."""
    limit = cutoff(retention_days, now)
    # Compared as datetimes, not strings: stored offsets may differ (Z, +08:00, none).
    rows = db.execute(
        "SELECT interview_id, COALESCE(ended_at, updated_at, started_at) FROM interviews"
    ).fetchall()
    dated = sorted((_as_utc(last), iid) for iid, last in rows if last)
    return [iid for last, iid in dated if last < limit]


def purge_expired(
    db: sqlite_utils.Database,
    retention_days: int,
    now: datetime | None = None,
    *,
    actor: str = "system",
) -> int:
    """Delete every expired interview through the repository's delete path; audited."""
    from assistant.storage.repository import Repository

    repository = Repository(db)
    ids = expired_interviews(db, retention_days, now)
    for interview_id in ids:
        repository.delete_interview(interview_id)
        detail = {"reason": "retention", "outcome": "deleted"}
        audit.append(db, actor, "interview.delete", interview_id, detail, now=now)
    summary = {"retention_days": retention_days, "interviews": len(ids)}
    audit.append(db, actor, "retention.purge", detail=summary, now=now)
    return len(ids)


def purge_roster(
    db: sqlite_utils.Database,
    retention_days: int,
    now: datetime | None = None,
    *,
    actor: str = "system",
) -> tuple[int, int]:
    """Drop roster rows of people who left before the period, and dead session codes.

    Returns (roster rows, codes). A code is dead once expired or used: it can never work again.
    """
    now = now or datetime.now(UTC)
    oldest_leaving = cutoff(retention_days, now).date()
    with write_txn(db):
        roster = _delete_old_roster(db, oldest_leaving)
        codes = _delete_dead_codes(db, now)
        detail = {"retention_days": retention_days, "roster": roster, "codes": codes}
        audit.append(db, actor, "roster.purge", detail=detail, now=now)
    return roster, codes


def _delete_old_roster(db: sqlite_utils.Database, oldest_leaving: date) -> int:
    rows = db.execute("SELECT employee_key, leaving_date FROM roster").fetchall()
    old = [key for key, leaving in rows if leaving and date.fromisoformat(leaving) < oldest_leaving]
    for key in old:
        db.execute("DELETE FROM session_codes WHERE employee_key = ?", [key])
        db.execute("DELETE FROM roster WHERE employee_key = ?", [key])
    return len(old)


def _delete_dead_codes(db: sqlite_utils.Database, now: datetime) -> int:
    rows = db.execute("SELECT code_hash, expires_at, used_at FROM session_codes").fetchall()
    dead = [h for h, expires, used in rows if used or _as_utc(expires) <= now]
    for digest in dead:
        db.execute("DELETE FROM session_codes WHERE code_hash = ?", [digest])
    return len(dead)
