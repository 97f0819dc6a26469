"""The codebook: reason, flag and sentiment keys with codes, labels and probes."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.paths import default_codebook_path

Group = Literal["money", "people", "work", "personal"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CodeEntry(_Frozen):
    """One codebook key with its stable numeric code and Chinese label."""

    key: str = Field(pattern=r"^[a-z][a-z_]*$")
    code: int = Field(ge=1)
    label: str
    definition: str = ""
    sensitive: bool = False


class ReasonEntry(CodeEntry):
    """A reason for leaving; `group` feeds the cold-start question, `probe` the follow-up."""

    group: Group
    probe: str


class ColdStartOption(_Frozen):
    """One answer of the cold-start question, standing for a group of reasons."""

    group: Group
    label: str


class ColdStart(_Frozen):
    """The two-way question asked when an answer names no reason."""

    prompt: str
    options: tuple[ColdStartOption, ...]


class Codebook(_Frozen):
    """The whole taxonomy; the single source for labels, probes and value labels."""

    version: str
    reasons: tuple[ReasonEntry, ...]
    flags: tuple[CodeEntry, ...]
    sentiments: tuple[CodeEntry, ...]
    cold_start: ColdStart

    @model_validator(mode="after")
    def _unique(self) -> Codebook:
        for name in ("reasons", "flags", "sentiments"):
            entries = getattr(self, name)
            for attr in ("key", "code"):
                values = [getattr(e, attr) for e in entries]
                if len(values) != len(set(values)):
                    raise ValueError(f"duplicate {attr} in {name}")
        return self

    @property
    def reason_keys(self) -> tuple[str, ...]:
        """Reason keys in codebook order."""
        return tuple(e.key for e in self.reasons)

    @property
    def flag_keys(self) -> tuple[str, ...]:
        """Flag keys in codebook order."""
        return tuple(e.key for e in self.flags)

    @property
    def sentiment_keys(self) -> tuple[str, ...]:
        """Sentiment keys in codebook order."""
        return tuple(e.key for e in self.sentiments)

    @property
    def all_keys(self) -> frozenset[str]:
        """Every reason and flag key."""
        return frozenset(self.reason_keys) | frozenset(self.flag_keys)

    def entry(self, key: str) -> CodeEntry:
        """The reason, flag or sentiment entry for a key."""
        for entry in (*self.reasons, *self.flags, *self.sentiments):
            if entry.key == key:
                return entry
        raise KeyError(key)

    def label(self, key: str) -> str:
        """Chinese label of a key."""
        return self.entry(key).label

    def is_sensitive(self, key: str) -> bool:
        """Whether keeping this code needs separate consent (PIPL Art. 29)."""
        return self.entry(key).sensitive

    def reasons_in_group(self, group: Group) -> tuple[str, ...]:
        """Reason keys belonging to one cold-start group."""
        return tuple(e.key for e in self.reasons if e.group == group)

    def labels_of(self, keys: list[str] | tuple[str, ...]) -> str:
        """Join the labels of keys with the Chinese enumeration comma."""
        return "、".join(self.label(k) for k in keys)


def parse_codebook(data: object) -> Codebook:
    """Validate already-loaded YAML data into a Codebook."""
    return Codebook.model_validate(data)


@cache
def load_codebook(path: Path | None = None) -> Codebook:
    """Load and validate the codebook YAML (the shipped one by default)."""
    from ruamel.yaml import YAML

    source = Path(path) if path else default_codebook_path()
    data = YAML(typ="safe", pure=True).load(source.read_text(encoding="utf-8"))
    return parse_codebook(data)
