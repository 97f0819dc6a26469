"""Open the interview database with the durability and privacy pragmas, migrated."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

import sqlite_utils

from assistant.storage.migrations import migrate

# Pragmas that hold per connection; journal_mode=WAL is persistent but cheap to re-assert.
CONNECTION_PRAGMAS: tuple[str, ...] = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",  # fsync on every commit: an acknowledged answer survives
    "PRAGMA secure_delete = ON",  # deleted rows are zeroed, not left in free pages
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA temp_store = MEMORY",  # sorts and temp tables never spill text to temp files
)


def open_db(path: str | os.PathLike[str]) -> sqlite_utils.Database:
    """Open (creating if needed) the database at `path`: private file, pragmas, latest schema.

    ":memory:" opens an in-memory database with the same schema (for fast tests).
    """
    conn = _connect(path)
    try:
        for pragma in CONNECTION_PRAGMAS:
            conn.execute(pragma)
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn)


def _connect(path: str | os.PathLike[str]) -> sqlite3.Connection:
    if str(path) == ":memory:":
        return sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    target = Path(path)
    _prepare_file(target)
    # isolation_level=None: no implicit BEGIN; sqlite-utils' atomic() issues BEGIN itself.
    # check_same_thread=False lets a single writer thread own a connection made elsewhere.
    return sqlite3.connect(target, check_same_thread=False, isolation_level=None)


def _prepare_file(target: Path) -> None:
    """Create the folder (0700) and an empty file (0600) so SQLite's -wal/-shm inherit 0600."""
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not target.exists():
        fd = os.open(target, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    with contextlib.suppress(OSError):  # a read-only medium: opening still works for reading
        os.chmod(target, 0o600)


def checkpoint(db: sqlite_utils.Database) -> None:
    """Move the WAL into the main file and truncate it, so deleted rows leave no copy there."""
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def sidecar_paths(path: str | os.PathLike[str]) -> list[Path]:
    """The database file and the WAL/shared-memory files that may sit beside it."""
    base = Path(path)
    return [base, Path(f"{base}-wal"), Path(f"{base}-shm")]


# -- Deletion (withdrawal, records delete) and its ledger ---------------------------------


def db_file(db: sqlite_utils.Database | sqlite3.Connection) -> Path | None:
    """The main database file of a connection (None for an in-memory database)."""
    conn = db.conn if isinstance(db, sqlite_utils.Database) else db
    row = conn.execute("PRAGMA database_list").fetchone()
    return Path(row[2]) if row and row[2] else None


def ledger_path(db_path: str | os.PathLike[str]) -> Path:
    """The append-only withdrawal ledger beside the database: interview ids, one a line.

    It outlives restores: a backup taken before a withdrawal is cleaned with it on restore.
    """
    return Path(f"{db_path}.withdrawn")


def append_ledger(db_path: Path | None, interview_ids: list[str]) -> None:
    """Append ids to the ledger and fsync, before the rows go (a crash between is re-applied)."""
    if db_path is None or not interview_ids:
        return
    fd = os.open(ledger_path(db_path), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, "".join(f"{i}\n" for i in interview_ids).encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)


def read_ledger(db_path: Path | None) -> list[str]:
    """Every id ever withdrawn or deleted from the database at `db_path`."""
    if db_path is None:
        return []
    try:
        text = ledger_path(db_path).read_text(encoding="ascii", errors="ignore")
    except FileNotFoundError:
        return []
    return list(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))


def delete_interview_rows(conn: sqlite3.Connection, interview_id: str, at: str) -> None:
    """Delete every row of one interview and remember the id (call inside a transaction)."""
    # events, verbatims, identities and coded rows go with it via ON DELETE CASCADE; the coded
    # rows are also deleted by name, so a connection without foreign_keys cannot leave them.
    conn.execute("DELETE FROM coded_rows WHERE interview_id = ?", (interview_id,))
    conn.execute("DELETE FROM coded_long WHERE interview_id = ?", (interview_id,))
    conn.execute("DELETE FROM interviews WHERE interview_id = ?", (interview_id,))
    conn.execute(
        "INSERT OR IGNORE INTO withdrawals (interview_id, at) VALUES (?, ?)", (interview_id, at)
    )


def withdrawn_ids(conn: sqlite3.Connection) -> list[str]:
    """Ids recorded in the withdrawals table."""
    return [row[0] for row in conn.execute("SELECT interview_id FROM withdrawals")]


def reapply_withdrawals(conn: sqlite3.Connection, ids: list[str], at: str) -> int:
    """Delete every listed interview still present, in one transaction, then checkpoint."""
    ids = list(dict.fromkeys(ids))
    present = {row[0] for row in conn.execute("SELECT interview_id FROM interviews")}
    conn.execute("BEGIN IMMEDIATE")
    try:
        for interview_id in ids:
            delete_interview_rows(conn, interview_id, at)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return len(present & set(ids))
