"""One-time session codes: alphabet, hashing, one use, expiry and input normalisation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils
from hypothesis import given
from hypothesis import strategies as st

from assistant.storage import audit
from assistant.storage.codes import (
    ALPHABET,
    CodeError,
    issue_code,
    new_code,
    normalize_code,
    redeem_code,
)
from assistant.storage.roster import import_roster

T0 = datetime(2024, 6, 28, 9, 0, tzinfo=UTC)
PROFILE = {"department": "研发部", "tenure_band": "5年以上", "exit_type": "voluntary"}


@pytest.fixture
def rostered(admin_db: sqlite_utils.Database, tmp_path: Path, keys) -> sqlite_utils.Database:
    path = tmp_path / "roster.csv"
    path.write_text(
        "姓名,工号,部门,职位,入职日期,离职日期,离职类型,直属上级\n"
        "张伟,E1001,研发部,工程师,2019-03-01,2024-06-30,主动,李娜\n",
        encoding="utf-8",
    )
    import_roster(admin_db, path, keys.recipient)
    return admin_db


def test_code_shape() -> None:
    for _ in range(200):
        code = new_code()
        assert len(code) == 7 and code[4] == "-"
        assert all(c in ALPHABET for c in code.replace("-", ""))
    assert not set("0O1I") & set(ALPHABET)


def test_issue_and_redeem(rostered: sqlite_utils.Database) -> None:
    code = issue_code(rostered, "E1001", 60, T0)
    assert redeem_code(rostered, code, T0 + timedelta(minutes=5)) == PROFILE


def test_only_the_hash_is_stored(rostered: sqlite_utils.Database) -> None:
    code = issue_code(rostered, "E1001", 60, T0)
    (row,) = rostered.query("SELECT * FROM session_codes")
    assert code.replace("-", "") not in str(row) and code not in str(row)
    assert len(row["code_hash"]) == 64


def test_second_use_fails(rostered: sqlite_utils.Database) -> None:
    code = issue_code(rostered, "E1001", 60, T0)
    redeem_code(rostered, code, T0)
    with pytest.raises(CodeError, match="已经用过"):
        redeem_code(rostered, code, T0 + timedelta(minutes=1))


def test_expired_code_fails(rostered: sqlite_utils.Database) -> None:
    code = issue_code(rostered, "E1001", 30, T0)
    with pytest.raises(CodeError, match="已过期"):
        redeem_code(rostered, code, T0 + timedelta(minutes=30))


def test_unknown_and_malformed_codes(rostered: sqlite_utils.Database) -> None:
    issue_code(rostered, "E1001", 30, T0)
    with pytest.raises(CodeError, match="无效"):
        redeem_code(rostered, "2222-22", T0)
    with pytest.raises(CodeError, match="格式不对"):
        redeem_code(rostered, "张伟", T0)


def test_new_code_replaces_unused_one(rostered: sqlite_utils.Database) -> None:
    first = issue_code(rostered, "E1001", 60, T0)
    second = issue_code(rostered, "e1001", 60, T0)
    with pytest.raises(CodeError):
        redeem_code(rostered, first, T0)
    assert redeem_code(rostered, second, T0) == PROFILE


def test_issue_needs_a_rostered_employee(rostered: sqlite_utils.Database) -> None:
    with pytest.raises(CodeError, match="名册中没有"):
        issue_code(rostered, "E9999", 60, T0)


def test_used_code_keeps_only_the_day(rostered: sqlite_utils.Database) -> None:
    code = issue_code(rostered, "E1001", 60, T0)
    redeem_code(rostered, code, T0 + timedelta(minutes=3))
    (row,) = rostered.query("SELECT issued_at, expires_at, used_at FROM session_codes")
    assert set(row.values()) == {"2024-06-28"}


def test_issue_and_redeem_are_audited(rostered: sqlite_utils.Database) -> None:
    code = issue_code(rostered, "E1001", 60, T0, actor="王芳")
    redeem_code(rostered, code, T0)
    with pytest.raises(CodeError):
        redeem_code(rostered, code, T0)
    actions = [(e["actor"], e["action"]) for e in audit.entries(rostered)][-3:]
    assert actions == [("王芳", "code.issue"), ("kiosk", "code.redeem"), ("kiosk", "code.redeem")]
    assert "E1001" not in str(audit.entries(rostered))
    assert audit.verify(rostered).ok


@pytest.mark.parametrize(
    "typed",
    ["k7qx-3m", " K7QX 3M ", "K7QX3M", "ｋ７ｑｘ－３ｍ", "K7QX—3M", "k7qx_3m", "K7 QX-3 M"],
)
def test_normalisation(typed: str) -> None:
    assert normalize_code(typed) == "K7QX3M"


@pytest.mark.parametrize("typed", ["K7QX-3", "K7QX-3MM", "O7QX-3M", "K7QX-1M", "", "K7QX-3M!"])
def test_normalisation_rejects(typed: str) -> None:
    assert normalize_code(typed) is None


def test_redeem_accepts_typed_variants(rostered: sqlite_utils.Database) -> None:
    code = issue_code(rostered, "E1001", 60, T0)
    typed = (
        code.lower()
        .replace("-", " ")
        .translate(
            str.maketrans(
                "abcdefghjkmnpqrstuvwxyz", "ａｂｃｄｅｆｇｈｊｋｍｎｐｑｒｓｔｕｖｗｘｙｚ"
            )
        )
    )
    assert redeem_code(rostered, typed, T0) == PROFILE


@given(st.text())
def test_normalise_never_crashes(text: str) -> None:
    result = normalize_code(text)
    assert result is None or (len(result) == 6 and set(result) <= set(ALPHABET))
