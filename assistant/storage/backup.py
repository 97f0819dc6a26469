"""Backups with VACUUM INTO (compact, no free pages), SHA-256 sidecars, verified restore."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from assistant.i18n import t
from assistant.storage.db import (
    open_db,
    read_ledger,
    reapply_withdrawals,
    sidecar_paths,
    withdrawn_ids,
)

CHUNK = 1 << 20


class BackupError(Exception):
    """A backup or restore could not be done; the message is Chinese."""


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did."""

    path: Path
    reapplied: int  # interviews deleted again because they had been withdrawn or deleted


def backup(
    db: sqlite_utils.Database, targets: list[Path], now: datetime | None = None
) -> list[Path]:
    """Write one checksummed copy of the database into each target folder; return the copies."""
    if not targets:
        raise BackupError(t("storage.backup_no_targets"))
    name = f"interviews-{(now or datetime.now(UTC)).strftime('%Y%m%dT%H%M%S%fZ')}.db"
    first = _vacuum_into(db, Path(targets[0]) / name)
    copies = [first, *(_copy(first, Path(folder) / name) for folder in targets[1:])]
    return copies


def _vacuum_into(db: sqlite_utils.Database, dest: Path) -> Path:
    _prepare_folder(dest.parent)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    # VACUUM INTO writes a fresh file: deleted rows and free pages do not travel.
    db.conn.execute("VACUUM INTO ?", (str(tmp),))
    return _finish(tmp, dest)


def _copy(source: Path, dest: Path) -> Path:
    _prepare_folder(dest.parent)
    tmp = dest.with_name(dest.name + ".part")
    shutil.copyfile(source, tmp)
    return _finish(tmp, dest)


def _finish(tmp: Path, dest: Path) -> Path:
    """fsync, chmod 0600, rename into place, then write the checksum sidecar."""
    os.chmod(tmp, 0o600)
    _fsync(tmp)
    os.replace(tmp, dest)
    digest = sha256_of(dest)
    sidecar = checksum_path(dest)
    sidecar.write_text(f"{digest}  {dest.name}\n", encoding="ascii")
    os.chmod(sidecar, 0o600)
    _fsync(sidecar)
    return dest


def _prepare_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def checksum_path(path: Path) -> Path:
    """The SHA-256 sidecar of a backup file."""
    return Path(f"{path}.sha256")


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def verify(path: Path) -> None:
    """Raise BackupError unless `path` exists, matches its sidecar and is a sound database."""
    if not path.is_file():
        raise BackupError(t("storage.restore_missing", path=path))
    sidecar = checksum_path(path)
    if not sidecar.is_file():
        raise BackupError(t("storage.restore_no_checksum", path=path))
    expected = sidecar.read_text(encoding="ascii", errors="replace").split()[:1]
    if expected != [sha256_of(path)]:
        raise BackupError(t("storage.restore_bad_checksum", path=path))
    _check_integrity(path)


def _check_integrity(path: Path) -> None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        ok = False
    if not ok:
        raise BackupError(t("storage.restore_not_db", path=path))


def restore(backup_path: Path, db_path: Path, now: datetime | None = None) -> RestoreResult:
    """Verify a backup, re-apply every withdrawal and deletion to it, then put it in place.

    Withdrawn ids come from the backup's own table, the current database (if readable) and
    the ledger beside `db_path`, so interviews withdrawn after the backup stay deleted. The
    kiosk must not be running while a restore replaces its database.
    """
    backup_path, db_path = Path(backup_path), Path(db_path)
    verify(backup_path)
    ids = [*read_ledger(db_path), *_current_withdrawals(db_path)]
    staged = db_path.with_name(db_path.name + ".restoring")
    _remove_db_files(staged)
    db_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    shutil.copyfile(backup_path, staged)
    reapplied = _clean(staged, ids, now)
    # A stale -wal beside the new file would be replayed into it: remove it first.
    _remove_db_files(db_path, keep_main=True)
    os.replace(staged, db_path)
    _fsync(db_path)
    return RestoreResult(db_path, reapplied)


def _clean(staged: Path, ids: list[str], now: datetime | None) -> int:
    """Delete withdrawn interviews from the staged copy before it becomes the live database."""
    db = open_db(staged)
    try:
        conn = db.conn
        stamp = (now or datetime.now(UTC)).isoformat()
        all_ids = [*ids, *withdrawn_ids(conn)]
        reapplied = reapply_withdrawals(conn, all_ids, stamp)
        conn.execute("PRAGMA journal_mode = DELETE")  # fold the WAL in; the live db re-enables it
    finally:
        db.close()
    _remove_db_files(staged, keep_main=True)
    return reapplied


def _current_withdrawals(db_path: Path) -> list[str]:
    if not db_path.is_file():
        return []
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            return withdrawn_ids(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return []  # a damaged database is the usual reason for a restore


def _remove_db_files(path: Path, keep_main: bool = False) -> None:
    for part in sidecar_paths(path)[1 if keep_main else 0 :]:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
