"""The coder: one interview's events → one coded row (wide) and answer-level rows (long)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from assistant.coding.codebook import Codebook
from assistant.core.events import (
    Answered,
    Classified,
    Confirmed,
    ConsentRecorded,
    Ended,
    Event,
    ForwardDecided,
    InterviewStarted,
)

# Closed items every shipped bank uses; other `variable`s of a bank are appended after these.
STANDARD_ITEMS: tuple[str, ...] = (
    "sat_pay",
    "sat_manager",
    "sat_workload",
    "sat_career",
    "sat_culture",
    "would_stay",
    "destination",
)
ID_COLUMNS: tuple[str, ...] = (
    "interview_id",
    "month",
    "mode",
    "bank_id",
    "bank_version",
    "codebook_version",
    "model_version",
    "consent_level",
    "department",
    "tenure_band",
    "exit_type",
    "completed",
)


def wide_columns(codebook: Codebook, items: Iterable[str] = STANDARD_ITEMS) -> list[str]:
    """Column order of the wide coded row."""
    reasons = [f"reason_{k}" for k in codebook.reason_keys]
    flags = [f"flag_{k}" for k in codebook.flag_keys]
    tail = ["n_reasons", "primary_reason", *items, "sentiment", *flags, "forwarded"]
    return [*ID_COLUMNS, *reasons, *tail]


def code_interview(
    events: Iterable[Event], codebook: Codebook, items: Iterable[str] = STANDARD_ITEMS
) -> dict[str, Any]:
    """Fold an interview's (consent-filtered) events into one coded row."""
    events = list(events)
    row: dict[str, Any] = dict.fromkeys(wide_columns(codebook, items))
    row.update(_header(events))
    row.update(_reasons(events, codebook))
    row.update(_items(events, items))
    row.update(_flags(events, codebook, row["consent_level"]))
    row["sentiment"] = _sentiment(events, codebook)
    return row


def _header(events: list[Event]) -> dict[str, Any]:
    started = next((e for e in events if isinstance(e, InterviewStarted)), None)
    consent = _last(events, ConsentRecorded)
    models = [e.result.model_version for e in events if isinstance(e, Classified)]
    profile = started.profile if started else {}
    return {
        "interview_id": started.interview_id if started else None,
        "month": started.at.strftime("%Y-%m") if started and started.at else None,
        "mode": started.mode if started else None,
        "bank_id": started.bank_id if started else None,
        "bank_version": started.bank_version if started else None,
        "codebook_version": started.codebook_version if started else None,
        "model_version": models[-1] if models else None,
        "consent_level": consent.level if consent else "none",
        "department": profile.get("department"),
        "tenure_band": profile.get("tenure_band"),
        "exit_type": profile.get("exit_type"),
        "completed": int(any(isinstance(e, Ended) and e.completed for e in events)),
    }


def _last(events: list[Event], kind: type) -> Any:
    found = [e for e in events if isinstance(e, kind)]
    return found[-1] if found else None


def confirmed_by_node(events: Iterable[Event]) -> dict[str, Confirmed]:
    """The latest confirmation per question (a later one replaces an earlier one)."""
    latest: dict[str, Confirmed] = {}
    for event in events:
        if isinstance(event, Confirmed):
            latest[event.node_id] = event
    return latest


def _reasons(events: list[Event], codebook: Codebook) -> dict[str, Any]:
    confirmed = confirmed_by_node(events)
    keys = [k for c in confirmed.values() for k in c.reasons]
    row: dict[str, Any] = {f"reason_{k}": int(k in keys) for k in codebook.reason_keys}
    row["n_reasons"] = len(set(keys))
    primary = _primary_reason(events, confirmed)
    row["primary_reason"] = codebook.entry(primary).code if primary else None
    return row


def _primary_reason(events: list[Event], confirmed: dict[str, Confirmed]) -> str | None:
    """First confirmed reason of the first question answered; that is the broad 'why'.

    Codes HR records after the talk have no answers; then the first confirmation counts.
    """
    answered = [e.node_id for e in events if isinstance(e, Answered)]
    order = list(dict.fromkeys([*answered, *confirmed]))
    for node_id in order:
        if node_id in confirmed and confirmed[node_id].reasons:
            return confirmed[node_id].reasons[0]
    return None


def _items(events: list[Event], items: Iterable[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    wanted = set(items)
    for event in events:
        if isinstance(event, Answered) and event.step == "main" and event.node_id in wanted:
            values[event.node_id] = _scalar(event.value)
    return values


def _scalar(value: Any) -> Any:
    if isinstance(value, tuple):
        return ";".join(str(v) for v in value)
    return value


def _flags(events: list[Event], codebook: Codebook, level: str) -> dict[str, Any]:
    consent = _last(events, ConsentRecorded)
    if consent is None or not consent.sensitive or level == "none":
        return {f"flag_{k}": None for k in codebook.flag_keys} | {"forwarded": None}
    keys = {k for c in confirmed_by_node(events).values() for k in c.flags}
    forwarded = any(isinstance(e, ForwardDecided) and e.forward for e in events)
    return {f"flag_{k}": int(k in keys) for k in codebook.flag_keys} | {"forwarded": int(forwarded)}


def _sentiment(events: list[Event], codebook: Codebook) -> int | None:
    """Most frequent tone over answers; ties lean negative (the cautious reading for HR)."""
    counts = Counter(e.result.sentiment for e in events if isinstance(e, Classified))
    if not counts:
        return None
    order = {"negative": 0, "neutral": 1, "positive": 2}
    best = max(counts, key=lambda k: (counts[k], -order[k]))
    return codebook.entry(best).code


def long_rows(events: Iterable[Event], codebook: Codebook) -> Iterator[dict[str, Any]]:
    """One row per answer and code: what was tagged, with confidence, and what was confirmed."""
    events = list(events)
    header = _header(events)
    confirmed = confirmed_by_node(events)
    answers = {e.seq: e for e in events if isinstance(e, Answered)}
    for event in events:
        if isinstance(event, Classified):
            yield from _tag_rows(event, answers.get(event.seq), confirmed, header, codebook)


def _tag_rows(
    event: Classified,
    answer: Answered | None,
    confirmed: dict[str, Confirmed],
    header: dict[str, Any],
    codebook: Codebook,
) -> Iterator[dict[str, Any]]:
    node_confirmed = confirmed.get(event.node_id)
    accepted = set(node_confirmed.reasons + node_confirmed.flags) if node_confirmed else set()
    base = {
        "interview_id": header["interview_id"],
        "month": header["month"],
        "node_id": event.node_id,
        "seq": event.seq,
        "step": answer.step if answer else None,
    }
    for kind, tags in (("reason", event.result.reasons), ("flag", event.result.flags)):
        for tag in tags:
            entry = codebook.entry(tag.key)
            yield base | {
                "code_type": kind,
                "key": tag.key,
                "code": entry.code,
                "confidence": round(tag.confidence, 3),
                "confirmed": int(tag.key in accepted),
            }
