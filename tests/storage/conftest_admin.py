"""Storage B fixtures (users, audit, roster, codes), star-imported by conftest.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

__all__ = ["admin_db", "admin_db_path", "fast_pins", "hr_identity_file", "hr_public_key"]


@pytest.fixture
def fast_pins(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Cheap argon2id parameters: these tests exercise logic, not hashing cost."""
    from argon2 import PasswordHasher

    from assistant.storage import users

    fast = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(users, "hasher", lambda: fast)
    users._dummy_hash.cache_clear()
    yield
    users._dummy_hash.cache_clear()


@pytest.fixture
def admin_db_path(tmp_path: Path) -> Path:
    """A file database (so a test can close and reopen it)."""
    return tmp_path / "admin.db"


@pytest.fixture
def admin_db(admin_db_path: Path, fast_pins: None) -> Iterator[sqlite_utils.Database]:
    """A migrated file database, closed afterwards."""
    from assistant.storage.db import open_db

    db = open_db(admin_db_path)
    yield db
    db.close()


@pytest.fixture
def hr_public_key(tmp_path: Path, keys) -> Path:  # type: ignore[no-untyped-def]
    """HR's public key where the default config looks for it (EXIT_INTERVIEW_HOME=tmp_path)."""
    public = tmp_path / "hr_public_key.txt"
    public.write_text(keys.recipient + "\n", encoding="ascii")
    return public


@pytest.fixture
def hr_identity_file(tmp_path: Path, keys) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    """HR's identity protected by a passphrase, as `keys init` writes it: (file, passphrase)."""
    import pyrage

    passphrase = "人力资源-测试口令"
    protected = pyrage.passphrase.encrypt(str(keys.identity).encode(), passphrase, armored=True)
    path = tmp_path / "hr_identity.age"
    path.write_bytes(protected)
    return path, passphrase
