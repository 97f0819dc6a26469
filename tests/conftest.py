"""Fixtures shared by every test tier: codebook, shipped banks, a deterministic fake tagger."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import ClassVar

import pytest

from assistant.coding.codebook import Codebook, load_codebook
from assistant.core.bank import Bank
from assistant.core.tags import Tag, TagResult
from assistant.core.validation import load_bank

ROOT = Path(__file__).resolve().parent.parent
BANKS = ROOT / "question_banks"
SHIPPED_BANKS = sorted(p for p in BANKS.glob("*.yaml") if p.name.endswith("_zh.yaml"))


class KeywordTagger:
    """A fake classifier: fixed keywords → codes. Deterministic and instant."""

    KEYWORDS: ClassVar[dict[str, str]] = {
        "工资": "pay",
        "加班": "workload",
        "领导": "manager",
        "发展": "career",
        "骂": "harassment",
        "生病": "health",
    }

    def __init__(self) -> None:
        self.calls: list[str] = []

    def tag(self, text: str) -> TagResult:
        self.calls.append(text)
        keys = [key for word, key in self.KEYWORDS.items() if word in text]
        reasons = tuple(
            Tag(key=k, confidence=0.9, evidence=(k,)) for k in keys if k != "harassment"
        )
        flags = tuple(Tag(key=k, confidence=0.9) for k in keys if k == "harassment")
        mood = "negative" if keys else "neutral"
        return TagResult(reasons=reasons, flags=flags, sentiment=mood, model_version="fake")


@pytest.fixture(scope="session")
def codebook() -> Codebook:
    return load_codebook()


@pytest.fixture(scope="session")
def default_bank() -> Bank:
    return load_bank(BANKS / "exit_interview_zh.yaml")


@pytest.fixture
def tagger() -> KeywordTagger:
    return KeywordTagger()


@pytest.fixture
def clock() -> Iterator[datetime]:
    """A ticking fake clock starting 2026-07-15 09:00 UTC."""

    def ticks() -> Iterator[datetime]:
        now = datetime(2026, 7, 15, 9, 0, tzinfo=UTC)
        while True:
            yield now
            now += timedelta(seconds=1)

    return ticks()
