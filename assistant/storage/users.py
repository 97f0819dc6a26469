"""Users, roles and PINs: argon2id hashes and a persistent back-off after wrong PINs."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from functools import cache

import sqlite_utils
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from assistant.errors import UserError
from assistant.i18n import t
from assistant.storage import audit
from assistant.storage.audit import write_txn

FREE_ATTEMPTS = 5  # wrong PINs allowed before the back-off starts
BASE_DELAY_S = 30
MAX_DELAY_S = 3600
PIN_PATTERN = re.compile(r"[0-9]{4,12}")
NAME_MAX = 64


class Role(StrEnum):
    """Who someone is to the assistant; each role may do a fixed set of actions."""

    KIOSK = "kiosk"
    INTERVIEWER = "interviewer"
    ANALYST = "analyst"
    ADMIN = "admin"


_EVERYONE = frozenset({"users.own_pin"})
# The kiosk may start interviews (with a session code) but reads no record at all.
_KIOSK_ACTIONS = _EVERYONE | {"kiosk.run", "code.redeem"}
PERMISSIONS: dict[Role, frozenset[str]] = {
    Role.KIOSK: _KIOSK_ACTIONS,
    Role.INTERVIEWER: _KIOSK_ACTIONS | {"interview.conduct", "code.issue"},
    Role.ANALYST: _EVERYONE | {"export", "report", "audit.verify"},
    Role.ADMIN: frozenset(),  # every action, see can()
}


class AuthError(UserError):
    """Wrong name/PIN, or locked out; `retry_after_s` is set while the back-off runs."""

    def __init__(self, message: str, *, retry_after_s: int | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


@dataclass(frozen=True)
class User:
    """An authenticated (or listed) user; never carries the PIN hash."""

    name: str
    role: Role
    failed_count: int = 0
    locked_until: str | None = None


def can(role: Role | str, action: str) -> bool:
    """Whether `role` may perform `action` (admins may do everything)."""
    role = Role(role)
    return role is Role.ADMIN or action in PERMISSIONS[role]


def parse_role(text: str) -> Role:
    """A role from its English name, or a UserError listing the valid ones."""
    try:
        return Role(text.strip().lower())
    except ValueError:
        roles = "、".join(r.value for r in Role)
        raise UserError(t("admin.users.bad_role", role=text, roles=roles)) from None


def normalize_pin(pin: str) -> str:
    """Full-width digits from a Chinese IME become ASCII; then 4–12 digits are required."""
    cleaned = unicodedata.normalize("NFKC", pin).strip()
    if not PIN_PATTERN.fullmatch(cleaned):
        raise UserError(t("admin.users.bad_pin"))
    return cleaned


def _check_name(name: str) -> str:
    cleaned = name.strip()
    printable = all(unicodedata.category(c)[0] != "C" for c in cleaned)
    if not cleaned or len(cleaned) > NAME_MAX or not printable:
        raise UserError(t("admin.users.bad_name"))
    return cleaned


@cache
def hasher() -> PasswordHasher:
    """argon2id with the library's RFC 9106 low-memory defaults."""
    return PasswordHasher()


@cache
def _dummy_hash() -> str:
    # Verified against for unknown users so they cost the same time as a wrong PIN.
    return hasher().hash("000000-not-a-user")


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def has_users(db: sqlite_utils.Database) -> bool:
    """Whether any user exists (the first `users add` needs no authentication)."""
    return db.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None


def get_user(db: sqlite_utils.Database, name: str) -> User | None:
    """The user called `name`, or None."""
    row = _row(db, name)
    return _to_user(row) if row else None


def list_users(db: sqlite_utils.Database) -> Iterator[User]:
    """Every user, by name."""
    for row in db.query("SELECT * FROM users ORDER BY name"):
        yield _to_user(row)


def _row(db: sqlite_utils.Database, name: str) -> dict | None:
    rows = list(db.query("SELECT * FROM users WHERE name = ?", [name]))
    return rows[0] if rows else None


def _to_user(row: dict) -> User:
    return User(row["name"], Role(row["role"]), row["failed_count"], row["locked_until"])


def add_user(
    db: sqlite_utils.Database, name: str, role: Role | str, pin: str, now: datetime | None = None
) -> User:
    """Create a user with an argon2id hash of the PIN; duplicate names are refused."""
    name, role, pin = _check_name(name), Role(role), normalize_pin(pin)
    pin_hash = hasher().hash(pin)
    with write_txn(db):
        if _row(db, name):
            raise UserError(t("admin.users.exists", name=name))
        db["users"].insert(
            {
                "name": name,
                "role": role.value,
                "pin_hash": pin_hash,
                "failed_count": 0,
                "locked_until": None,
                "created_at": _now(now).isoformat(),
            }
        )
    return User(name, role)


