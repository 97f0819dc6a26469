"""Employee roster import (CSV/XLSX): identities encrypted to HR, keyed by a salted HMAC."""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import re
import secrets
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from assistant.errors import UserError
from assistant.i18n import t
from assistant.storage import audit
from assistant.storage.audit import write_txn

SALT_KEY = "roster_salt"
TENURE_BANDS = ("<1年", "1-3年", "3-5年", "5年以上")
# Header spellings accepted for each field (compared after _header_key()).
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "员工姓名", "name"),
    "employee_number": ("工号", "员工编号", "employee_number", "employee_no", "employee_id"),
    "department": ("部门", "所属部门", "department", "dept"),
    "title": ("职位", "岗位", "title", "job_title"),
    "hire_date": ("入职日期", "hire_date"),
    "leaving_date": ("离职日期", "leaving_date", "last_day"),
    "exit_type": ("离职类型", "exit_type"),
    "manager": ("直属上级", "上级", "直属领导", "manager"),
}
REQUIRED = ("name", "employee_number", "department", "hire_date", "leaving_date", "exit_type")
EXIT_TYPES = {
    "主动": "voluntary",
    "主动离职": "voluntary",
    "voluntary": "voluntary",
    "被动": "involuntary",
    "被动离职": "involuntary",
    "involuntary": "involuntary",
}
_DATE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
)
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")


@dataclass(frozen=True)
class RosterEntry:
    """One valid roster row, before encryption."""

    name: str
    employee_number: str
    department: str
    title: str
    hire_date: date
    leaving_date: date
    exit_type: str  # voluntary | involuntary
    manager: str


@dataclass(frozen=True)
class RowError:
    """A problem with one line of the file (1-based, as a spreadsheet shows it)."""

    line: int
    message: str

    def render(self) -> str:
        """`第 N 行：…` for the terminal."""
        return t("admin.roster.row_error", line=self.line, message=self.message)


@dataclass
class ImportResult:
    """How many rows were read and kept, and what was wrong with the rest."""

    rows: int = 0
    imported: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def rejected_lines(self) -> int:
        """Lines with at least one problem (none of them is stored)."""
        return len({error.line for error in self.errors})


# ---------------------------------------------------------------- keys and bands


def roster_salt(db: sqlite_utils.Database) -> bytes:
    """The per-database random salt for employee keys, created on first use."""
    with write_txn(db):
        row = db.execute("SELECT value FROM meta WHERE key = ?", [SALT_KEY]).fetchone()
        if row:
            return bytes.fromhex(row[0])
        salt = secrets.token_bytes(32)
        db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", [SALT_KEY, salt.hex()])
        return salt


def normalize_employee_number(number: str) -> str:
    """Full-width to ASCII, trimmed, upper case: `ａ００１` and `A001 ` are the same employee."""
    return unicodedata.normalize("NFKC", number).strip().upper()


def employee_key(db: sqlite_utils.Database, number: str) -> str:
    """HMAC-SHA256 of the employee number, so the number itself is never stored in clear."""
    return keyed(roster_salt(db), number)


def keyed(salt: bytes, number: str) -> str:
    """The employee key for `number` under `salt`."""
    digest = hmac.new(salt, normalize_employee_number(number).encode(), hashlib.sha256)
    return digest.hexdigest()


def tenure_band(hire: date, leaving: date) -> str:
    """Completed years of service as a band: <1年, 1-3年, 3-5年, 5年以上."""
    years = leaving.year - hire.year - ((leaving.month, leaving.day) < (hire.month, hire.day))
    if years < 1:
        return TENURE_BANDS[0]
    if years < 3:
        return TENURE_BANDS[1]
    return TENURE_BANDS[2] if years < 5 else TENURE_BANDS[3]


# ---------------------------------------------------------------- reading files


def read_table(path: Path) -> Iterator[tuple[int, list[Any]]]:
    """(line number, cells) for every row of a CSV or XLSX file, header included."""
    if not path.is_file():
        raise UserError(t("admin.roster.missing_file", path=path))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    raise UserError(t("admin.roster.bad_format", path=path))


