"""The hash-chained audit log: every kind of tampering is found at the right entry."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import sqlite_utils
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.storage import audit
from assistant.storage.audit import AuditDetailError, append, verify
from assistant.storage.db import open_db

COLUMNS = ("at", "actor", "action", "interview_id", "detail_json", "prev_hash", "hash")


@pytest.fixture
def memory_db() -> Iterator[sqlite_utils.Database]:
    """In memory: these tests append many entries and need no fsync."""
    db = open_db(":memory:")
    yield db
    db.close()


@pytest.fixture
def chained(memory_db: sqlite_utils.Database) -> sqlite_utils.Database:
    """Ten entries of assorted actions."""
    for n in range(1, 11):
        iid = f"iv-{n:012x}" if n % 2 else None
        append(memory_db, "王芳", "records.show", iid, {"outcome": "found", "n": n})
    return memory_db


def _row(db: sqlite_utils.Database, seq: int) -> dict:
    return next(db.query("SELECT * FROM audit WHERE seq = ?", [seq]))


def _swap(db: sqlite_utils.Database, a: int, b: int) -> None:
    """Exchange the contents of two entries, keeping their seq: a reordering."""
    row_a, row_b = _row(db, a), _row(db, b)
    sets = ", ".join(f"{c} = ?" for c in COLUMNS)
    db.execute(f"UPDATE audit SET {sets} WHERE seq = ?", [*(row_b[c] for c in COLUMNS), a])
    db.execute(f"UPDATE audit SET {sets} WHERE seq = ?", [*(row_a[c] for c in COLUMNS), b])


def test_intact_chain_verifies(chained: sqlite_utils.Database) -> None:
    result = verify(chained)
    assert result.ok and result.entries == 10 and result.first_bad_seq is None
    assert result.head_hash == _row(chained, 10)["hash"]


def test_empty_log_verifies(memory_db: sqlite_utils.Database) -> None:
    assert verify(memory_db).ok


def test_tampered_detail_is_found(chained: sqlite_utils.Database) -> None:
    detail = json.dumps({"n": 4, "outcome": "not_found"}, separators=(",", ":"))
    chained.execute("UPDATE audit SET detail_json = ? WHERE seq = 4", [detail])
    result = verify(chained)
    assert (result.ok, result.first_bad_seq, result.reason) == (False, 4, "tampered")


@pytest.mark.parametrize("column", ["actor", "action", "at", "interview_id"])
def test_tampered_field_is_found(chained: sqlite_utils.Database, column: str) -> None:
    chained.execute(f"UPDATE audit SET {column} = 'x' WHERE seq = 6")
    assert (verify(chained).first_bad_seq, verify(chained).reason) == (6, "tampered")


def test_rehashed_entry_breaks_the_link(chained: sqlite_utils.Database) -> None:
    """Editing an entry and recomputing its own hash still breaks the next one's link."""
    row = _row(chained, 5)
    digest = audit.entry_hash(
        row["prev_hash"],
        5,
        row["at"],
        "李雷",
        row["action"],
        row["interview_id"],
        row["detail_json"],
    )
    chained.execute("UPDATE audit SET actor = '李雷', hash = ? WHERE seq = 5", [digest])
    result = verify(chained)
    assert not result.ok and result.first_bad_seq in (5, 6)


def test_deleted_middle_entry_is_found(chained: sqlite_utils.Database) -> None:
    chained.execute("DELETE FROM audit WHERE seq = 5")
    result = verify(chained)
    assert (result.first_bad_seq, result.reason) == (5, "deleted")


def test_deleted_first_entry_is_found(chained: sqlite_utils.Database) -> None:
    chained.execute("DELETE FROM audit WHERE seq = 1")
    assert (verify(chained).first_bad_seq, verify(chained).reason) == (1, "deleted")


def test_deleted_and_renumbered_is_found(chained: sqlite_utils.Database) -> None:
    chained.execute("DELETE FROM audit WHERE seq = 5")
    for seq in range(6, 11):
        chained.execute("UPDATE audit SET seq = ? WHERE seq = ?", [seq - 1, seq])
    result = verify(chained)
    assert (result.first_bad_seq, result.reason) == (5, "deleted")


def test_swapped_entries_are_found(chained: sqlite_utils.Database) -> None:
    _swap(chained, 3, 7)
    result = verify(chained)
    assert (result.first_bad_seq, result.reason) == (3, "reordered")


def test_swapped_neighbours_are_found(chained: sqlite_utils.Database) -> None:
    _swap(chained, 8, 9)
    assert (verify(chained).first_bad_seq, verify(chained).reason) == (8, "reordered")


def test_truncated_tail_is_found(chained: sqlite_utils.Database) -> None:
    chained.execute("DELETE FROM audit WHERE seq >= 8")
    result = verify(chained)
    assert (result.first_bad_seq, result.reason) == (8, "deleted")


def test_truncated_tail_then_new_entries_is_found(chained: sqlite_utils.Database) -> None:
    chained.execute("DELETE FROM audit WHERE seq >= 9")
    append(chained, "王芳", "purge", detail={"interviews": 0})
    result = verify(chained)
    assert (result.first_bad_seq, result.reason) == (9, "deleted")


def test_removed_head_is_found(chained: sqlite_utils.Database) -> None:
    chained.execute("DELETE FROM meta WHERE key = ?", [audit.HEAD_KEY])
    assert (verify(chained).ok, verify(chained).reason) == (False, "tampered")


def test_entry_slipped_in_after_the_head_is_found(chained: sqlite_utils.Database) -> None:
    row = _row(chained, 10)
    digest = audit.entry_hash(row["hash"], 11, row["at"], "x", "x", None, None)
    chained["audit"].insert({**row, "seq": 11, "prev_hash": row["hash"], "hash": digest})
    assert (verify(chained).first_bad_seq, verify(chained).reason) == (11, "tampered")


def test_head_lives_in_meta(chained: sqlite_utils.Database) -> None:
    assert audit.read_head(chained) == (10, _row(chained, 10)["hash"])


def test_detail_json_is_canonical(memory_db: sqlite_utils.Database) -> None:
    append(memory_db, "王芳", "x", detail={"b": 1, "a": "部门"})
    assert _row(memory_db, 1)["detail_json"] == '{"a":"部门","b":1}'


@pytest.mark.parametrize(
    "detail",
    [
        {"text": "我因为加班离职"},
        {"answer": "x"},
        {"verbatim": None},
        {"Answer_Text": 1},
        {"verbatims": ["a"]},
        {"nested": {"ok": 1}},
        {"long": "字" * 500},
        {1: "x"},
        ["not", "a", "dict"],
    ],
)
def test_text_is_never_accepted(memory_db: sqlite_utils.Database, detail: object) -> None:
    with pytest.raises(AuditDetailError) as caught:
        append(memory_db, "王芳", "x", detail=detail)  # type: ignore[arg-type]
    assert "加班" not in str(caught.value)  # the refused value is never echoed
    assert audit.entries(memory_db) == []


@settings(max_examples=30)
@given(st.dictionaries(st.sampled_from(["count", "format", "outcome"]), st.integers(0, 10**6)))
def test_any_fact_dict_round_trips(detail: dict[str, int]) -> None:
    db = open_db(":memory:")
    append(db, "王芳", "export", detail=detail)
    append(db, "王芳", "export", detail=detail)
    assert verify(db).ok
    assert json.loads(_row(db, 1)["detail_json"]) == detail
    db.close()