def remove_user(db: sqlite_utils.Database, name: str) -> None:
    """Delete a user; the last admin cannot be removed (nobody could manage users then)."""
    with write_txn(db):
        row = _row(db, name)
        if row is None:
            raise UserError(t("admin.users.unknown", name=name))
        if row["role"] == Role.ADMIN and _admin_count(db) <= 1:
            raise UserError(t("admin.users.last_admin"))
        db.execute("DELETE FROM users WHERE name = ?", [name])


def _admin_count(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM users WHERE role = 'admin'").fetchone()[0]


def change_pin(db: sqlite_utils.Database, name: str, new_pin: str) -> None:
    """Set a new PIN and clear any back-off (an admin reset also unlocks the account)."""
    pin_hash = hasher().hash(normalize_pin(new_pin))
    with write_txn(db):
        if _row(db, name) is None:
            raise UserError(t("admin.users.unknown", name=name))
        _store(db, name, pin_hash=pin_hash, failed_count=0, locked_until=None)


def _store(db: sqlite_utils.Database, name: str, **values: object) -> None:
    sets = ", ".join(f"{column} = ?" for column in values)
    db.execute(f"UPDATE users SET {sets} WHERE name = ?", [*values.values(), name])


def backoff_seconds(failed_count: int) -> int:
    """Wait after `failed_count` consecutive wrong PINs: 0 for the first 4, then 30 s doubling."""
    if failed_count < FREE_ATTEMPTS:
        return 0
    return min(BASE_DELAY_S * 2 ** (failed_count - FREE_ATTEMPTS), MAX_DELAY_S)


def authenticate(
    db: sqlite_utils.Database, name: str, pin: str, now: datetime | None = None
) -> User:
    """The user if `pin` is right; otherwise AuthError (same text for unknown names)."""
    now, pin = _now(now), unicodedata.normalize("NFKC", pin).strip()
    row = _row(db, name.strip())
    if row is None:
        _verify(_dummy_hash(), pin)
        _audit(db, name, "auth.fail", {"outcome": "unknown_user"}, now)
        raise AuthError(t("admin.auth.failed"))
    _refuse_if_locked(db, row, now)
    if not _verify(row["pin_hash"], pin):
        _record_failure(db, row["name"], now)  # always raises
    _record_success(db, row, pin)
    return _to_user(row)


def _verify(pin_hash: str | None, pin: str) -> bool:
    try:
        return hasher().verify(pin_hash or _dummy_hash(), pin)
    except (VerificationError, InvalidHashError):
        return False


def _audit(db: sqlite_utils.Database, name: str, action: str, detail: dict, now: datetime) -> None:
    audit.append(db, name.strip()[:NAME_MAX] or "?", action, detail=detail, now=now)


def _refuse_if_locked(db: sqlite_utils.Database, row: dict, now: datetime) -> None:
    # While locked the PIN is not even checked, so guessing cannot continue in the meantime.
    if not row["locked_until"]:
        return
    wait = (datetime.fromisoformat(row["locked_until"]) - now).total_seconds()
    if wait > 0:
        seconds = int(wait) + (wait % 1 > 0)
        _audit(db, row["name"], "auth.locked", {"wait_s": seconds}, now)
        raise AuthError(t("admin.auth.locked", seconds=seconds), retry_after_s=seconds)


def _record_failure(db: sqlite_utils.Database, name: str, now: datetime) -> None:
    with write_txn(db):
        # Increment in SQL so two terminals failing at once both count.
        db.execute("UPDATE users SET failed_count = failed_count + 1 WHERE name = ?", [name])
        count = db.execute("SELECT failed_count FROM users WHERE name = ?", [name]).fetchone()[0]
        delay = backoff_seconds(count)
        if delay:
            until = (now + timedelta(seconds=delay)).isoformat()
            _store(db, name, locked_until=until)
            _audit(db, name, "auth.lock", {"failed": count, "wait_s": delay}, now)
        else:
            _audit(db, name, "auth.fail", {"failed": count, "outcome": "wrong_pin"}, now)
    if delay:
        raise AuthError(t("admin.auth.failed_locked", seconds=delay), retry_after_s=delay)
    raise AuthError(t("admin.auth.failed"))


def _record_success(db: sqlite_utils.Database, row: dict, pin: str) -> None:
    updates: dict[str, object] = {}
    if row["failed_count"] or row["locked_until"]:
        updates.update(failed_count=0, locked_until=None)
    if hasher().check_needs_rehash(row["pin_hash"]):
        updates["pin_hash"] = hasher().hash(pin)
    if updates:
        with write_txn(db):
            _store(db, row["name"], **updates)