def decode_csv_bytes(data: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030 as Excel on Chinese Windows writes it."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise UserError(t("admin.roster.bad_encoding")) from None


def _read_csv(path: Path) -> Iterator[tuple[int, list[Any]]]:
    reader = csv.reader(io.StringIO(decode_csv_bytes(path.read_bytes()), newline=""))
    start = 1
    for cells in reader:
        yield start, cells
        start = reader.line_num + 1  # a quoted cell may span lines; report where the row began


def _read_xlsx(path: Path) -> Iterator[tuple[int, list[Any]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a broken or mislabelled file
        raise UserError(t("admin.roster.bad_xlsx", path=path)) from None
    try:
        for number, cells in enumerate(book.worksheets[0].iter_rows(values_only=True), 1):
            yield number, list(cells)
    finally:
        book.close()  # read-only mode keeps the file open until closed


def _header_key(text: object) -> str:
    cleaned = unicodedata.normalize("NFKC", str(text or "")).strip().lower()
    return re.sub(r"[\s\-]+", "_", cleaned)


_ALIAS_TO_FIELD = {_header_key(a): f for f, aliases in HEADER_ALIASES.items() for a in aliases}


def map_header(cells: list[Any]) -> dict[str, int]:
    """Field → column index; UserError naming the required columns that are missing."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        name = _ALIAS_TO_FIELD.get(_header_key(cell))
        if name and name not in columns:
            columns[name] = index
    missing = [HEADER_ALIASES[f][0] for f in REQUIRED if f not in columns]
    if missing:
        raise UserError(t("admin.roster.missing_columns", columns="、".join(missing)))
    return columns


# ---------------------------------------------------------------- validating rows


def cell_text(value: Any) -> str:
    """A cell as trimmed text; Excel's 10023.0 for a number column becomes `10023`."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    return unicodedata.normalize("NFKC", str(value)).strip()


def parse_date(value: Any) -> date | None:
    """A date from an Excel date cell or text such as 2024-03-01, 2024/3/1, 2024年3月1日."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value)
    match = _DATE.fullmatch(text) or _COMPACT_DATE.fullmatch(text)
    if not match:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def parse_exit_type(value: Any) -> str | None:
    """voluntary / involuntary from 主动/被动 (with or without 离职) or the English words."""
    return EXIT_TYPES.get(cell_text(value).lower())


def validate_row(
    cells: list[Any], columns: dict[str, int], pattern: str | None = None
) -> tuple[RosterEntry | None, list[str]]:
    """The entry, or None and the Chinese problems of this row."""
    raw = {name: cells[i] if i < len(cells) else None for name, i in columns.items()}
    text = {name: cell_text(value) for name, value in raw.items()}
    hire, leaving = parse_date(raw["hire_date"]), parse_date(raw["leaving_date"])
    exit_type = parse_exit_type(raw["exit_type"])
    problems = _missing_fields(text) + _date_problems(text, hire, leaving)
    if text["exit_type"] and exit_type is None:
        problems.append(t("admin.roster.bad_exit_type", value=text["exit_type"]))
    number = normalize_employee_number(text["employee_number"])
    if number and pattern and not re.fullmatch(pattern, number):
        problems.append(t("admin.roster.bad_number"))  # the number itself is not echoed
    if problems:
        return None, problems
    assert hire and leaving and exit_type  # guaranteed by the checks above
    entry = RosterEntry(
        name=text["name"],
        employee_number=number,
        department=text["department"],
        title=text.get("title", ""),
        hire_date=hire,
        leaving_date=leaving,
        exit_type=exit_type,
        manager=text.get("manager", ""),
    )
    return entry, []


def _missing_fields(text: dict[str, str]) -> list[str]:
    # Dates are checked in _date_problems, where "missing" and "unreadable" are told apart.
    required = ("name", "employee_number", "department", "exit_type")
    missing = [f for f in required if not text[f]]
    return [t("admin.roster.missing_value", column=HEADER_ALIASES[f][0]) for f in missing]


def _date_problems(text: dict[str, str], hire: date | None, leaving: date | None) -> list[str]:
    problems = []
    for name, parsed in (("hire_date", hire), ("leaving_date", leaving)):
        label = HEADER_ALIASES[name][0]
        if not text[name]:
            problems.append(t("admin.roster.missing_value", column=label))
        elif parsed is None:
            problems.append(t("admin.roster.bad_date", column=label, value=text[name]))
    if hire and leaving and hire > leaving:
        problems.append(t("admin.roster.hire_after_leaving"))
    return problems


def parse_rows(
    rows: Iterable[tuple[int, list[Any]]], pattern: str | None = None
) -> tuple[list[RosterEntry], ImportResult]:
    """Valid entries and the result so far (rows read, errors by line); the header comes first."""
    result, entries = ImportResult(), []
    columns: dict[str, int] | None = None
    first_line: dict[str, int] = {}
    for line, cells in rows:
        if all(cell_text(c) == "" for c in cells):
            continue  # blank lines, and Excel's trailing empty rows
        if columns is None:
            columns = map_header(cells)
            continue
        result.rows += 1
        entry, problems = validate_row(cells, columns, pattern)
        if entry and entry.employee_number in first_line:
            first = first_line[entry.employee_number]
            entry, problems = None, [t("admin.roster.duplicate", first=first)]
        if entry is None:
            result.errors += [RowError(line, p) for p in problems]
            continue
        first_line[entry.employee_number] = line
        entries.append(entry)
    if columns is None:
        raise UserError(t("admin.roster.empty"))
    return entries, result


# ---------------------------------------------------------------- storing


def import_roster(
    db: sqlite_utils.Database,
    path: Path,
    recipient: Any,
    *,
    actor: str = "system",
    pattern: str | None = None,
    now: datetime | None = None,
) -> ImportResult:
    """Read, validate and store a roster file; good rows are kept even when others are bad."""
    entries, result = parse_rows(read_table(Path(path)), pattern)
    imported_at, salt = (now or datetime.now(UTC)).isoformat(), roster_salt(db)
    records = [_record(salt, entry, recipient, imported_at) for entry in entries]
    with write_txn(db):
        if records:
            db["roster"].upsert_all(records, pk="employee_key")
        detail = {
            "format": Path(path).suffix.lower().lstrip("."),
            "rows": result.rows,
            "imported": len(records),
            "rejected": result.rejected_lines,
        }
        audit.append(db, actor, "roster.import", detail=detail, now=now)
    result.imported = len(records)
    return result


def _record(salt: bytes, entry: RosterEntry, recipient: Any, imported_at: str) -> dict[str, Any]:
    from assistant.storage import crypto

    identity = json.dumps(
        {"name": entry.name, "employee_number": entry.employee_number}, ensure_ascii=False
    )
    manager = crypto.encrypt(recipient, entry.manager.encode()) if entry.manager else None
    return {
        "employee_key": keyed(salt, entry.employee_number),
        "identity_cipher": crypto.encrypt(recipient, identity.encode()),
        "department": entry.department,
        "title": entry.title,
        "hire_date": entry.hire_date.isoformat(),
        "leaving_date": entry.leaving_date.isoformat(),
        "exit_type": entry.exit_type,
        "manager_cipher": manager,
        "imported_at": imported_at,
    }


def lookup(db: sqlite_utils.Database, number: str) -> dict | None:
    """The roster row of an employee number, or None."""
    key = employee_key(db, number)
    rows = list(db.query("SELECT * FROM roster WHERE employee_key = ?", [key]))
    return rows[0] if rows else None


def profile_of(row: dict) -> dict[str, str]:
    """What the interview may know: department, tenure band and exit type, nothing more."""
    hire, leaving = date.fromisoformat(row["hire_date"]), date.fromisoformat(row["leaving_date"])
    return {
        "department": row["department"],
        "tenure_band": tenure_band(hire, leaving),
        "exit_type": row["exit_type"],
    }
