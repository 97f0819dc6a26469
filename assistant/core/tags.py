"""What a classifier says about one answer: scored reasons, flags and a sentiment."""

from __future__ import annotations

from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

Sentiment = Literal["negative", "neutral", "positive"]


class Tag(BaseModel):
    """One codebook key found in an answer, with confidence and the words behind it."""

    model_config = ConfigDict(frozen=True)

    key: str
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: tuple[str, ...] = ()
    source: Literal["lexicon", "model", "both", "person"] = "lexicon"


class TagResult(BaseModel):
    """The classifier's verdict on one answer."""

    model_config = ConfigDict(frozen=True)

    reasons: tuple[Tag, ...] = ()
    flags: tuple[Tag, ...] = ()
    sentiment: Sentiment = "neutral"
    sentiment_confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    model_version: str = "lexicon"

    @property
    def reason_keys(self) -> tuple[str, ...]:
        """Keys of the tagged reasons, strongest first."""
        return tuple(t.key for t in self.reasons)

    @property
    def flag_keys(self) -> tuple[str, ...]:
        """Keys of the tagged flags."""
        return tuple(t.key for t in self.flags)


class Tagger(Protocol):
    """Anything that tags answer text: the lexicon, the model, or a test fake."""

    def tag(self, text: str) -> TagResult:
        """Classify one answer; never raises on any string."""
        ...
