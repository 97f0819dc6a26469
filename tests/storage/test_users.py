"""Roles, PIN rules, argon2 hashes and the wrong-PIN back-off that survives a restart."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from assistant.errors import UserError
from assistant.storage import audit
from assistant.storage.db import open_db
from assistant.storage.users import (
    AuthError,
    Role,
    add_user,
    authenticate,
    backoff_seconds,
    can,
    change_pin,
    get_user,
    list_users,
    remove_user,
)

T0 = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


def _fail(db: sqlite_utils.Database, times: int, now: datetime = T0) -> AuthError:
    error = None
    for _ in range(times):
        with pytest.raises(AuthError) as caught:
            authenticate(db, "王芳", "9999", now=now)
        error = caught.value
    assert error is not None
    return error


def test_roles_and_permissions() -> None:
    assert not can(Role.KIOSK, "records.show")
    assert not can("kiosk", "export")
    assert can("kiosk", "code.redeem")
    assert can(Role.INTERVIEWER, "code.issue")
    assert not can(Role.INTERVIEWER, "users.manage")
    assert can(Role.ANALYST, "export") and not can(Role.ANALYST, "records.delete")
    assert all(can(Role.ADMIN, a) for a in ("users.manage", "records.delete", "anything"))


def test_kiosk_has_no_record_access() -> None:
    record_actions = ("records.show", "records.delete", "export", "report", "audit.verify")
    assert not any(can(Role.KIOSK, action) for action in record_actions)


def test_add_and_authenticate(admin_db: sqlite_utils.Database) -> None:
    add_user(admin_db, "王芳", "admin", "123456", now=T0)
    user = authenticate(admin_db, "王芳", "123456", now=T0)
    assert (user.name, user.role) == ("王芳", Role.ADMIN)
    stored = admin_db.execute("SELECT pin_hash FROM users").fetchone()[0]
    assert stored.startswith("$argon2id$") and "123456" not in stored


def test_full_width_pin_is_accepted(admin_db: sqlite_utils.Database) -> None:
    add_user(admin_db, "王芳", "admin", "１２３４")
    assert authenticate(admin_db, "王芳", "1234").role is Role.ADMIN


@pytest.mark.parametrize("pin", ["123", "1234567890123", "12a4", "", "12 34 56 78 90 123"])
def test_pin_rules(admin_db: sqlite_utils.Database, pin: str) -> None:
    with pytest.raises(UserError, match="4 到 12 位数字"):
        add_user(admin_db, "王芳", "admin", pin)


def test_duplicate_and_unknown_names(admin_db: sqlite_utils.Database) -> None:
    add_user(admin_db, "王芳", "admin", "1234")
    with pytest.raises(UserError, match="已存在"):
        add_user(admin_db, "王芳", "analyst", "1234")
    with pytest.raises(UserError, match="没有名为"):
        remove_user(admin_db, "李雷")


def test_last_admin_cannot_be_removed(admin_db: sqlite_utils.Database) -> None:
    add_user(admin_db, "王芳", "admin", "1234")
    add_user(admin_db, "李雷", "kiosk", "5678")
    with pytest.raises(UserError, match="最后一个管理员"):
        remove_user(admin_db, "王芳")
    remove_user(admin_db, "李雷")
    assert [u.name for u in list_users(admin_db)] == ["王芳"]


def test_backoff_schedule() -> None:
    assert [backoff_seconds(n) for n in range(1, 5)] == [0, 0, 0, 0]
    assert [backoff_seconds(n) for n in (5, 6, 7, 8)] == [30, 60, 120, 240]
    assert backoff_seconds(12) == 3600 and backoff_seconds(40) == 3600


def test_wrong_pins_lock_with_seconds_in_message(admin_db: sqlite_utils.Database) -> None:
    add_user(admin_db, "王芳", "admin", "1234")
    fourth = _fail(admin_db, 4)
    assert fourth.retry_after_s is None and fourth.message == "用户名或 PIN 不正确。"
    fifth = _fail(admin_db, 1)
    assert fifth.retry_after_s == 30 and "30 秒" in fifth.message
    # Locked: even the right PIN is refused, with the remaining wait.
    with pytest.raises(AuthError, match="20 秒") as caught:
        authenticate(admin_db, "王芳", "1234", now=T0 + timedelta(seconds=10))
    assert caught.value.retry_after_s == 20


def test_backoff_doubles_after_each_further_failure(admin_db: sqlite_utils.Database) -> None:
    add_user(admin_db, "王芳", "admin", "1234")
    _fail(admin_db, 5)
    later = T0 + timedelta(seconds=31)
    assert _fail(admin_db, 1, now=later).retry_after_s == 60


def test_backoff_survives_reopening_the_database(admin_db_path: Path, fast_pins: None) -> None:
    db = open_db(admin_db_path)
    add_user(db, "王芳", "admin", "1234")
    _fail(db, 5)
    db.close()
    reopened = open_db(admin_db_path)
    with pytest.raises(AuthError, match="秒后再试"):
        authenticate(reopened, "王芳", "1234", now=T0 + timedelta(seconds=5))
    assert get_user(reopened, "王芳").failed_count == 5
    user = authenticate(reopened, "王芳", "1234", now=T0 + timedelta(seconds=31))
    assert user.name == "王芳"
    assert get_user(reopened, "王芳").failed_count == 0  # success resets the count
    reopened.close()


def test_change_pin_unlocks(admin_db: sqlite_utils.Database) -> None:
    add_user(admin_db, "王芳", "admin", "1234")
    _fail(admin_db, 6)
    change_pin(admin_db, "王芳", "24680")
    assert authenticate(admin_db, "王芳", "24680", now=T0).name == "王芳"
    with pytest.raises(AuthError):
        authenticate(admin_db, "王芳", "1234", now=T0)


def test_unknown_user_same_message(admin_db: sqlite_utils.Database) -> None:
    add_user(admin_db, "王芳", "admin", "1234")
    with pytest.raises(AuthError) as unknown:
        authenticate(admin_db, "陌生人", "1234")
    with pytest.raises(AuthError) as wrong:
        authenticate(admin_db, "王芳", "0000")
    assert unknown.value.message == wrong.value.message


def test_failures_are_audited_without_pins(admin_db: sqlite_utils.Database) -> None:
    add_user(admin_db, "王芳", "admin", "1234")
    _fail(admin_db, 5)
    rows = audit.entries(admin_db)
    assert [r["action"] for r in rows] == ["auth.fail"] * 4 + ["auth.lock"]
    assert all("9999" not in (r["detail_json"] or "") for r in rows)
    assert audit.verify(admin_db).ok


def _median_seconds(fn, repeats: int = 7) -> float:
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        with pytest.raises(AuthError):
            fn()
        timings.append(time.perf_counter() - start)
    return sorted(timings)[repeats // 2]


def test_unknown_user_costs_about_as_much_as_a_wrong_pin(
    admin_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hash that costs ~20 ms dwarfs the rest: an unknown name must pay it too."""
    from argon2 import PasswordHasher

    from assistant.storage import users

    hasher = PasswordHasher(time_cost=2, memory_cost=16 * 1024, parallelism=1)
    monkeypatch.setattr(users, "hasher", lambda: hasher)
    users._dummy_hash.cache_clear()
    db = open_db(admin_db_path)
    add_user(db, "王芳", "admin", "1234")
    known = _median_seconds(
        lambda: authenticate(db, "王芳", "0000"), repeats=3
    )  # stays below the lock
    unknown = _median_seconds(lambda: authenticate(db, "陌生人", "0000"), repeats=3)
    db.close()
    users._dummy_hash.cache_clear()
    assert 0.25 < unknown / known < 4.0


def test_kiosk_knows_whether_anyone_can_unlock_it(tmp_path, fast_pins):
    """A fresh store has no one to unlock the kiosk (first-run mode) until an admin exists."""
    from assistant.config import Config
    from assistant.services import _unlockers_checker
    from assistant.storage.db import open_db
    from assistant.storage.users import add_user

    config = Config(db=tmp_path / "k.db", data_dir=tmp_path)
    check = _unlockers_checker(config)
    assert check() is False
    add_user(open_db(config.db_path), "王敏", "admin", "2468")
    assert check() is True
