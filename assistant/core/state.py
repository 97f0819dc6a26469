"""Interview state: an immutable value folded from the event log, like Rasa's tracker."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import reduce
from typing import Any, Literal

from assistant.coding.codebook import Codebook
from assistant.core.bank import Bank
from assistant.core.events import (
    LEVEL_ORDER,
    Answered,
    Asked,
    Classified,
    Confirmed,
    ConsentRecorded,
    Ended,
    Event,
    ForwardDecided,
    InterviewStarted,
    Jumped,
    LevelLowered,
    Skipped,
    WentBack,
    Withdrawn,
)

Phase = Literal["new", "consent", "asking", "tagging", "ended", "withdrawn"]


@dataclass(frozen=True, slots=True)
class NodeProgress:
    """What happened at one open question: its tags, probes and confirmation."""

    reasons: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    probed: tuple[str, ...] = ()
    cold_group: str | None = None
    confirmed: bool = False


@dataclass(frozen=True, slots=True)
class State:
    """Everything the engine needs to decide the next move."""

    bank: Bank
    codebook: Codebook
    phase: Phase = "new"
    interview_id: str | None = None
    profile: dict[str, str] = field(default_factory=dict)
    consent: ConsentRecorded | None = None
    current: Asked | None = None
    seq: int = 0
    pending_seq: int | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    progress: dict[str, NodeProgress] = field(default_factory=dict)
    confirmed: dict[str, Confirmed] = field(default_factory=dict)
    tags_seen: frozenset[str] = frozenset()
    history: tuple[str, ...] = ()
    lowered: dict[int, str] = field(default_factory=dict)
    forwarded: dict[str, bool] = field(default_factory=dict)

    # -- Facts protocol for branch conditions -------------------------------------------
    def answer_value(self, node_id: str) -> Any:
        """The recorded answer at a node (code, codes or text), None when absent."""
        return self.answers.get(node_id)

    def has_tag(self, key: str) -> bool:
        """Whether the classifier tagged this key anywhere so far."""
        return key in self.tags_seen

    def has_confirmed(self, key: str) -> bool:
        """Whether the person confirmed this code anywhere."""
        return any(key in c.reasons or key in c.flags for c in self.confirmed.values())

    def profile_value(self, field_name: str) -> Any:
        """A field of the employee profile."""
        return self.profile.get(field_name)

    # -- Convenience ---------------------------------------------------------------------
    @property
    def finished(self) -> bool:
        """Whether the interview takes no more answers."""
        return self.phase in ("ended", "withdrawn")

    @property
    def level(self) -> str:
        """The interview's consent level ('none' before consent)."""
        return self.consent.level if self.consent else "none"

    def node_progress(self, node_id: str) -> NodeProgress:
        """Progress at one node (empty when untouched)."""
        return self.progress.get(node_id, NodeProgress())

    def answer_level(self, seq: int) -> str:
        """Consent level that applies to answer `seq` (never above the interview's)."""
        lowered = self.lowered.get(seq, self.level)
        return min(lowered, self.level, key=LEVEL_ORDER.__getitem__)


def initial_state(bank: Bank, codebook: Codebook) -> State:
    """The state before any event."""
    return State(bank=bank, codebook=codebook)


def fold(state: State, events: Iterable[Event]) -> State:
    """Apply events in order."""
    return reduce(apply, events, state)


def apply(state: State, event: Event) -> State:
    """Apply one event; unknown or transient events leave the state as it is."""
    handler = _APPLIERS.get(type(event))
    return handler(state, event) if handler else state


def _started(state: State, event: InterviewStarted) -> State:
    return replace(state, phase="asking", interview_id=event.interview_id, profile=event.profile)


def _consent(state: State, event: ConsentRecorded) -> State:
    return replace(
        state, consent=event, phase="asking" if state.phase == "consent" else state.phase
    )


