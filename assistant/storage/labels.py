"""Confirmed labels from the store as training examples (full-consent words, decrypted by HR)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from assistant.coding.coder import confirmed_by_node
from assistant.core.events import Classified, Event
from assistant.storage import crypto
from assistant.storage.repository import Repository


def confirmed_examples(repository: Repository, identity: Any, codebook: Any) -> Iterator[dict]:
    """One CODEBOOK-format item per kept answer whose question the person (or HR) confirmed.

    Only 保留原话 interviews have words to learn from; the labels are the confirmed codes of
    that question, the sentiment is the classifier's (people do not confirm tone).
    """
    events_of: dict[str, list[Event]] = {}
    for verbatim in repository.iter_verbatims():
        if verbatim.kind != "answer" or verbatim.node_id is None:
            continue
        if verbatim.interview_id not in events_of:
            events_of = {verbatim.interview_id: repository.events(verbatim.interview_id)}
        events = events_of[verbatim.interview_id]
        confirmed = confirmed_by_node(events).get(verbatim.node_id)
        if confirmed is None:
            continue
        text = crypto.decrypt_with(identity, verbatim.cipher).decode("utf-8", "replace")
        yield {
            "id": f"{verbatim.interview_id}-{verbatim.answer_seq}",
            "text": text,
            "reasons": [k for k in codebook.reason_keys if k in confirmed.reasons],
            "flags": [k for k in codebook.flag_keys if k in confirmed.flags],
            "sentiment": _sentiment(events, verbatim.answer_seq),
        }


def _sentiment(events: list[Event], answer_seq: int | None) -> str:
    for event in events:
        if isinstance(event, Classified) and event.seq == answer_seq:
            return event.result.sentiment
    return "neutral"
