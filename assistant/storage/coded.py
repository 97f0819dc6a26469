"""Coded rows materialised from the stored (consent-filtered) events: refresh, back-fill, stamp."""

from __future__ import annotations

import json
import logging
import sqlite3
import sys
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.coding.codebook import Codebook
    from assistant.core.events import Event

log = logging.getLogger(__name__)

# Bump when coder.py's output changes: rows stamped otherwise are recoded on the next read.
CODER_REVISION = "1"
# Every kind `code_interview` and `long_rows` read; the rest are prompts and navigation.
CODER_KINDS: tuple[str, ...] = (
    "started",
    "consent",
    "answered",
    "classified",
    "confirmed",
    "forward",
    "ended",
)
CHUNK = 1_000  # interviews per back-fill query
PROGRESS_FROM = 2_000  # a back-fill shorter than this says nothing

Head = tuple[str, str, str, str | None]  # interview_id, month, started_at, department
Progress = Callable[[int, int], None]  # (done, total)

_KINDS_SQL = ",".join(f"'{kind}'" for kind in CODER_KINDS)


@lru_cache(maxsize=1)
def program_codebook() -> Codebook:
    """The codebook exports and reports use; coded rows are made with the same one."""
    from assistant.coding.codebook import load_codebook

    return load_codebook()


def stamp(codebook: Codebook) -> str:
    """What made a coded row: rows with another stamp are out of date."""
    return f"{codebook.version}/{CODER_REVISION}"


