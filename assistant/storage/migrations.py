"""Versioned schema migrations, applied in order and tracked with PRAGMA user_version."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# A step is SQL, or SQL plus a Python back-fill run in the same transaction.
Step = str | tuple[str, Callable[[sqlite3.Connection], None]]


def _backfill_coded(conn: sqlite3.Connection) -> None:
    """Version 2: code every interview already stored (databases written before coded_rows)."""
    from assistant.storage.coded import backfill

    backfill(conn)


# Each entry is one schema version; append new ones, never edit a released one.
MIGRATIONS: tuple[Step, ...] = (
    # 1: the whole initial schema (interviews, storage B's admin tables, compliance cases).
    """
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT
    );
    CREATE TABLE interviews (
        interview_id TEXT PRIMARY KEY,
        month TEXT NOT NULL,             -- YYYY-MM of the start, for reports and retention
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        ended_at TEXT,
        completed INTEGER,
        bank_id TEXT,
        bank_version TEXT,
        codebook_version TEXT,
        mode TEXT,
        department TEXT,
        tenure_band TEXT,
        exit_type TEXT,
        level TEXT NOT NULL CHECK (level IN ('full', 'coded')),
        sensitive INTEGER NOT NULL DEFAULT 0,
        consent_version TEXT NOT NULL,
        consent_at TEXT NOT NULL
    );
    CREATE INDEX interviews_month ON interviews(month);
    CREATE TABLE events (
        interview_id TEXT NOT NULL REFERENCES interviews(interview_id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,            -- position in this interview's stored log
        kind TEXT NOT NULL,
        payload_json TEXT NOT NULL,      -- consent-filtered event; never employee words
        at TEXT,
        PRIMARY KEY (interview_id, seq)
    );
    CREATE TABLE verbatims (
        interview_id TEXT NOT NULL REFERENCES interviews(interview_id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,            -- the events.seq of the answer or note it belongs to
        answer_seq INTEGER,              -- Answered.seq (NULL for notes)
        node_id TEXT,
        kind TEXT NOT NULL DEFAULT 'answer' CHECK (kind IN ('answer', 'note')),
        cipher BLOB NOT NULL,            -- age ciphertext to HR's public key
        PRIMARY KEY (interview_id, seq)
    );
    CREATE TABLE identities (
        interview_id TEXT PRIMARY KEY REFERENCES interviews(interview_id) ON DELETE CASCADE,
        cipher BLOB NOT NULL             -- age ciphertext of {name, employee_number}
    );
    CREATE TABLE cases (
        id TEXT PRIMARY KEY,             -- random; deliberately no link to an interview
        category TEXT NOT NULL,
        opened_on TEXT NOT NULL,         -- a date only
        flags_json TEXT NOT NULL
    );
    CREATE TABLE declines (
        month TEXT PRIMARY KEY,
        count INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE withdrawals (
        interview_id TEXT PRIMARY KEY,
        at TEXT NOT NULL
    );
    CREATE TABLE users (
        name TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('kiosk', 'interviewer', 'analyst', 'admin')),
        pin_hash TEXT,
        failed_count INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE audit (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        interview_id TEXT,
        detail_json TEXT,
        prev_hash TEXT,
        hash TEXT NOT NULL
    );
    CREATE TABLE roster (
        employee_key TEXT PRIMARY KEY,
        identity_cipher BLOB,
        department TEXT,
        title TEXT,
        hire_date TEXT,
        leaving_date TEXT,
        exit_type TEXT,
        manager_cipher BLOB,
        imported_at TEXT NOT NULL
    );
    CREATE TABLE session_codes (
        code_hash TEXT PRIMARY KEY,
        employee_key TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
    );
    CREATE INDEX session_codes_employee ON session_codes(employee_key);
    """,
    # 2: coded rows materialised at write time, derived only from the stored (filtered) events.
    (
        """
        CREATE TABLE coded_rows (
            interview_id TEXT PRIMARY KEY
                REFERENCES interviews(interview_id) ON DELETE CASCADE,
            month TEXT NOT NULL,
            started_at TEXT NOT NULL,    -- the repository's scope rule filters on it
            department TEXT,
            exit_type TEXT,
            coder TEXT NOT NULL,         -- codebook version and coder revision that made it
            row_json TEXT NOT NULL,      -- the wide row, keys in wide_columns order
            updated_at TEXT NOT NULL
        );
        CREATE INDEX coded_rows_month ON coded_rows(month, interview_id);
        CREATE INDEX coded_rows_department ON coded_rows(department);
        CREATE TABLE coded_long (
            interview_id TEXT PRIMARY KEY
                REFERENCES interviews(interview_id) ON DELETE CASCADE,
            rows_json TEXT NOT NULL      -- long_rows of the interview, a JSON array of objects
        );
        """,
        _backfill_coded,
    ),
)

LATEST = len(MIGRATIONS)


def current_version(conn: sqlite3.Connection) -> int:
    """The schema version recorded in the file (0 for a new database)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to LATEST, one transaction per version; return the version."""
    version = current_version(conn)
    if version > LATEST:
        raise RuntimeError(f"database schema {version} is newer than this program ({LATEST})")
    for number in range(version + 1, LATEST + 1):
        _apply(conn, number, MIGRATIONS[number - 1])
    return LATEST


def _apply(conn: sqlite3.Connection, number: int, step: Step) -> None:
    script, fill = (step, None) if isinstance(step, str) else step
    if fill is None:
        # executescript would COMMIT first; wrap the script so schema + version move together.
        script = f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;"
        conn.executescript(script)
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in _statements(script):
            conn.execute(statement)
        fill(conn)
        conn.execute(f"PRAGMA user_version = {number}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    """Split a DDL script into statements (our scripts hold no ';' inside literals)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]
