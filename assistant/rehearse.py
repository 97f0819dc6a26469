"""Headless rehearsal: play a scripted answer list through the real engine and tagger."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from assistant.coding.codebook import Codebook
from assistant.core.bank import Bank
from assistant.core.engine import step
from assistant.core.events import Asked, Event
from assistant.core.inputs import Answer, Confirm, GiveConsent, Input, Skip, Start, Tags
from assistant.core.state import State, initial_state
from assistant.core.tags import Tagger

EventSink = Callable[[State, list[Event]], None]


@dataclass
class ScriptItem:
    """One scripted answer: text, option value(s), a skip, or confirm/forward overrides."""

    text: str | None = None
    value: int | tuple[int, ...] | None = None
    skip: bool = False
    confirm: tuple[str, ...] | None = None
    forward: bool = False

    @classmethod
    def parse(cls, raw: Any) -> ScriptItem:
        """Read one list item of an answers file; raise ValueError when it makes no sense."""
        if raw is None:
            return cls(skip=True)
        if isinstance(raw, bool):
            raise ValueError("布尔值不是有效的回答")
        if isinstance(raw, str):
            return cls(text=raw)
        if isinstance(raw, int):
            return cls(value=raw)
        if isinstance(raw, list) and all(isinstance(v, int) for v in raw):
            return cls(value=tuple(raw))
        if isinstance(raw, dict):
            return cls._from_mapping(raw)
        raise ValueError(f"无法识别的回答：{type(raw).__name__}")

    @classmethod
    def _from_mapping(cls, raw: dict[str, Any]) -> ScriptItem:
        unknown = set(raw) - {"text", "value", "skip", "confirm", "forward"}
        if unknown:
            raise ValueError(f"未知的字段：{'、'.join(sorted(unknown))}")
        base = cls.parse(raw["value"]) if "value" in raw else cls(text=raw.get("text"))
        confirm = raw.get("confirm")
        base.skip = bool(raw.get("skip", False))
        base.confirm = None if confirm in (None, True) else tuple(confirm or ())
        base.forward = bool(raw.get("forward", False))
        return base


@dataclass
class Rehearsal:
    """The outcome: every event, in order, and the final state."""

    state: State
    events: list[Event] = field(default_factory=list)


@dataclass
class _Player:
    tagger: Tagger
    sink: EventSink | None
    clock: Callable[[], datetime]
    state: State
    events: list[Event] = field(default_factory=list)
    consent: str = "full"
    sensitive: bool = True
    override: tuple[str, ...] | None = None
    forward: bool = False

    def send(self, command: Input) -> None:
        self.state, new = step(self.state, command)
        self.events += new
        if self.sink and new:
            self.sink(self.state, new)
        if self.state.phase == "tagging" and self.state.pending_seq is not None:
            self._tag_pending(new)

    def _tag_pending(self, new: list[Event]) -> None:
        text = next((e.text for e in reversed(new) if e.kind == "answered"), None) or ""
        result = self.tagger.tag(text)
        self.send(Tags(seq=self.state.pending_seq or 0, result=result, at=self.clock()))


def rehearse(
    bank: Bank,
    codebook: Codebook,
    script: Sequence[ScriptItem],
    tagger: Tagger,
    *,
    interview_id: str,
    consent: str = "full",
    sensitive: bool = True,
    profile: dict[str, str] | None = None,
    sink: EventSink | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Rehearsal:
    """Play `script` through the engine as a kiosk would, answering prompts in order."""
    player = _Player(
        tagger, sink, clock, initial_state(bank, codebook), consent=consent, sensitive=sensitive
    )
    player.send(Start(interview_id, mode="rehearsal", profile=profile or {}, at=clock()))
    items = iter(script)
    while not player.state.finished and player.state.current is not None:
        player.send(_next_command(player, player.state.current, items))
    return Rehearsal(player.state, player.events)


def _next_command(player: _Player, asked: Asked, items: Iterator[ScriptItem]) -> Input:
    at = player.clock()
    if asked.step == "consent":
        return GiveConsent(level=player.consent, sensitive=player.sensitive, at=at)
    if asked.step == "confirm":
        return _confirm_command(player, asked, at)
    if asked.step == "forward":
        return Answer(value=1 if player.forward else 2, at=at)
    item = next(items, None)
    if item is None or item.skip:
        return Skip(at=at)
    player.override, player.forward = item.confirm, item.forward or player.forward
    return Answer(text=item.text, value=item.value, at=at)


def _confirm_command(player: _Player, asked: Asked, at: datetime) -> Input:
    if player.override is None:
        keys = tuple(str(o.code) for o in asked.options if o.selected)
    else:
        keys = player.override
    codebook = player.state.codebook
    reasons = tuple(k for k in keys if k in codebook.reason_keys)
    flags = tuple(k for k in keys if k in codebook.flag_keys)
    player.override = None
    return Confirm(reasons=reasons, flags=flags, at=at)