def code_stored(
    head: Head, events: list[Event], codebook: Codebook
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The wide row and long rows of one stored interview; the store fills any gap."""
    from assistant.coding.coder import code_interview, long_rows

    interview_id, month, _, department = head
    row = code_interview(events, codebook)
    row["interview_id"] = row["interview_id"] or interview_id
    row["month"] = row["month"] or month
    row["department"] = row["department"] or department
    long = list(long_rows(events, codebook))
    for item in long:
        item["month"] = item["month"] or month
    return row, long


def refresh(conn: sqlite3.Connection, interview_id: str, codebook: Codebook) -> None:
    """Recode one interview from its stored events (call inside the writing transaction)."""
    sql = "SELECT interview_id, month, started_at, department FROM interviews WHERE interview_id=?"
    head = conn.execute(sql, (interview_id,)).fetchone()
    if head is None:  # withdrawn or never kept: nothing may remain
        delete(conn, interview_id)
        return
    events = _events(conn, [interview_id]).get(interview_id, [])
    _write(conn, head, events, codebook, _now())


def delete(conn: sqlite3.Connection, interview_id: str) -> None:
    """Remove an interview's coded rows (foreign keys cascade too; this does not rely on it)."""
    conn.execute("DELETE FROM coded_rows WHERE interview_id = ?", (interview_id,))
    conn.execute("DELETE FROM coded_long WHERE interview_id = ?", (interview_id,))


def stale_count(conn: sqlite3.Connection, codebook: Codebook) -> int:
    """Kept interviews whose coded row is missing or was made by another codebook/coder."""
    sql = (
        "SELECT count(*) FROM interviews i LEFT JOIN coded_rows c USING (interview_id)"
        " WHERE c.interview_id IS NULL OR c.coder != ?"
    )
    return int(conn.execute(sql, (stamp(codebook),)).fetchone()[0])


def backfill(
    conn: sqlite3.Connection,
    codebook: Codebook | None = None,
    *,
    everything: bool = False,
    progress: Progress | None = None,
) -> int:
    """Code every stale interview (or every one), chunk by chunk; the caller owns the transaction.

    Returns how many interviews were coded. Memory stays at one chunk of events.
    """
    codebook = codebook or program_codebook()
    total = _count(conn, codebook, everything)
    report = progress if progress is not None else default_progress(total)
    done, after, now = 0, "", _now()
    while heads := _stale_heads(conn, codebook, everything, after):
        found = _events(conn, [h[0] for h in heads])
        for head in heads:
            _write(conn, head, found.get(head[0], []), codebook, now)
        done, after = done + len(heads), heads[-1][0]
        report(done, total)
    return done


def _count(conn: sqlite3.Connection, codebook: Codebook, everything: bool) -> int:
    if everything:
        return int(conn.execute("SELECT count(*) FROM interviews").fetchone()[0])
    return stale_count(conn, codebook)


def _stale_heads(
    conn: sqlite3.Connection, codebook: Codebook, everything: bool, after: str
) -> list[Head]:
    # Keyset paging on the primary key: each chunk is one short query, whatever the total.
    stale = "1 = 1" if everything else "(c.interview_id IS NULL OR c.coder != ?)"
    params: list[object] = [after] if everything else [after, stamp(codebook)]
    sql = (
        "SELECT i.interview_id, i.month, i.started_at, i.department FROM interviews i"
        " LEFT JOIN coded_rows c USING (interview_id)"
        f" WHERE i.interview_id > ? AND {stale} ORDER BY i.interview_id LIMIT {CHUNK}"
    )
    return conn.execute(sql, params).fetchall()


def _events(conn: sqlite3.Connection, ids: list[str]) -> dict[str, list[Event]]:
    """The coder's events of each interview, in stored order, one query for the lot."""
    from assistant.core.events import event_from_json

    marks = ",".join("?" * len(ids))
    sql = (
        f"SELECT interview_id, payload_json FROM events WHERE interview_id IN ({marks})"
        f" AND kind IN ({_KINDS_SQL}) ORDER BY interview_id, seq"
    )
    found: dict[str, list[Event]] = {}
    for interview_id, payload in conn.execute(sql, ids):
        found.setdefault(interview_id, []).append(event_from_json(payload))
    return found


def _write(
    conn: sqlite3.Connection, head: Head, events: list[Event], codebook: Codebook, now: str
) -> None:
    row, long = code_stored(head, events, codebook)
    interview_id, month, started_at, department = head
    wide = (
        interview_id,
        month,  # the store's month: always started_at's first 7 characters, as scopes assume
        started_at,
        department,
        row.get("exit_type"),
        stamp(codebook),
        _dumps(row),
        now,
    )
    conn.execute(
        "INSERT INTO coded_rows (interview_id, month, started_at, department, exit_type, coder,"
        " row_json, updated_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(interview_id) DO UPDATE SET"
        " month = excluded.month, started_at = excluded.started_at,"
        " department = excluded.department, exit_type = excluded.exit_type,"
        " coder = excluded.coder, row_json = excluded.row_json, updated_at = excluded.updated_at",
        wide,
    )
    conn.execute(
        "INSERT INTO coded_long (interview_id, rows_json) VALUES (?, ?)"
        " ON CONFLICT(interview_id) DO UPDATE SET rows_json = excluded.rows_json",
        (interview_id, _dumps(long)),
    )


def _dumps(value: Any) -> str:
    # Compact and unescaped: smaller rows, and byte scans see what is really on disk.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _now() -> str:
    return datetime.now(UTC).isoformat()


def default_progress(total: int) -> Progress:
    """A Chinese progress line on stderr for long back-fills; silent for short ones."""
    if total < PROGRESS_FROM:
        return lambda done, total: None
    from assistant.i18n import t

    tty = sys.stderr.isatty()
    step = max(CHUNK, total // 20)

    def report(done: int, total: int) -> None:
        if tty or done % step < CHUNK or done == total:
            end = "\n" if done == total or not tty else ""
            line = t("storage.coded_progress", done=done, total=total, pct=100 * done // total)
            print(("\r" if tty else "") + line, end=end, file=sys.stderr, flush=True)

    return report


def iter_json(rows: Iterable[tuple[str]]) -> Iterable[Any]:
    """Parse the JSON column of each row."""
    loads = json.loads
    for (text,) in rows:
        yield loads(text)
