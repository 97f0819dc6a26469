"""Services a front end needs, wired once: bank, codebook, tagger, recorder, auth, clock.

The TUI, the browser server and the tests all receive a `Services`; tests swap in fakes.
Nothing here imports Textual, and heavy parts (model, store) load lazily.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.coding.codebook import Codebook, load_codebook
from assistant.config import Config
from assistant.core.bank import Bank
from assistant.core.tags import Tagger
from assistant.session import InterviewSession, Recorder


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Services:
    """Everything a front end may use; widgets never reach past this to the database."""

    config: Config
    bank: Bank
    codebook: Codebook
    tagger_factory: Callable[[], Tagger]  # slow (loads the model): call it in a worker
    recorder: Recorder | None = None
    authenticate: Callable[[str, str], Any] | None = None  # (name, pin) -> user; raises
    redeem_code: Callable[[str], dict[str, str]] | None = None  # code -> profile; raises
    # Whether anyone (admin or interviewer) can unlock the kiosk; None when there is no store.
    unlockers_exist: Callable[[], bool] | None = None
    clock: Callable[[], datetime] = _utc_now
    closers: list[Callable[[], None]] = field(default_factory=list)

    def new_session(self) -> InterviewSession:
        """A fresh interview bound to the recorder."""
        return InterviewSession(self.bank, self.codebook, recorder=self.recorder, clock=self.clock)

    def close(self) -> None:
        """Release the store and anything else opened for the app."""
        for close in reversed(self.closers):
            close()
        self.closers.clear()


def load_default_tagger() -> Tagger:
    """The shipped classifier (falls back to the lexicon by itself)."""
    try:
        from assistant.nlp.classifier import load_classifier
    except ImportError:
        from assistant.nlp.lexicon import LexiconTagger

        return LexiconTagger()
    tagger = load_classifier()
    tagger.warm_up()  # callers run this factory in a worker: pay jieba's start-up here
    return tagger


def build_services(config: Config, bank_path: Path | None = None) -> Services:
    """Real wiring for the CLI and the browser server."""
    from assistant.core.validation import load_bank
    from assistant.paths import default_bank_path

    bank = load_bank(bank_path or _configured_bank(config) or default_bank_path())
    services = Services(config, bank, load_codebook(), load_default_tagger)
    _attach_store(services)
    return services


def _configured_bank(config: Config) -> Path | None:
    return Path(config.kiosk.bank) if config.kiosk.bank else None


def _attach_store(services: Services) -> None:
    services.recorder = LazyRecorder(services.config, services.closers)
    services.authenticate = _authenticator(services.config)
    services.redeem_code = _code_redeemer(services.config)
    services.unlockers_exist = _unlockers_checker(services.config)


class LazyRecorder:
    """Opens the store on first use, so the welcome screen never waits for sqlite-utils.

    The first use is the person pressing 开始; nothing is written before consent anyway.
    """

    def __init__(self, config: Config, closers: list[Callable[[], None]]) -> None:
        self._config = config
        self._closers = closers
        self._recorder: Any = None

    def _open(self) -> Any:
        if self._recorder is None:
            from assistant.storage.recorder import open_recorder

            manager = open_recorder(self._config)
            self._recorder = manager.__enter__()
            self._closers.append(lambda: manager.__exit__(None, None, None))
        return self._recorder

    def record(self, state: Any, events: list[Any]) -> None:
        """Persist through the real recorder."""
        self._open().record(state, events)

    def __call__(self, state: Any, events: list[Any]) -> None:
        self.record(state, events)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._open(), name)


def _authenticator(config: Config) -> Callable[[str, str], Any]:
    def authenticate(name: str, pin: str) -> Any:
        from assistant.storage.users import authenticate as check

        with _short_connection(config) as db:
            return check(db, name, pin)

    return authenticate


def _code_redeemer(config: Config) -> Callable[[str], dict[str, str]]:
    def redeem(code: str) -> dict[str, str]:
        from assistant.storage.codes import redeem_code

        with _short_connection(config) as db:
            return redeem_code(db, code, datetime.now(UTC))

    return redeem


def _unlockers_checker(config: Config) -> Callable[[], bool]:
    def unlockers_exist() -> bool:
        sql = "SELECT 1 FROM users WHERE role IN ('admin', 'interviewer') LIMIT 1"
        with _short_connection(config) as db:
            return db.conn.execute(sql).fetchone() is not None

    return unlockers_exist


@contextmanager
def _short_connection(config: Config) -> Iterator[Any]:
    """A connection for one admin question (PIN, code): opened, used, closed at once."""
    from assistant.storage.db import open_db

    db = open_db(config.db_path)
    try:
        yield db
    finally:
        db.close()