def _asked(state: State, event: Asked) -> State:
    phase: Phase = "consent" if event.step == "consent" else "asking"
    history = state.history
    if event.step == "main" and (not history or history[-1] != event.node_id):
        history = (*history, event.node_id)
    progress = dict(state.progress)
    if event.step == "probe" and event.reason:
        old = state.node_progress(event.node_id)
        progress[event.node_id] = replace(old, probed=(*old.probed, event.reason))
    return replace(state, current=event, phase=phase, history=history, progress=progress)


def _answered(state: State, event: Answered) -> State:
    answers = dict(state.answers)
    progress = dict(state.progress)
    if event.step == "main":
        answers[event.node_id] = event.value if event.value is not None else event.text
    if event.step == "cold_start":
        group = _cold_group(state, event.value)
        progress[event.node_id] = replace(state.node_progress(event.node_id), cold_group=group)
    tagging = event.text is not None and event.step in ("main", "probe")
    return replace(
        state,
        seq=max(state.seq, event.seq),
        answers=answers,
        progress=progress,
        pending_seq=event.seq if tagging else None,
        phase="tagging" if tagging else state.phase,
    )


def _cold_group(state: State, value: Any) -> str | None:
    options = state.codebook.cold_start.options
    if isinstance(value, int) and 1 <= value <= len(options):
        return options[value - 1].group
    return None


def _classified(state: State, event: Classified) -> State:
    old = state.node_progress(event.node_id)
    reasons = _merge(old.reasons, event.result.reason_keys)
    flags = _merge(old.flags, event.result.flag_keys)
    progress = {**state.progress, event.node_id: replace(old, reasons=reasons, flags=flags)}
    seen = state.tags_seen | set(event.result.reason_keys) | set(event.result.flag_keys)
    pending = None if event.seq == state.pending_seq else state.pending_seq
    return replace(
        state, progress=progress, tags_seen=frozenset(seen), pending_seq=pending, phase="asking"
    )


def _merge(old: tuple[str, ...], new: Iterable[str]) -> tuple[str, ...]:
    return old + tuple(k for k in new if k not in old)


def _confirmed(state: State, event: Confirmed) -> State:
    old = state.node_progress(event.node_id)
    progress = {**state.progress, event.node_id: replace(old, confirmed=True)}
    return replace(state, confirmed={**state.confirmed, event.node_id: event}, progress=progress)


def _skipped(state: State, event: Skipped) -> State:
    return replace(state, pending_seq=None, phase="asking")


def _forward(state: State, event: ForwardDecided) -> State:
    return replace(state, forwarded={**state.forwarded, event.node_id: event.forward})


def _lowered(state: State, event: LevelLowered) -> State:
    return replace(state, lowered={**state.lowered, event.seq: event.level})


def _back(state: State, event: WentBack) -> State:
    history = state.history[:-1] if state.history else ()
    return _forget_node(replace(state, history=history), event.node_id)


def _jumped(state: State, event: Jumped) -> State:
    return _forget_node(state, event.node_id)


def _forget_node(state: State, node_id: str) -> State:
    """Returning to a question clears what was recorded there; it will be answered again."""
    answers = {k: v for k, v in state.answers.items() if k != node_id}
    progress = {k: v for k, v in state.progress.items() if k != node_id}
    confirmed = {k: v for k, v in state.confirmed.items() if k != node_id}
    return replace(state, answers=answers, progress=progress, confirmed=confirmed, pending_seq=None)


def _withdrawn(state: State, event: Withdrawn) -> State:
    return replace(state, phase="withdrawn", current=None, pending_seq=None)


def _ended(state: State, event: Ended) -> State:
    return replace(state, phase="ended", pending_seq=None)


_APPLIERS: dict[type, Any] = {
    InterviewStarted: _started,
    ConsentRecorded: _consent,
    Asked: _asked,
    Answered: _answered,
    Classified: _classified,
    Confirmed: _confirmed,
    Skipped: _skipped,
    ForwardDecided: _forward,
    LevelLowered: _lowered,
    WentBack: _back,
    Jumped: _jumped,
    Withdrawn: _withdrawn,
    Ended: _ended,
}
