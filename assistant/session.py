"""InterviewSession: the host object a UI drives — engine state, event log and the recorder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from assistant.coding.codebook import Codebook
from assistant.core.bank import Bank
from assistant.core.engine import step
from assistant.core.events import Answered, Asked, Event
from assistant.core.ids import new_interview_id
from assistant.core.inputs import Input, Start
from assistant.core.state import State, initial_state


class Recorder(Protocol):
    """The store's write boundary (see assistant/storage/recorder.py)."""

    def record(self, state: State, events: list[Event]) -> None:
        """Persist what consent allows; never raises."""
        ...


class InterviewSession:
    """One interview in memory; everything that reaches disk goes through the recorder."""

    def __init__(
        self,
        bank: Bank,
        codebook: Codebook,
        *,
        recorder: Recorder | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.bank = bank
        self.codebook = codebook
        self.recorder = recorder
        self.clock = clock
        self.state: State = initial_state(bank, codebook)
        self.events: list[Event] = []

    def start(self, mode: str = "kiosk", profile: dict[str, str] | None = None) -> list[Event]:
        """Begin a new interview with a fresh pseudonymous id."""
        return self.send(Start(new_interview_id(), mode=mode, profile=profile or {}))  # type: ignore[arg-type]

    def send(self, command: Input) -> list[Event]:
        """Apply one input, log its events and hand them to the recorder."""
        if getattr(command, "at", None) is None:
            command = _stamped(command, self.clock())
        self.state, new = step(self.state, command)
        self.events += new
        if self.recorder is not None and new:
            self.recorder.record(self.state, new)
        return new

    @property
    def prompt(self) -> Asked | None:
        """What the person is being asked now."""
        return self.state.current

    def pending_answer(self) -> tuple[int, str] | None:
        """(seq, text) of the answer waiting for classification, if any."""
        seq = self.state.pending_seq
        if self.state.phase != "tagging" or seq is None:
            return None
        for event in reversed(self.events):
            if isinstance(event, Answered) and event.seq == seq:
                return seq, event.text or ""
        return None

    def forget(self) -> None:
        """Drop everything held in memory (idle wipe, next person)."""
        self.state = initial_state(self.bank, self.codebook)
        self.events = []


def _stamped(command: Input, at: datetime) -> Input:
    from dataclasses import replace

    return replace(command, at=at)
