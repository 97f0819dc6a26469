"""Interview events: the log every state, store, export and transcript is folded from."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from assistant.core.tags import TagResult

ConsentLevel = Literal["full", "coded", "none"]
Mode = Literal["kiosk", "interviewer", "rehearsal"]
Step = Literal["main", "probe", "cold_start", "cold_start_detail", "confirm", "forward", "consent"]
AnswerValue = int | tuple[int, ...] | None

LEVEL_ORDER: dict[str, int] = {"none": 0, "coded": 1, "full": 2}


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    at: datetime | None = None


class InterviewStarted(_Event):
    """A new interview on a given bank; `profile` comes from the roster, never typed names."""

    kind: Literal["started"] = "started"
    interview_id: str
    bank_id: str
    bank_version: str
    codebook_version: str
    mode: Mode = "kiosk"
    profile: dict[str, str] = Field(default_factory=dict)


class ConsentRecorded(_Event):
    """What the person agreed may be kept; recorded again whenever they change it."""

    kind: Literal["consent"] = "consent"
    level: ConsentLevel
    sensitive: bool = False  # PIPL Art. 29: health reasons and allegations may be kept
    consent_version: str = "1"


class PromptOption(BaseModel):
    """One selectable answer of the current prompt."""

    model_config = ConfigDict(frozen=True)

    code: int | str
    label: str
    selected: bool = False


class Asked(_Event):
    """The assistant asks something; text and options come from the bank or codebook."""

    kind: Literal["asked"] = "asked"
    node_id: str
    step: Step = "main"
    reason: str | None = None
    text: str
    options: tuple[PromptOption, ...] = ()
    multi: bool = False


class Said(_Event):
    """The assistant makes a statement that needs no answer."""

    kind: Literal["said"] = "said"
    node_id: str
    text: str


class Answered(_Event):
    """The person's answer; `text` is employee words (sensitive), `value` a code or codes."""

    kind: Literal["answered"] = "answered"
    node_id: str
    seq: int
    step: Step = "main"
    reason: str | None = None
    text: str | None = None
    value: AnswerValue = None
    capped: bool = False


class Skipped(_Event):
    """The person chose not to answer; never pressed."""

    kind: Literal["skipped"] = "skipped"
    node_id: str
    step: Step = "main"


class Classified(_Event):
    """Classifier tags for one answer, posted back by the host."""

    kind: Literal["classified"] = "classified"
    node_id: str
    seq: int
    result: TagResult


class Confirmed(_Event):
    """Codes the person (or HR) confirmed for a question; these are what gets exported."""

    kind: Literal["confirmed"] = "confirmed"
    node_id: str
    reasons: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    by: Literal["person", "interviewer"] = "person"


class ForwardDecided(_Event):
    """Explicit decision about sending an allegation to the compliance channel."""

    kind: Literal["forward"] = "forward"
    node_id: str
    flags: tuple[str, ...]
    forward: bool


class LevelLowered(_Event):
    """The person lowered the consent level for one answer."""

    kind: Literal["lowered"] = "lowered"
    seq: int
    level: ConsentLevel


class WentBack(_Event):
    """Return to the previous question."""

    kind: Literal["back"] = "back"
    node_id: str


class Jumped(_Event):
    """HR moved the interview to another question."""

    kind: Literal["jumped"] = "jumped"
    node_id: str


class NoteAdded(_Event):
    """A private HR note (consent-bound like answer text)."""

    kind: Literal["note"] = "note"
    node_id: str | None = None
    text: str


class Withdrawn(_Event):
    """The person withdrew: everything of this interview must be deleted."""

    kind: Literal["withdrawn"] = "withdrawn"


class Ended(_Event):
    """The interview is over, at the end node or early."""

    kind: Literal["ended"] = "ended"
    completed: bool = True
    node_id: str | None = None


class Rejected(_Event):
    """An input the engine could not take; shown to the person, never stored."""

    kind: Literal["rejected"] = "rejected"
    reason: str
    message: str


Event = Annotated[
    InterviewStarted
    | ConsentRecorded
    | Asked
    | Said
    | Answered
    | Skipped
    | Classified
    | Confirmed
    | ForwardDecided
    | LevelLowered
    | WentBack
    | Jumped
    | NoteAdded
    | Withdrawn
    | Ended
    | Rejected,
    Field(discriminator="kind"),
]

EVENT_ADAPTER: TypeAdapter[Event] = TypeAdapter(Event)


def event_from_json(data: str | bytes) -> Event:
    """Parse one stored event."""
    return EVENT_ADAPTER.validate_json(data)


def event_to_json(event: Event) -> str:
    """Serialise one event (UTF-8 JSON, no ASCII escaping needed)."""
    return event.model_dump_json()
