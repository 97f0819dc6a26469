"""Backups: two checksummed copies; restore verifies before it replaces anything."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from assistant.cli import main
from assistant.storage.backup import BackupError, backup, checksum_path, restore, sha256_of, verify
from assistant.storage.db import open_db
from assistant.storage.repository import Repository


def test_two_copies_with_checksums(kiosk, recorder, tmp_path) -> None:
    kiosk.run(["薪水太低"], level="coded")
    copies = backup(recorder.db, [tmp_path / "a", tmp_path / "b"])
    assert [c.parent.name for c in copies] == ["a", "b"]
    for copy in copies:
        digest = checksum_path(copy).read_text(encoding="ascii").split()[0]
        assert digest == sha256_of(copy)
        assert stat.S_IMODE(os.stat(copy).st_mode) == 0o600
        verify(copy)
        conn = sqlite3.connect(copy)
        assert conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 1
        conn.close()


def test_restore_brings_data_back(kiosk, recorder, db_path, tmp_path) -> None:
    kiosk.run(["薪水太低"], level="coded")
    ids = Repository(recorder.db).interview_ids()
    copies = backup(recorder.db, [tmp_path / "a"])
    recorder.close()
    db_path.write_bytes(b"corrupted")
    restore(copies[0], db_path)
    db = open_db(db_path)
    assert Repository(db).interview_ids() == ids
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_tampered_backup_is_refused(kiosk, recorder, db_path, tmp_path) -> None:
    kiosk.run(["薪水太低"], level="coded")
    copy = backup(recorder.db, [tmp_path / "a"])[0]
    recorder.close()
    before = db_path.read_bytes()
    data = bytearray(copy.read_bytes())
    data[-100] ^= 0xFF
    copy.write_bytes(bytes(data))
    with pytest.raises(BackupError, match="校验失败"):
        restore(copy, db_path)
    assert db_path.read_bytes() == before  # nothing was replaced


def test_missing_checksum_or_file(db_path, tmp_path) -> None:
    db = open_db(db_path)
    copy = backup(db, [tmp_path / "a"])[0]
    db.close()
    checksum_path(copy).unlink()
    with pytest.raises(BackupError, match="校验文件"):
        verify(copy)
    with pytest.raises(BackupError, match="找不到"):
        verify(tmp_path / "nope.db")


def test_cli_backup_and_restore(kiosk, recorder, db_path, tmp_path, capsys) -> None:
    kiosk.run(["薪水太低"], level="coded")
    recorder.close()
    config = tmp_path / "config.toml"
    dirs = [str(tmp_path / "one"), str(tmp_path / "two")]
    config.write_text(f"backup_dirs = {dirs!r}\n".replace("'", '"'), encoding="utf-8")
    assert main(["backup", "--db", str(db_path), "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert out.count("已备份到") == 2
    copy = next((tmp_path / "one").glob("*.db"))
    assert main(["restore", str(copy), "--db", str(db_path)]) == 0
    assert "已从" in capsys.readouterr().out
    checksum_path(copy).write_text("0" * 64, encoding="ascii")
    assert main(["restore", str(copy), "--db", str(db_path)]) == 2
    assert "校验失败" in capsys.readouterr().err


def test_cli_keys_init(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("EXIT_INTERVIEW_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("EXIT_INTERVIEW_PASSPHRASE", "口令")
    out = tmp_path / "hr.age"
    assert main(["keys", "init", "--out", str(out)]) == 0
    public = (tmp_path / "home" / "hr_public_key.txt").read_text(encoding="ascii")
    assert public.startswith("age1")
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert "私钥" in capsys.readouterr().out
    assert main(["keys", "init", "--out", str(tmp_path / "again.age")]) == 2
    assert "已存在" in capsys.readouterr().err
