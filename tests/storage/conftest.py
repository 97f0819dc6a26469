"""Storage fixtures: a temporary database, an HR key pair, a recorder and a kiosk driver."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import ClassVar

import pytest
from pyrage import x25519

from assistant.coding.codebook import Codebook
from assistant.core.bank import Bank
from assistant.core.events import Answered
from assistant.core.inputs import Answer, Confirm, GiveConsent, Input, Skip, Tags
from assistant.core.tags import Tag, TagResult
from assistant.session import InterviewSession
from assistant.storage import crypto
from assistant.storage.db import sidecar_paths
from assistant.storage.recorder import Recorder

with contextlib.suppress(ModuleNotFoundError):  # storage B's fixtures, in a sibling module
    from conftest_admin import *  # type: ignore[import-not-found]  # noqa: F403


class FakeTagger:
    """Keywords → codes; evidence are the matched words of the answer, as a real tagger gives."""

    KEYWORDS: ClassVar[dict[str, str]] = {
        "薪水": "pay",
        "加班": "workload",
        "生病": "health",
        "领导": "manager",
    }
    FLAGS: ClassVar[dict[str, str]] = {"骚扰": "harassment"}

    def tag(self, text: str) -> TagResult:
        reasons = tuple(
            Tag(key=key, confidence=0.9, evidence=(word,))
            for word, key in self.KEYWORDS.items()
            if word in text
        )
        flags = tuple(
            Tag(key=key, confidence=0.8, evidence=(word,))
            for word, key in self.FLAGS.items()
            if word in text
        )
        return TagResult(reasons=reasons, flags=flags, sentiment="negative", model_version="fake")


@dataclass(frozen=True)
class Keys:
    """An HR key pair (the identity already unlocked: scrypt is slow on purpose)."""

    recipient: str
    identity: x25519.Identity

    def decrypt(self, cipher: bytes) -> str:
        return crypto.decrypt_with(self.identity, cipher).decode("utf-8", "surrogatepass")


@pytest.fixture(scope="session")
def keys() -> Keys:
    """One key pair for the run; test_crypto covers the passphrase-protected form."""
    identity = x25519.Identity.generate()
    return Keys(str(identity.to_public()), identity)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "interviews.db"


def ticking_clock() -> Callable[[], datetime]:
    """A deterministic clock: 2026-07-15 09:00 UTC, one second per call."""
    state = {"now": datetime(2026, 7, 15, 9, 0, tzinfo=UTC)}

    def now() -> datetime:
        state["now"] += timedelta(seconds=1)
        return state["now"]

    return now


@pytest.fixture
def recorder(db_path: Path, keys: Keys) -> Iterator[Recorder]:
    """A recorder with HR's public key configured."""
    rec = Recorder(db_path, crypto.parse_recipient(keys.recipient), clock=ticking_clock())
    yield rec
    rec.close()


@pytest.fixture
def fake_tagger() -> FakeTagger:
    return FakeTagger()


# -- Driving an interview as the kiosk does ---------------------------------------------


