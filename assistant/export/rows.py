"""Streaming coded rows: the store's materialised rows (or the coder over stored events)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Protocol

from assistant.coding.codebook import Codebook
from assistant.coding.coder import code_interview, long_rows
from assistant.core.events import Event

BATCH = 2_000  # rows per batch: big enough for columnar writers, small enough for memory
LONG_COLUMNS: tuple[str, ...] = (
    "interview_id",
    "month",
    "node_id",
    "seq",
    "step",
    "code_type",
    "key",
    "code",
    "confidence",
    "confirmed",
)


class StoredLike(Protocol):
    """What the store yields per interview (`storage.repository.StoredInterview`)."""

    interview_id: str
    month: str
    department: str | None
    events: list[Event]


@dataclass(frozen=True)
class Scope:
    """Which interviews: months `start`..`end` inclusive (YYYY-MM) and one department or all."""

    start: str | None = None
    end: str | None = None
    department: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        """For the audit log: the filter, never any answer."""
        return {"from": self.start, "to": self.end, "department": self.department}


def stream_rows(
    db_path: Path, scope: Scope, codebook: Codebook, *, shape: str = "wide"
) -> Iterator[dict[str, Any]]:
    """Coded rows (wide or long) from the store's materialised tables, one at a time.

    Rows made by another codebook or coder revision (or missing: a database filled before
    coded rows existed) are recoded first, so what is read always equals the coder's output.
    """
    from assistant.storage.db import open_db
    from assistant.storage.repository import Repository

    db = open_db(db_path)
    try:
        repository = Repository(db)
        repository.refresh_coded(codebook)
        read = repository.iter_long_rows if shape == "long" else repository.iter_coded_rows
        yield from read(scope.start, scope.end, scope.department)
    finally:
        db.conn.close()


def stored_interviews(db: Any, scope: Scope) -> Iterator[StoredLike]:
    """Consent-filtered interviews from the store, through `Repository.iter_interviews`."""
    from assistant.storage.repository import Repository

    return Repository(db).iter_interviews(scope.start, scope.end, scope.department)


def coded_rows(interviews: Iterable[StoredLike], codebook: Codebook) -> Iterator[dict[str, Any]]:
    """One wide coded row per interview; the store's month/department fill any gap."""
    for item in interviews:
        row = code_interview(item.events, codebook)
        row["interview_id"] = row["interview_id"] or item.interview_id
        row["month"] = row["month"] or item.month
        row["department"] = row["department"] or item.department
        yield row


def coded_long_rows(
    interviews: Iterable[StoredLike], codebook: Codebook
) -> Iterator[dict[str, Any]]:
    """One row per answer and code (what was tagged and what was confirmed)."""
    for item in interviews:
        for row in long_rows(item.events, codebook):
            row["month"] = row["month"] or item.month
            yield row


def batched(rows: Iterable[dict[str, Any]], size: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    """Consecutive lists of at most `size` rows."""
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch
