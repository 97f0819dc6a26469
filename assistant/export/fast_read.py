"""The bulk read path: the coder's event kinds only, many interviews per query, many processes.

`Repository.iter_interviews` parses every stored event of one interview per query; at
100,000 interviews that is ~4 million pydantic parses, most of them prompts (`asked`,
`said`, `skipped`) the coder never looks at. This path reads the same consent-filtered
`events` table (the consent boundary is at write time: nothing else is in it) with the same
scope rule as the repository, keeps only the kinds the coder folds, and codes chunks of
interviews in worker processes. A test checks it yields exactly what the repository path does.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from assistant.coding.codebook import Codebook
from assistant.core.events import event_from_json
from assistant.export.rows import Scope, Stored, coded_long_rows, coded_rows

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
CHUNK = 2_000  # interviews per task
# Nothing here imports sqlite_utils (it pulls in pandas): a worker starts in ~30 MB, not ~115 MB.
PARALLEL_FROM = 4 * CHUNK  # below this, one process is faster than starting workers

Head = tuple[str, str, str | None]  # interview_id, month, department


def scope_where(scope: Scope) -> tuple[str, list[object]]:
    """The repository's scope rule: started_at within [start, end] (prefix compare), department."""
    clauses, params = ["1 = 1"], []
    if scope.start:
        clauses.append("started_at >= ?")
        params.append(scope.start)
    if scope.end:
        clauses.append("substr(started_at, 1, ?) <= ?")
        params += [len(scope.end), scope.end]
    if scope.department is not None:
        clauses.append("department = ?")
        params.append(scope.department)
    return " AND ".join(clauses), params


def connect(db_path: Path) -> sqlite3.Connection:
    """A read-only connection: exports never write interview data."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def heads(conn: sqlite3.Connection, scope: Scope) -> list[Head]:
    """Ids, months and departments in scope, in the repository's order (about 50 B each)."""
    where, params = scope_where(scope)
    sql = f"SELECT interview_id, month, department FROM interviews WHERE {where}"
    return conn.execute(sql + " ORDER BY started_at, interview_id", params).fetchall()


def read_chunk(conn: sqlite3.Connection, chunk: list[Head]) -> Iterator[Stored]:
    """The coder's events of each interview in `chunk`, one query for the lot."""
    marks = ",".join("?" * len(chunk))
    kinds = ",".join("?" * len(CODER_KINDS))
    sql = (
        f"SELECT interview_id, payload_json FROM events WHERE interview_id IN ({marks})"
        f" AND kind IN ({kinds}) ORDER BY interview_id, seq"
    )
    found: dict[str, list[Any]] = {head[0]: [] for head in chunk}
    for interview_id, payload in conn.execute(sql, [h[0] for h in chunk] + list(CODER_KINDS)):
        found[interview_id].append(event_from_json(payload))
    for interview_id, month, department in chunk:
        yield Stored(interview_id, month, department, found[interview_id])


_WORKER: dict[str, Any] = {}


def _code_chunk(db_path: Path, codebook: Codebook, shape: str, chunk: list[Head]) -> list[dict]:
    conn = _WORKER.get(str(db_path))
    if conn is None:
        conn = _WORKER[str(db_path)] = connect(db_path)
    coder = coded_long_rows if shape == "long" else coded_rows
    return list(coder(read_chunk(conn, chunk), codebook))


def stream_rows(
    db_path: Path,
    scope: Scope,
    codebook: Codebook,
    *,
    shape: str = "wide",
    workers: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Coded rows (wide or long) in repository order, coded in parallel for large scopes."""
    conn = connect(db_path)
    try:
        found = heads(conn, scope)
        chunks = [found[i : i + CHUNK] for i in range(0, len(found), CHUNK)]
        count = workers if workers is not None else _default_workers(len(found))
        if count <= 1:
            coder = coded_long_rows if shape == "long" else coded_rows
            for chunk in chunks:
                yield from coder(read_chunk(conn, chunk), codebook)
            return
    finally:
        conn.close()
    task = partial(_code_chunk, db_path, codebook, shape)
    with ProcessPoolExecutor(count, mp_context=get_context("spawn")) as pool:
        # Results come back in order; at most `2 * count` chunks are in flight at once.
        for rows in _bounded_map(pool, task, chunks, count * 2):
            yield from rows


def _default_workers(total: int) -> int:
    if total < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, 8, total // CHUNK))


def _bounded_map(pool: ProcessPoolExecutor, task: Any, chunks: list, window: int) -> Iterator:
    pending = [pool.submit(task, chunk) for chunk in chunks[:window]]
    for index in range(len(chunks)):
        rows = pending[index].result()
        pending[index] = None  # type: ignore[call-overload]
        if index + window < len(chunks):
            pending.append(pool.submit(task, chunks[index + window]))
        yield rows
