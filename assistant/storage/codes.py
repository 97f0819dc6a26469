"""One-time session codes: HR issues one per leaver; the kiosk trades it for a roster profile."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata
from datetime import UTC, datetime, timedelta

import sqlite_utils

from assistant.errors import UserError
from assistant.i18n import t
from assistant.storage import audit
from assistant.storage.audit import write_txn
from assistant.storage.roster import employee_key, profile_of, roster_salt

# No 0/O or 1/I: a code read aloud or copied from paper cannot be mistaken.
ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
CODE_LENGTH = 6  # 32**6 ≈ 10^9 codes; each lives hours and works once
GROUP = 4  # shown as K7QX-3M
_SEPARATORS = re.compile(r"[\s\-_‐‑‒–—―−·.]+")


class CodeError(UserError):
    """A code that is malformed, unknown, used or expired; the message is for the leaver."""


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def new_code() -> str:
    """A random code in display form, e.g. `K7QX-3M`."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:GROUP]}-{raw[GROUP:]}"


def normalize_code(text: str) -> str | None:
    """Canonical form of what someone typed (full width, case, spaces, dashes), or None."""
    cleaned = _SEPARATORS.sub("", unicodedata.normalize("NFKC", text)).upper()
    if len(cleaned) != CODE_LENGTH or any(c not in ALPHABET for c in cleaned):
        return None
    return cleaned


def code_hash(db: sqlite_utils.Database, canonical: str) -> str:
    """Keyed hash of a canonical code: the table never holds a usable code."""
    key = roster_salt(db) + b"session-code"  # domain-separated from employee keys
    return hmac.new(key, canonical.encode(), hashlib.sha256).hexdigest()


def issue_code(
    db: sqlite_utils.Database,
    employee_number: str,
    ttl_minutes: int,
    now: datetime | None = None,
    *,
    actor: str = "system",
) -> str:
    """A fresh code for a rostered employee, valid `ttl_minutes`; earlier unused ones lapse."""
    now = _now(now)
    key = employee_key(db, employee_number)
    with write_txn(db):
        if db.execute("SELECT 1 FROM roster WHERE employee_key = ?", [key]).fetchone() is None:
            raise CodeError(t("admin.code.not_in_roster"))
        db.execute("DELETE FROM session_codes WHERE employee_key = ? AND used_at IS NULL", [key])
        code = _insert_unique(db, key, now, now + timedelta(minutes=ttl_minutes))
        audit.append(db, actor, "code.issue", detail={"ttl_minutes": ttl_minutes}, now=now)
    return code


def _insert_unique(db: sqlite_utils.Database, key: str, now: datetime, expires: datetime) -> str:
    while True:  # a collision is ~10^-9 per live code; just draw again
        code = new_code()
        digest = code_hash(db, normalize_code(code) or "")
        if db.execute("SELECT 1 FROM session_codes WHERE code_hash = ?", [digest]).fetchone():
            continue
        row = {
            "code_hash": digest,
            "employee_key": key,
            "issued_at": now.isoformat(),
            "expires_at": expires.isoformat(),
            "used_at": None,
        }
        db["session_codes"].insert(row)
        return code


def redeem_code(
    db: sqlite_utils.Database, code: str, now: datetime | None = None
) -> dict[str, str]:
    """The roster profile {department, tenure_band, exit_type} for a valid code, used up."""
    now = _now(now)
    canonical = normalize_code(code)
    if canonical is None:
        raise CodeError(t("admin.code.malformed"))
    with write_txn(db):
        row = _code_row(db, code_hash(db, canonical))
        outcome = _refusal(row, now)
        if outcome is None:
            profile = _use(db, row, now)
        audit.append(db, "kiosk", "code.redeem", detail={"outcome": outcome or "ok"}, now=now)
    if outcome is not None:
        raise CodeError(t(f"admin.code.{outcome}"))
    return profile


def _code_row(db: sqlite_utils.Database, digest: str) -> dict | None:
    rows = list(db.query("SELECT * FROM session_codes WHERE code_hash = ?", [digest]))
    return rows[0] if rows else None


def _refusal(row: dict | None, now: datetime) -> str | None:
    if row is None:
        return "unknown"
    if row["used_at"]:
        return "used"
    if datetime.fromisoformat(row["expires_at"]) <= now:
        return "expired"
    return None


def _use(db: sqlite_utils.Database, row: dict, now: datetime) -> dict[str, str]:
    # Once used, every time on the row drops to day precision: an exact time could be
    # matched to an interview's start and so join the employee to their answers.
    day = now.date().isoformat()
    issued = datetime.fromisoformat(row["issued_at"]).date().isoformat()
    db.execute(
        "UPDATE session_codes SET used_at = ?, issued_at = ?, expires_at = ? WHERE code_hash = ?",
        [day, issued, day, row["code_hash"]],
    )
    rows = list(db.query("SELECT * FROM roster WHERE employee_key = ?", [row["employee_key"]]))
    if not rows:
        raise CodeError(t("admin.code.not_in_roster"))
    return profile_of(rows[0])
