"""What a host (kiosk, HR console, rehearsal, tests) can tell the engine."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from assistant.core.events import AnswerValue, ConsentLevel, Mode
from assistant.core.tags import TagResult


@dataclass(frozen=True, slots=True)
class Start:
    """Begin an interview."""

    interview_id: str
    mode: Mode = "kiosk"
    profile: dict[str, str] = field(default_factory=dict)
    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class GiveConsent:
    """Answer the consent node (or change consent later)."""

    level: ConsentLevel
    sensitive: bool = False
    consent_version: str = "1"
    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Answer:
    """Free text for open questions; a code (or codes) for choices, scales and confirm steps."""

    text: str | None = None
    value: AnswerValue = None
    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Tags:
    """The classifier's result for answer number `seq`."""

    seq: int
    result: TagResult
    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Confirm:
    """The codes the person (or HR) accepts at a confirm step, or sets at any time."""

    reasons: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    by: str = "person"
    node_id: str | None = None
    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Skip:
    """Leave the current question unanswered."""

    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Back:
    """Return to the previous question."""

    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Jump:
    """HR moves to another asking node."""

    node_id: str
    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class LowerLevel:
    """Keep answer `seq` at a lower consent level than the interview's."""

    seq: int
    level: ConsentLevel
    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Note:
    """A private HR note."""

    text: str
    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Withdraw:
    """Withdraw consent: delete everything of this interview."""

    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class EndEarly:
    """Stop the interview now."""

    at: datetime | None = None


Input = (
    Start
    | GiveConsent
    | Answer
    | Tags
    | Confirm
    | Skip
    | Back
    | Jump
    | LowerLevel
    | Note
    | Withdraw
    | EndEarly
)
