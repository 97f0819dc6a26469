"""真话墙: redacted quotes from 保留原话 interviews, shown only for groups of 10 or more."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.coding.codebook import Codebook
from assistant.coding.coder import confirmed_by_node
from assistant.export.rows import Scope
from assistant.i18n import t
from assistant.report.model import Report, Section

MIN_GROUP = 10  # distinct interviews a group needs before any of its words are shown
MAX_QUOTES = 30  # per group, so one wall stays readable


@dataclass(frozen=True)
class QuoteGroup:
    """The redacted quotes of one reason, from `interviews` distinct people."""

    key: str
    label: str
    interviews: int
    quotes: list[str]


def full_consent_reasons(db_path: Path, scope: Scope) -> dict[str, dict[str, tuple[str, ...]]]:
    """interview id → question → confirmed codes (reasons and flags), 保留原话 interviews only."""
    from assistant.storage.db import open_db
    from assistant.storage.repository import Repository

    db = open_db(db_path)
    try:
        stored = Repository(db).iter_interviews(
            scope.start, scope.end, scope.department, level="full"
        )
        found: dict[str, dict[str, tuple[str, ...]]] = {}
        for item in stored:
            confirmed = confirmed_by_node(item.events)
            found[item.interview_id] = {n: c.reasons + c.flags for n, c in confirmed.items()}
        return found
    finally:
        db.conn.close()


def group_ciphers(
    verbatims: Iterable[Any], reasons: dict[str, dict[str, tuple[str, ...]]], allowed: set[str]
) -> dict[str, list[tuple[str, bytes]]]:
    """reason → (interview id, ciphertext) of answers to a question where it was confirmed.

    An answer whose question also has a sensitive code (health, any flag) is left out
    entirely: its words would carry the sensitive part onto another reason's wall.
    """
    groups: dict[str, list[tuple[str, bytes]]] = defaultdict(list)
    for verbatim in verbatims:
        if verbatim.kind != "answer" or verbatim.interview_id not in reasons:
            continue  # HR notes are not quotes; other levels never reach the wall
        keys = reasons[verbatim.interview_id].get(verbatim.node_id or "", ())
        if any(key not in allowed for key in keys):
            continue
        for key in keys:
            groups[key].append((verbatim.interview_id, verbatim.cipher))
    return groups


def build_wall(
    groups: dict[str, list[tuple[str, bytes]]],
    codebook: Codebook,
    decrypt: Callable[[bytes], str],
    redact: Callable[[str], str],
) -> list[QuoteGroup]:
    """Decrypt and redact only the groups with at least MIN_GROUP distinct interviews."""
    wall = []
    for key in codebook.reason_keys:
        entries = groups.get(key, [])
        people = len({interview_id for interview_id, _ in entries})
        if people < MIN_GROUP:
            continue
        quotes = _unique(redact(decrypt(cipher)) for _, cipher in entries)
        wall.append(QuoteGroup(key, codebook.label(key), people, quotes[:MAX_QUOTES]))
    return wall


def _unique(texts: Iterable[str]) -> list[str]:
    """Distinct non-empty quotes in an order unrelated to time or person (by content hash)."""
    kept = {text.strip() for text in texts if text and text.strip()}
    return sorted(kept, key=lambda s: hashlib.sha256(s.encode("utf-8", "replace")).hexdigest())


def allowed_reasons(codebook: Codebook) -> set[str]:
    """Reasons whose words may go on a wall: never sensitive ones (health), whatever the count."""
    return {key for key in codebook.reason_keys if not codebook.is_sensitive(key)}


def wall_report(wall: list[QuoteGroup], period_label: str) -> Report:
    """The wall as report content for the shared renderers."""
    notes = [t("report.quotes.note", k=MIN_GROUP)]
    if not wall:
        notes.append(t("report.quotes.none", k=MIN_GROUP))
    sections = [
        Section(
            t("report.quotes.group", label=g.label, n=g.interviews),
            paragraphs=[f"“{q}”" for q in g.quotes],
        )
        for g in wall
    ]
    return Report(t("report.quotes.title", period=period_label), notes, sections)