class Kiosk:
    """Plays answers through InterviewSession → Recorder, answering every prompt sensibly."""

    def __init__(self, bank: Bank, codebook: Codebook, recorder: Recorder | None) -> None:
        self.bank, self.codebook, self.recorder = bank, codebook, recorder
        self.tagger = FakeTagger()

    def session(self, profile: dict[str, str] | None = None) -> InterviewSession:
        session = InterviewSession(self.bank, self.codebook, recorder=self.recorder)
        session.start(profile=profile or {"department": "研发部", "tenure_band": "1-3年"})
        return session

    def send(self, session: InterviewSession, command: Input) -> None:
        new = session.send(command)
        answered = [e for e in new if isinstance(e, Answered) and e.text is not None]
        if session.state.phase == "tagging" and answered:
            session.send(Tags(seq=answered[-1].seq, result=self.tagger.tag(answered[-1].text)))

    def step(self, session: InterviewSession, text: str, *, forward: bool = False) -> None:
        """Answer whatever is asked now: words for open questions, a choice otherwise."""
        asked = session.prompt
        if asked is None:
            return
        self.send(session, self._reply(asked, text, forward))

    def _reply(self, asked, text: str, forward: bool) -> Input:  # type: ignore[no-untyped-def]
        if asked.step == "consent":
            return GiveConsent("coded")
        if asked.step == "confirm":
            keys = tuple(str(o.code) for o in asked.options if o.selected)
            reasons = tuple(k for k in keys if k in self.codebook.reason_keys)
            flags = tuple(k for k in keys if k in self.codebook.flag_keys)
            return Confirm(reasons=reasons, flags=flags)
        if asked.step == "forward":
            return Answer(value=1 if forward else 2)
        if asked.step == "cold_start_detail":
            return Answer(value=(1,))
        if asked.options:
            return Answer(value=1)
        if asked.step in ("main", "probe") and text:
            return Answer(text=text)
        return Skip()

    def run(
        self,
        answers: list[str],
        *,
        level: str = "full",
        sensitive: bool = True,
        profile: dict[str, str] | None = None,
        forward: bool = False,
        finish: bool = True,
    ) -> InterviewSession:
        """Consent, then `answers` to the open prompts, then choose or skip to the end."""
        session = self.session(profile)
        self.send(session, GiveConsent(level, sensitive=sensitive))  # type: ignore[arg-type]
        pending = list(answers)
        budget = 200
        while session.prompt is not None and not session.state.finished and budget:
            budget -= 1
            open_prompt = not session.prompt.options and session.prompt.step in ("main", "probe")
            if open_prompt and not pending and not finish:
                break
            text = pending.pop(0) if open_prompt and pending else ""
            self.step(session, text, forward=forward)
        return session


@pytest.fixture
def kiosk(default_bank: Bank, codebook: Codebook, recorder: Recorder) -> Kiosk:
    return Kiosk(default_bank, codebook, recorder)


@pytest.fixture
def make_kiosk(default_bank: Bank, codebook: Codebook) -> Callable[[Recorder | None], Kiosk]:
    return lambda rec: Kiosk(default_bank, codebook, rec)


# -- Scanning bytes on disk -------------------------------------------------------------


def encodings_of(text: str) -> list[bytes]:
    """Every way `text` could sit in a file: UTF-8, UTF-16 (both orders), JSON-escaped."""
    forms = [text.encode("utf-8", "surrogatepass")]
    forms += [text.encode(codec, "surrogatepass") for codec in ("utf-16-le", "utf-16-be")]
    escaped = json.dumps(text, ensure_ascii=True)[1:-1].encode("ascii")
    if escaped != forms[0]:
        forms.append(escaped)
    return forms


def files_for(*paths: Path) -> list[Path]:
    """A database (with its -wal/-shm) or any other file, for each path that exists."""
    found: list[Path] = []
    for path in paths:
        found += [p for p in sidecar_paths(path) if p.exists()] if path.suffix == ".db" else []
        if path.suffix != ".db" and path.exists():
            found.append(path)
    return found


def find_text(paths: list[Path], texts: list[str]) -> list[tuple[str, str]]:
    """(file name, text) for every text found in any file, in any of its encodings."""
    hits: list[tuple[str, str]] = []
    for path in paths:
        data = path.read_bytes()
        hits += [(path.name, t) for t in texts if any(f in data for f in encodings_of(t))]
    return hits


CANARY_RE = re.compile(r"金丝雀[0-9a-f]{8}")


class Scanner:
    """Byte scans of database, WAL, shared-memory and backup files (fixture `scan`)."""

    encodings_of = staticmethod(encodings_of)
    files_for = staticmethod(files_for)
    find_text = staticmethod(find_text)

    def hits(self, texts: list[str], *paths: Path) -> list[tuple[str, str]]:
        return find_text(files_for(*paths), texts)


@pytest.fixture
def scan() -> Scanner:
    return Scanner()
