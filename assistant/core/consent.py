"""The consent boundary: which events (and which parts of them) may be kept. Pure, no I/O.

Rule, applied by the recorder to every event before anything is written:

- Before consent is given (``state.consent is None``) nothing may be kept: the recorder only
  holds events in memory. At level ``none`` (不记录) nothing about the person is kept; the
  recorder adds one anonymous decline to the month's count, nothing else.
- ``coded`` (只保留分类): ``Answered.text`` becomes None, ``NoteAdded`` is dropped.
- ``full`` (保留原话): ``Answered.text`` and ``NoteAdded.text`` are kept here so the recorder
  can encrypt them to HR's public key; the plaintext never reaches the events table.
- Classifier evidence (``Tag.evidence``, substrings of the answer) is stripped at every level:
  it is employee words, and at ``full`` it can be recovered from the encrypted verbatim.
- ``LevelLowered`` applies per answer (``state.answer_level(seq)``): at ``coded`` the answer
  loses its words, at ``none`` the answer and its classifier tags are dropped. Codes the person
  confirms for the question afterwards are a separate act and are kept.
- Without separate consent for sensitive data (PIPL Art. 29, ``ConsentRecorded.sensitive``),
  sensitive codes (the codebook's ``sensitive`` keys such as health, and every flag) are
  removed from ``Classified``, ``Confirmed``, confirm prompts and probe reasons; probes about a
  sensitive reason and the words answering them are dropped, and ``ForwardDecided`` is dropped.
  The recorder also deletes the verbatim of an answer once it is tagged sensitive.
- ``Rejected`` (transient UI feedback) is never kept.
- A compliance case is opened only for ``ForwardDecided(forward=True)`` — the person's explicit
  consent to forward — see ``cases_to_open``; it is kept apart from the interview.
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.core.events import (
    Answered,
    Asked,
    Classified,
    Confirmed,
    Event,
    ForwardDecided,
    NoteAdded,
    Rejected,
)
from assistant.core.state import State
from assistant.core.tags import Tag, TagResult


def filter_events(state: State, events: Iterable[Event]) -> list[Event]:
    """The events (possibly trimmed) that may be kept, given the consent in `state`."""
    if state.consent is None or state.level == "none":
        return []
    kept = (_filter_one(state, event) for event in events)
    return [event for event in kept if event is not None]


def is_sensitive_key(state: State, key: str) -> bool:
    """Whether keeping `key` needs separate consent: codebook-sensitive keys and every flag."""
    codebook = state.codebook
    if key in codebook.flag_keys:
        return True
    try:
        return codebook.is_sensitive(key)
    except KeyError:
        return True  # an unknown key is treated with the caution of a sensitive one


def sensitive_allowed(state: State) -> bool:
    """Whether the person gave the separate consent for sensitive data."""
    return bool(state.consent and state.consent.sensitive)


def sensitive_answer_seqs(state: State, events: Iterable[Event]) -> list[int]:
    """Answers whose words must go because they were tagged sensitive without consent."""
    if sensitive_allowed(state):
        return []
    return [
        e.seq
        for e in events
        if isinstance(e, Classified)
        and any(is_sensitive_key(state, k) for k in (*e.result.reason_keys, *e.result.flag_keys))
    ]


def cases_to_open(state: State, events: Iterable[Event]) -> list[ForwardDecided]:
    """Explicit decisions to forward an allegation to the compliance channel."""
    if state.consent is None:
        return []
    return [e for e in events if isinstance(e, ForwardDecided) and e.forward and e.flags]


def _filter_one(state: State, event: Event) -> Event | None:
    handler = _FILTERS.get(type(event))
    return handler(state, event) if handler else event


def _answered(state: State, event: Answered) -> Event | None:
    level = state.answer_level(event.seq)
    if level == "none":
        return None
    update: dict[str, object] = {}
    if level != "full":
        update["text"] = None
    if event.reason and not _allowed(state, event.reason):
        update.update(reason=None, text=None)  # words answering a sensitive probe
    return event.model_copy(update=update) if update else event


def _note(state: State, event: NoteAdded) -> Event | None:
    return event if state.level == "full" else None


def _classified(state: State, event: Classified) -> Event | None:
    if state.answer_level(event.seq) == "none":
        return None
    result = event.result
    trimmed = TagResult(
        reasons=_tags(state, result.reasons),
        flags=_tags(state, result.flags),
        sentiment=result.sentiment,
        sentiment_confidence=result.sentiment_confidence,
        model_version=result.model_version,
    )
    return event.model_copy(update={"result": trimmed})


def _tags(state: State, tags: tuple[Tag, ...]) -> tuple[Tag, ...]:
    return tuple(t.model_copy(update={"evidence": ()}) for t in tags if _allowed(state, t.key))


def _confirmed(state: State, event: Confirmed) -> Event | None:
    reasons = tuple(k for k in event.reasons if _allowed(state, k))
    flags = tuple(k for k in event.flags if _allowed(state, k))
    return event.model_copy(update={"reasons": reasons, "flags": flags})


def _forward(state: State, event: ForwardDecided) -> Event | None:
    return event if sensitive_allowed(state) else None


def _asked(state: State, event: Asked) -> Event | None:
    if sensitive_allowed(state):
        return event
    if event.step == "forward" or (event.step == "probe" and not _allowed(state, event.reason)):
        return None
    if event.step not in ("confirm", "cold_start_detail"):
        return event
    options = tuple(o for o in event.options if _allowed(state, str(o.code)))
    if len(options) == len(event.options):
        return event
    # The prompt text names the labels, sensitive ones included: keep no text at all.
    return event.model_copy(update={"options": options, "text": ""})


def _allowed(state: State, key: str | None) -> bool:
    return key is None or sensitive_allowed(state) or not is_sensitive_key(state, key)


def _rejected(state: State, event: Rejected) -> Event | None:
    return None


_FILTERS = {
    Answered: _answered,
    NoteAdded: _note,
    Classified: _classified,
    Confirmed: _confirmed,
    ForwardDecided: _forward,
    Asked: _asked,
    Rejected: _rejected,
}
