"""Roster import: encodings, XLSX, bad rows by line, encrypted identities, tenure bands."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlite_utils

from assistant.errors import UserError
from assistant.storage import audit
from assistant.storage.roster import (
    employee_key,
    import_roster,
    lookup,
    parse_date,
    profile_of,
    tenure_band,
)

HEADER_ZH = "姓名,工号,部门,职位,入职日期,离职日期,离职类型,直属上级"
HEADER_EN = "name,employee_number,department,title,hire_date,leaving_date,exit_type,manager"
GOOD = [
    "张伟,E1001,研发部,工程师,2019-03-01,2024-06-30,主动,李娜",
    "刘洋,E1002,销售部,销售代表,2023/9/1,2024/6/30,被动离职,",
]


def _csv(tmp_path: Path, lines: list[str], encoding: str = "utf-8", name: str = "r.csv") -> Path:
    path = tmp_path / name
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    return path


def _db_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def test_csv_with_bom_and_chinese_headers(admin_db: sqlite_utils.Database, tmp_path, keys) -> None:
    path = _csv(tmp_path, [HEADER_ZH, *GOOD], encoding="utf-8-sig")
    result = import_roster(admin_db, path, keys.recipient)
    assert (result.rows, result.imported, result.errors) == (2, 2, [])
    row = lookup(admin_db, "E1001")
    assert row["department"] == "研发部" and row["exit_type"] == "voluntary"
    assert profile_of(row) == {
        "department": "研发部",
        "tenure_band": "5年以上",
        "exit_type": "voluntary",
    }
    assert profile_of(lookup(admin_db, "E1002"))["exit_type"] == "involuntary"


def test_gb18030_csv_with_english_headers(admin_db: sqlite_utils.Database, tmp_path, keys) -> None:
    lines = [HEADER_EN, "赵敏,E2001,财务部,会计,2022年1月5日,2024年3月1日,voluntary,"]
    result = import_roster(admin_db, _csv(tmp_path, lines, "gb18030"), keys.recipient)
    assert result.imported == 1
    assert lookup(admin_db, "E2001")["department"] == "财务部"


def test_xlsx_import(admin_db: sqlite_utils.Database, tmp_path: Path, keys) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "工号", "部门", "职位", "入职日期", "离职日期", "离职类型", "直属上级"])
    sheet.append(
        [
            "王磊",
            10023,
            "研发部",
            "测试",
            datetime(2021, 2, 1),
            datetime(2024, 5, 31),
            "主动",
            "陈静",
        ]
    )
    sheet.append(["坏行", 10024, "研发部", "测试", "不是日期", datetime(2024, 5, 31), "主动", ""])
    path = tmp_path / "roster.xlsx"
    book.save(path)
    result = import_roster(admin_db, path, keys.recipient)
    assert result.imported == 1
    assert [(e.line, "入职日期" in e.message) for e in result.errors] == [(3, True)]
    assert profile_of(lookup(admin_db, "10023"))["tenure_band"] == "3-5年"


def test_bad_rows_reported_by_line_good_rows_kept(
    admin_db: sqlite_utils.Database, tmp_path: Path, keys
) -> None:
    lines = [
        HEADER_ZH,
        GOOD[0],
        "钱七,E1003,研发部,工程师,2024-13-01,2024-06-30,主动,",  # line 3: bad month
        "",  # blank lines are skipped but still counted
        "孙八,E1004,研发部,工程师,2020-01-01,2024-06-30,辞退,",  # line 5: unknown exit type
        ",E1005,研发部,,2020-01-01,2024-06-30,主动,",  # line 6: no name
        "周九,E1006,研发部,,2024-07-01,2024-06-30,主动,",  # line 7: hired after leaving
        "吴十,E1001,研发部,,2020-01-01,2024-06-30,主动,",  # line 8: duplicate number
        GOOD[1],
    ]
    result = import_roster(admin_db, _csv(tmp_path, lines), keys.recipient)
    assert result.imported == 2 and result.rows == 7 and result.rejected_lines == 5
    by_line = {e.line: e.message for e in result.errors}
    assert sorted(by_line) == [3, 5, 6, 7, 8]
    assert "2024-13-01" in by_line[3] and "无法识别" in by_line[3]
    assert "辞退" in by_line[5]
    assert by_line[6] == "缺少姓名"
    assert by_line[7] == "入职日期晚于离职日期"
    assert "第 2 行" in by_line[8]
    assert result.errors[0].render().startswith("第 3 行：")
    assert admin_db.execute("SELECT count(*) FROM roster").fetchone()[0] == 2


def test_missing_columns_name_them(admin_db: sqlite_utils.Database, tmp_path, keys) -> None:
    path = _csv(tmp_path, ["姓名,工号,部门", "张伟,E1,研发部"])
    with pytest.raises(UserError, match="入职日期、离职日期、离职类型"):
        import_roster(admin_db, path, keys.recipient)


def test_unsupported_file(admin_db: sqlite_utils.Database, tmp_path: Path, keys) -> None:
    path = tmp_path / "roster.txt"
    path.write_text("x")
    with pytest.raises(UserError, match=r"\.csv 或 \.xlsx"):
        import_roster(admin_db, path, keys.recipient)


def test_identity_is_encrypted_and_number_hashed(
    admin_db_path: Path, admin_db: sqlite_utils.Database, tmp_path: Path, keys
) -> None:
    import_roster(admin_db, _csv(tmp_path, [HEADER_ZH, *GOOD]), keys.recipient)
    admin_db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = _db_bytes(admin_db_path)
    for secret in ("张伟", "李娜", "E1001", "刘洋"):
        assert secret.encode() not in data
    row = lookup(admin_db, "e1001 ")  # normalised: case and spaces
    identity = json.loads(keys.decrypt(row["identity_cipher"]))
    assert identity == {"name": "张伟", "employee_number": "E1001"}
    assert keys.decrypt(row["manager_cipher"]) == "李娜"
    assert lookup(admin_db, "E1002")["manager_cipher"] is None


def test_employee_key_is_salted_per_database(admin_db: sqlite_utils.Database) -> None:
    from assistant.storage.db import open_db

    other = open_db(":memory:")
    assert employee_key(admin_db, "E1001") == employee_key(admin_db, "Ｅ１００１")
    assert employee_key(admin_db, "E1001") != employee_key(other, "E1001")
    other.close()


def test_reimport_updates_rows(admin_db: sqlite_utils.Database, tmp_path: Path, keys) -> None:
    import_roster(admin_db, _csv(tmp_path, [HEADER_ZH, *GOOD]), keys.recipient)
    changed = GOOD[0].replace("研发部", "平台部")
    import_roster(admin_db, _csv(tmp_path, [HEADER_ZH, changed], name="b.csv"), keys.recipient)
    assert admin_db.execute("SELECT count(*) FROM roster").fetchone()[0] == 2
    assert lookup(admin_db, "E1001")["department"] == "平台部"


def test_import_is_audited_without_names(admin_db: sqlite_utils.Database, tmp_path, keys) -> None:
    import_roster(admin_db, _csv(tmp_path, [HEADER_ZH, *GOOD]), keys.recipient, actor="王芳")
    (entry,) = audit.entries(admin_db)
    assert entry["action"] == "roster.import" and entry["actor"] == "王芳"
    assert json.loads(entry["detail_json"]) == {
        "format": "csv",
        "imported": 2,
        "rejected": 0,
        "rows": 2,
    }


@pytest.mark.parametrize(
    ("hire", "leaving", "band"),
    [
        (date(2024, 1, 1), date(2024, 12, 31), "<1年"),
        (date(2023, 1, 1), date(2024, 1, 1), "1-3年"),
        (date(2021, 6, 2), date(2024, 6, 1), "1-3年"),
        (date(2021, 6, 1), date(2024, 6, 1), "3-5年"),
        (date(2019, 6, 1), date(2024, 6, 1), "5年以上"),
        (date(2000, 2, 29), date(2024, 2, 28), "5年以上"),
    ],
)
def test_tenure_bands(hire: date, leaving: date, band: str) -> None:
    assert tenure_band(hire, leaving) == band


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-01", date(2024, 3, 1)),
        ("2024/3/1", date(2024, 3, 1)),
        ("2024.03.01", date(2024, 3, 1)),
        ("2024年3月1日", date(2024, 3, 1)),
        ("20240301", date(2024, 3, 1)),
        ("2024-03-01 00:00:00", date(2024, 3, 1)),
        ("２０２４－０３－０１", date(2024, 3, 1)),
        ("2024-02-30", None),
        ("3/1/2024", None),
        ("", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected
