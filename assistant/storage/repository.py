"""The read side of the store: consent-filtered interviews, ciphertexts and decline counts."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from assistant.core.events import Event, event_from_json
from assistant.storage import coded
from assistant.storage.db import append_ledger, checkpoint, db_file, delete_interview_rows


@dataclass(frozen=True)
class StoredInterview:
    """One kept interview: only consent-filtered events, never plaintext words."""

    interview_id: str
    month: str
    department: str | None
    events: list[Event] = field(default_factory=list)
    level: str = "coded"


@dataclass(frozen=True)
class StoredVerbatim:
    """One encrypted answer (or HR note) of a 保留原话 interview; decrypt with HR's identity."""

    interview_id: str
    seq: int
    answer_seq: int | None
    node_id: str | None
    kind: str
    cipher: bytes


class Repository:
    """Queries over the interview database; `delete_interview` is its only write."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def iter_interviews(
        self,
        start: str | None = None,
        end: str | None = None,
        department: str | None = None,
        *,
        level: str | None = None,
    ) -> Iterator[StoredInterview]:
        """Interviews started within [start, end] (ISO dates or YYYY-MM, inclusive)."""
        sql = "SELECT interview_id, month, department, level FROM interviews WHERE "
        where, params = _where(start, end, department)
        if level is not None:
            where, params = f"{where} AND level = ?", [*params, level]
        rows = self.db.conn.execute(sql + where + " ORDER BY started_at, interview_id", params)
        for interview_id, month, dept, level in rows.fetchall():
            yield StoredInterview(interview_id, month, dept, self.events(interview_id), level)

    def iter_coded_rows(
        self, start: str | None = None, end: str | None = None, department: str | None = None
    ) -> Iterator[dict[str, Any]]:
        """Wide coded rows (keys in `wide_columns` order), streamed by month, interview id.

        Same scope rule as `iter_interviews`. Rows are made at write time from the stored
        events; call `refresh_coded` first if the codebook or coder may have changed.
        """
        sql = "SELECT row_json FROM coded_rows WHERE "
        where, params = _coded_where(start, end, department)
        rows = self.db.conn.execute(sql + where + " ORDER BY month, interview_id", params)
        return iter(coded.iter_json(rows))

    def iter_long_rows(
        self, start: str | None = None, end: str | None = None, department: str | None = None
    ) -> Iterator[dict[str, Any]]:
        """Answer-level rows (`coder.long_rows`), in the order of `iter_coded_rows`."""
        where, params = _coded_where(start, end, department, alias="c.")
        sql = (
            "SELECT l.rows_json FROM coded_rows c JOIN coded_long l USING (interview_id)"
            f" WHERE {where} ORDER BY c.month, c.interview_id"
        )
        for rows in coded.iter_json(self.db.conn.execute(sql, params)):
            yield from rows

    def stale_coded(self, codebook: Any) -> int:
        """How many kept interviews lack an up-to-date coded row for `codebook`."""
        return coded.stale_count(self.db.conn, codebook)

    def refresh_coded(self, codebook: Any, *, everything: bool = False) -> int:
        """Recode stale interviews (or all) in one transaction; returns how many were coded."""
        if not everything and self.stale_coded(codebook) == 0:
            return 0  # the usual case: a read takes no write lock
        with self.db.atomic():
            return coded.backfill(self.db.conn, codebook, everything=everything)

    def events(self, interview_id: str) -> list[Event]:
        """The stored log of one interview, in order."""
        sql = "SELECT payload_json FROM events WHERE interview_id = ? ORDER BY seq"
        rows = self.db.conn.execute(sql, (interview_id,))
        return [event_from_json(payload) for (payload,) in rows]

    def iter_verbatims(
        self, start: str | None = None, end: str | None = None, department: str | None = None
    ) -> Iterator[StoredVerbatim]:
        """Ciphertexts of kept words, in interview and event order."""
        where, params = _where(start, end, department, alias="i.")
        sql = (
            "SELECT v.interview_id, v.seq, v.answer_seq, v.node_id, v.kind, v.cipher"
            " FROM verbatims v JOIN interviews i ON i.interview_id = v.interview_id"
            f" WHERE {where} ORDER BY i.started_at, v.interview_id, v.seq"
        )
        for row in self.db.conn.execute(sql, params).fetchall():
            yield StoredVerbatim(*row[:5], bytes(row[5]))

    def identity_cipher(self, interview_id: str) -> bytes | None:
        """The encrypted identity of an interview, kept apart from its responses."""
        sql = "SELECT cipher FROM identities WHERE interview_id = ?"
        row = self.db.conn.execute(sql, (interview_id,)).fetchone()
        return bytes(row[0]) if row else None

    def count_declines(self, month: str | None = None) -> int:
        """Anonymous count of 不记录 choices in a month (YYYY-MM), or in all months."""
        if month is None:
            row = self.db.conn.execute("SELECT COALESCE(SUM(count), 0) FROM declines")
        else:
            row = self.db.conn.execute("SELECT count FROM declines WHERE month = ?", (month,))
        found = row.fetchone()
        return int(found[0]) if found else 0

    def cases(self) -> list[dict[str, object]]:
        """Compliance cases: category, date and flags; no link to any interview."""
        rows = self.db.conn.execute("SELECT id, category, opened_on, flags_json FROM cases")
        keys = ("id", "category", "opened_on", "flags_json")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def interview_ids(self) -> list[str]:
        """Every kept interview id, oldest first."""
        rows = self.db.conn.execute("SELECT interview_id FROM interviews ORDER BY started_at")
        return [row[0] for row in rows]

    def delete_interview(self, interview_id: str, at: datetime | None = None) -> bool:
        """Delete every row of one interview in one transaction, ledger it, and checkpoint.

        The id goes to the withdrawals table and the ledger file so a restore never brings
        it back. Returns whether the interview existed.
        """
        conn = self.db.conn
        stamp = (at or datetime.now(UTC)).isoformat()
        existed = _exists(conn, interview_id)
        append_ledger(db_file(conn), [interview_id])  # first: a crash after it is re-applied
        with self.db.atomic():
            delete_interview_rows(conn, interview_id, stamp)
        checkpoint(self.db)
        return existed


def _exists(conn: sqlite3.Connection, interview_id: str) -> bool:
    sql = "SELECT 1 FROM interviews WHERE interview_id = ?"
    return conn.execute(sql, (interview_id,)).fetchone() is not None


def _coded_where(
    start: str | None, end: str | None, department: str | None, alias: str = ""
) -> tuple[str, list[object]]:
    """`_where` on coded_rows, plus month bounds implied by it so the month index is used."""
    where, params = _where(start, end, department, alias)
    if start:
        where += f" AND {alias}month >= ?"
        params.append(start[:7])  # started_at >= start implies month >= its first 7 chars
    if end:
        where += f" AND {alias}month <= ?"
        # A year ("2026") bounds months up to "2026-12": any suffix sorts below U+FFFF.
        params.append(end[:7] if len(end) >= 7 else end + "\uffff")
    return where, params


def _where(
    start: str | None, end: str | None, department: str | None, alias: str = ""
) -> tuple[str, list[object]]:
    clauses, params = ["1 = 1"], []
    if start:
        clauses.append(f"{alias}started_at >= ?")
        params.append(start)
    if end:
        # Compare on the prefix so "2024-03" and "2024-03-31" both include that whole span.
        clauses.append(f"substr({alias}started_at, 1, ?) <= ?")
        params += [len(end), end]
    if department is not None:
        clauses.append(f"{alias}department = ?")
        params.append(department)
    return " AND ".join(clauses), params
