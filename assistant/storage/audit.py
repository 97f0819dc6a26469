"""Hash-chained audit log: who did what to which interview, never what anyone said."""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

import sqlite_utils

GENESIS = "0" * 64
HEAD_KEY = "audit_head"
# Detail keys that could smuggle employee words into the log; matched per word of the key.
FORBIDDEN_KEY_WORDS = frozenset({"text", "texts", "answer", "answers", "verbatim", "verbatims"})
MAX_DETAIL_STR = 200
MAX_DETAIL_KEYS = 20
Reason = Literal["tampered", "deleted", "reordered"]
Scalar = str | int | float | bool | None


class AuditDetailError(ValueError):
    """A detail that is not a small dict of non-text facts (the offending value is not shown)."""


@dataclass(frozen=True)
class VerifyResult:
    """Outcome of `verify`: the first bad entry and why, or ok."""

    ok: bool
    first_bad_seq: int | None = None
    reason: Reason | None = None
    entries: int = 0
    head_hash: str | None = None


@contextlib.contextmanager
def write_txn(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A write transaction that takes the lock up front (BEGIN IMMEDIATE); nests as a savepoint.

    A deferred BEGIN that reads then writes can fail with SQLITE_BUSY when two processes
    race; taking the write lock first makes the busy timeout apply instead.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


def check_detail(detail: dict | None) -> str | None:
    """The canonical JSON of a valid detail, or AuditDetailError."""
    if detail is None:
        return None
    if not isinstance(detail, dict) or len(detail) > MAX_DETAIL_KEYS:
        raise AuditDetailError("audit detail must be a small dict")
    for key, value in detail.items():
        _check_key(key)
        _check_value(key, value)
    return canonical_json(detail)


def _check_key(key: object) -> None:
    if not isinstance(key, str):
        raise AuditDetailError("audit detail keys must be strings")
    words = set(re.split(r"[^a-z]+", key.lower()))
    if words & FORBIDDEN_KEY_WORDS:
        raise AuditDetailError(f"audit detail key {key!r} may hold answer text")


def _check_value(key: str, value: object) -> None:
    values = value if isinstance(value, list | tuple) else [value]
    for item in values:
        if not isinstance(item, Scalar):
            raise AuditDetailError(f"audit detail {key!r} must be a scalar or a list of scalars")
        if isinstance(item, str) and len(item) > MAX_DETAIL_STR:
            raise AuditDetailError(f"audit detail {key!r} is too long for a fact")


def canonical_json(value: object) -> str:
    """Sorted keys, no spaces, UTF-8 kept: the exact bytes the chain hashes."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def entry_hash(
    prev_hash: str,
    seq: int,
    at: str,
    actor: str,
    action: str,
    interview_id: str | None,
    detail_json: str | None,
) -> str:
    """SHA-256 over the entry's fields and the previous hash, as one canonical JSON array."""
    fields = [prev_hash, seq, at, actor, action, interview_id, detail_json]
    return hashlib.sha256(canonical_json(fields).encode("utf-8")).hexdigest()


def append(
    db: sqlite_utils.Database,
    actor: str,
    action: str,
    interview_id: str | None = None,
    detail: dict | None = None,
    now: datetime | None = None,
) -> int:
    """Add one entry chained to the head; returns its seq. The head moves in the same commit."""
    detail_json = check_detail(detail)
    at = (now or datetime.now(UTC)).isoformat()
    with write_txn(db):
        head_seq, head_hash = read_head(db)
        seq = head_seq + 1  # from the head, so entries cut from the tail leave a visible gap
        digest = entry_hash(head_hash, seq, at, actor, action, interview_id, detail_json)
        db["audit"].insert(
            {
                "seq": seq,
                "at": at,
                "actor": actor,
                "action": action,
                "interview_id": interview_id,
                "detail_json": detail_json,
                "prev_hash": head_hash,
                "hash": digest,
            }
        )
        _write_head(db, seq, digest)
    return seq


def read_head(db: sqlite_utils.Database) -> tuple[int, str]:
    """(seq, hash) of the newest entry as recorded in meta; (0, GENESIS) for a new log."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [HEAD_KEY]).fetchone()
    if row is None:
        return 0, GENESIS
    head = json.loads(row[0])
    return int(head["seq"]), str(head["hash"])


def _write_head(db: sqlite_utils.Database, seq: int, digest: str) -> None:
    value = canonical_json({"seq": seq, "hash": digest})
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [HEAD_KEY, value],
    )


def entries(db: sqlite_utils.Database) -> list[dict]:
    """Every audit row in seq order."""
    return list(db.query("SELECT * FROM audit ORDER BY seq"))


def verify(db: sqlite_utils.Database) -> VerifyResult:
    """Walk the chain; report the first tampered, deleted or reordered entry."""
    rows = entries(db)
    has_head = db.execute("SELECT 1 FROM meta WHERE key = ?", [HEAD_KEY]).fetchone()
    head_seq, head_hash = read_head(db)
    problem = _walk(rows) or _check_tail(rows, head_seq, head_hash, bool(has_head))
    if problem:
        return VerifyResult(False, problem[0], problem[1], len(rows), head_hash)
    return VerifyResult(True, None, None, len(rows), head_hash)


def _walk(rows: list[dict]) -> tuple[int, Reason] | None:
    owner = {row["hash"]: row["seq"] for row in rows}  # which seq each hash sits at now
    expected_prev, expected_seq = GENESIS, 1
    for row in rows:
        if row["seq"] != expected_seq:
            return expected_seq, "deleted"
        problem = _check_row(row, expected_prev, owner)
        if problem:
            return row["seq"], problem
        expected_prev, expected_seq = row["hash"], expected_seq + 1
    return None


def _check_row(row: dict, expected_prev: str, owner: dict[str, int]) -> Reason | None:
    if _rehash(row, row["seq"]) != row["hash"]:
        return _explain_mismatch(row, owner)
    if row["prev_hash"] == expected_prev:
        return None
    # Intact itself but linked elsewhere: it or its predecessor has been moved or replaced.
    return "reordered" if row["prev_hash"] in owner else "tampered"


def _explain_mismatch(row: dict, owner: dict[str, int]) -> Reason:
    """An entry whose hash fails at its seq: moved (valid at another seq) or edited."""
    origin = _original_seq(row, owner)
    if origin is None:
        return "tampered"
    # Valid at a later position whose predecessor is gone: rows were deleted and renumbered.
    if origin > row["seq"] and row["prev_hash"] not in owner:
        return "deleted"
    return "reordered"


def _original_seq(row: dict, owner: dict[str, int]) -> int | None:
    # Every position is tried (once, at the first failure): after a move, where the
    # predecessor sits now says nothing about where this entry used to be.
    last = max(owner.values(), default=0) + len(owner) + 1
    for seq in range(1, last + 1):
        if seq != row["seq"] and _rehash(row, seq) == row["hash"]:
            return seq
    return None


def _rehash(row: dict, seq: int) -> str:
    return entry_hash(
        row["prev_hash"] or "",
        seq,
        row["at"],
        row["actor"],
        row["action"],
        row["interview_id"],
        row["detail_json"],
    )


def _check_tail(
    rows: list[dict], head_seq: int, head_hash: str, has_head: bool
) -> tuple[int, Reason] | None:
    last_seq = rows[-1]["seq"] if rows else 0
    last_hash = rows[-1]["hash"] if rows else GENESIS
    if rows and not has_head:
        return last_seq, "tampered"  # the head was removed to hide a cut
    if head_seq > last_seq:
        return last_seq + 1, "deleted"
    if head_seq < last_seq:
        return head_seq + 1, "tampered"  # entries added around append()
    if head_hash != last_hash:
        return last_seq, "tampered"
    return None
