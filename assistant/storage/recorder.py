"""The one write boundary: consent-filtered, encrypted events, one fsynced transaction per call.

Every event a host produces passes through `Recorder.record`. Nothing is written before consent
(events wait in memory); `core.consent.filter_events` decides what may be kept; employee words
reach disk only as age ciphertext to HR's public key. A write that fails (disk full, read-only)
stays in memory with a Chinese `status`, and is retried on the next call or `retry()`.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils
from pyrage import x25519

from assistant.config import Config
from assistant.core import consent
from assistant.core.events import (
    LEVEL_ORDER,
    Answered,
    ConsentRecorded,
    Ended,
    Event,
    ForwardDecided,
    InterviewStarted,
    LevelLowered,
    NoteAdded,
    Withdrawn,
    event_to_json,
)
from assistant.core.state import State
from assistant.i18n import t
from assistant.storage import coded, crypto
from assistant.storage.db import (
    append_ledger,
    checkpoint,
    db_file,
    delete_interview_rows,
    open_db,
    read_ledger,
    reapply_withdrawals,
)

log = logging.getLogger(__name__)

Apply = Callable[[sqlite3.Connection], None]


@dataclass(frozen=True)
class _Op:
    """One pending write: SQL to run inside the flush transaction (ciphertext only)."""

    interview_id: str | None
    apply: Apply
    withdrawal: bool = False


@dataclass
class _Track:
    """What the recorder remembers about one interview it has seen."""

    started: InterviewStarted | None = None
    before: list[Event] = field(default_factory=list)  # held until consent is given
    closed: bool = False  # declined, withdrawn or abandoned: nothing more is written
    consented: bool = False
    level: str | None = None
    next_seq: int | None = None
    identity: dict[str, str] | None = None


class Recorder:
    """Single writer of interview data; `record` never raises."""

    def __init__(
        self,
        db_path: Path,
        recipient: x25519.Recipient | None,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.db_path = Path(db_path)
        self.recipient = recipient
        self.clock = clock
        self.db: sqlite_utils.Database | None = None
        self._tracks: dict[str, _Track] = {}
        self._pending: list[_Op] = []
        self._error: str | None = None
        self._warning: str | None = None
        self._lock = threading.RLock()

    # -- Public API ----------------------------------------------------------------------
    @property
    def can_keep_verbatim(self) -> bool:
        """Whether 保留原话 is possible (HR's public key is configured)."""
        return self.recipient is not None

    @property
    def status(self) -> str | None:
        """A Chinese message for the host: a write problem first, else a warning, else None."""
        return self._error or self._warning

    @property
    def pending(self) -> int:
        """How many writes are held in memory, not yet on disk."""
        return len(self._pending)

    def record(self, state: State, events: list[Event]) -> None:
        """Keep what consent allows of `events`; buffer on failure. Never raises."""
        with self._lock:
            try:
                planned = self._plan(state, list(events))
                self._pending.extend(planned)
                self._flush()
            except Exception as error:  # never raise into the UI; keep the data in memory
                self._fail(error)

    def __call__(self, state: State, events: list[Event]) -> None:
        """A recorder is a rehearsal sink: `sink(state, new_events)`."""
        self.record(state, events)

    def retry(self) -> bool:
        """Try again to write what is pending; True when nothing is left in memory."""
        with self._lock:
            try:
                self._flush()
            except Exception as error:
                self._fail(error)
            return not self._pending

    def abandon(self) -> int:
        """Drop every pending write (the person chose not to wait); returns how many."""
        with self._lock:
            count = len(self._pending)
            self._pending.clear()
            self._error = None
            return count

    def attach_identity(self, interview_id: str, identity: Mapping[str, str]) -> None:
        """Name / employee number for an interview: stored encrypted, apart from responses."""
        with self._lock:
            self._track(interview_id).identity = dict(identity)

    def forget(self, interview_id: str) -> None:
        """Drop what is held in memory about an interview that was never consented to."""
        with self._lock:
            track = self._tracks.get(interview_id)
            if track is not None and not track.consented:
                del self._tracks[interview_id]

    def close(self) -> None:
        """Make a last attempt to write, then close the database."""
        with self._lock:
            with contextlib.suppress(Exception):
                self._flush()
            if self.db is not None:
                with contextlib.suppress(sqlite3.Error):
                    self.db.close()
                self.db = None

    # -- Planning: events → pending writes ------------------------------------------------
    def _track(self, interview_id: str) -> _Track:
        return self._tracks.setdefault(interview_id, _Track())

    def _plan(self, state: State, events: list[Event]) -> list[_Op]:
        interview_id = state.interview_id
        if interview_id is None or not events:
            return []
        track = self._track(interview_id)
        if track.started is None:
            track.started = next((e for e in events if isinstance(e, InterviewStarted)), None)
        if track.closed:
            return []
        if any(isinstance(e, Withdrawn) for e in events):
            return self._plan_withdrawal(interview_id, track)
        if state.consent is None:
            return self._hold(track, events)
        batch, track.before = [*track.before, *events], []
        if state.level == "none":
            return self._plan_decline(interview_id, track, state)
        return self._plan_batch(interview_id, track, state, batch)

    def _hold(self, track: _Track, events: list[Event]) -> list[_Op]:
        """Before consent: memory only; an interview that ends unconsented leaves nothing."""
        track.before.extend(events)
        if any(isinstance(e, Ended) for e in events):
            track.before.clear()
            track.closed = True
        return []

    def _plan_decline(self, interview_id: str, track: _Track, state: State) -> list[_Op]:
        """Level 不记录: one anonymous count for the month (or, if data exists, delete it)."""
        track.closed = True
        if track.consented:  # lowered to 不记录 after something was kept: remove it all
            return self._plan_withdrawal(interview_id, track)
        month = _month(state.consent.at if state.consent else None, self.clock)
        return [_Op(None, _count_decline(month))]

    def _plan_withdrawal(self, interview_id: str, track: _Track) -> list[_Op]:
        track.before.clear()
        track.closed = True
        # Writes not yet on disk for this interview are simply forgotten.
        self._pending[:] = [op for op in self._pending if op.interview_id != interview_id]
        if not track.consented:
            return []
        at = self.clock().isoformat()
        return [_Op(interview_id, _withdraw(self.db_path, interview_id, at), withdrawal=True)]

    def _plan_batch(
        self, interview_id: str, track: _Track, state: State, batch: list[Event]
    ) -> list[_Op]:
        ops = [_Op(interview_id, self._upsert_interview(interview_id, track, state, batch))]
        previous_level, track.consented = track.level, True
        track.level = state.level
        if previous_level == "full" and state.level != "full":
            ops.append(_Op(interview_id, _delete_verbatims(interview_id)))
        ops += self._event_ops(interview_id, track, state, consent.filter_events(state, batch))
        ops += self._after_ops(interview_id, track, state, batch)
        return ops

    def _after_ops(
        self, interview_id: str, track: _Track, state: State, batch: list[Event]
    ) -> list[_Op]:
        """Retroactive trims (lowered answers, sensitive tags), cases and identity."""
        ops = [_Op(interview_id, _lower(interview_id, e)) for e in batch if _lowers(e)]
        for seq in consent.sensitive_answer_seqs(state, batch):
            ops.append(_Op(interview_id, _delete_verbatims(interview_id, seq)))
        ops += [_Op(None, _open_case(e, self.clock)) for e in consent.cases_to_open(state, batch)]
        if track.identity is not None:
            ops += self._identity_ops(interview_id, track)
        return ops

    def _identity_ops(self, interview_id: str, track: _Track) -> list[_Op]:
        identity, track.identity = track.identity, None
        if self.recipient is None:
            self._warning = t("storage.no_public_key")
            return []
        plain = json.dumps(identity, ensure_ascii=False).encode("utf-8")
        cipher = crypto.encrypt(self.recipient, plain)
        sql = "INSERT OR REPLACE INTO identities (interview_id, cipher) VALUES (?, ?)"
        return [_Op(interview_id, _exec(sql, (interview_id, cipher)))]

    def _event_ops(
        self, interview_id: str, track: _Track, state: State, kept: list[Event]
    ) -> list[_Op]:
        ops: list[_Op] = []
        for event in kept:
            if isinstance(event, Withdrawn):
                continue
            seq = self._next_seq(interview_id, track)
            ops += self._one_event(interview_id, seq, event)
        return ops

    def _one_event(self, interview_id: str, seq: int, event: Event) -> list[_Op]:
        text = getattr(event, "text", None) if isinstance(event, Answered | NoteAdded) else None
        ops: list[_Op] = []
        if text is not None:
            event = event.model_copy(update={"text": None})
            ops += self._verbatim_op(interview_id, seq, event, text)
        if isinstance(event, NoteAdded):
            return ops  # a note is its verbatim; with no words kept there is nothing to store
        row = (interview_id, seq, event.kind, event_to_json(event), _iso(event.at))
        sql = "INSERT INTO events (interview_id, seq, kind, payload_json, at) VALUES (?,?,?,?,?)"
        return [_Op(interview_id, _exec(sql, row)), *ops]

    def _verbatim_op(self, interview_id: str, seq: int, event: Event, text: str) -> list[_Op]:
        if self.recipient is None:
            self._warning = t("storage.no_public_key")  # never plaintext: keep it as coded
            return []
        cipher = crypto.encrypt(self.recipient, text.encode("utf-8", "surrogatepass"))
        answer_seq = event.seq if isinstance(event, Answered) else None
        kind = "answer" if isinstance(event, Answered) else "note"
        row = (interview_id, seq, answer_seq, getattr(event, "node_id", None), kind, cipher)
        sql = (
            "INSERT INTO verbatims (interview_id, seq, answer_seq, node_id, kind, cipher)"
            " VALUES (?,?,?,?,?,?)"
        )
        return [_Op(interview_id, _exec(sql, row))]

    def _next_seq(self, interview_id: str, track: _Track) -> int:
        if track.next_seq is None:
            track.next_seq = self._stored_max_seq(interview_id) + 1
        seq, track.next_seq = track.next_seq, track.next_seq + 1
        return seq

    def _stored_max_seq(self, interview_id: str) -> int:
        """Continue after rows already on disk (a host resuming an interview)."""
        try:
            conn = self._conn()
            sql = "SELECT COALESCE(MAX(seq), 0) FROM events WHERE interview_id = ?"
            return int(conn.execute(sql, (interview_id,)).fetchone()[0])
        except (sqlite3.Error, OSError):
            return 0

    def _upsert_interview(
        self, interview_id: str, track: _Track, state: State, batch: list[Event]
    ) -> Apply:
        row = _interview_row(interview_id, track.started, state, batch, self.clock)
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        sql = (
            f"INSERT INTO interviews ({columns}) VALUES ({marks}) ON CONFLICT(interview_id) DO"
            " UPDATE SET updated_at = excluded.updated_at, level = excluded.level,"
            " sensitive = excluded.sensitive, consent_version = excluded.consent_version,"
            " consent_at = excluded.consent_at,"
            " ended_at = COALESCE(excluded.ended_at, interviews.ended_at),"
            " completed = COALESCE(excluded.completed, interviews.completed)"
        )
        return _exec(sql, tuple(row.values()))

    # -- Writing ---------------------------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        if self.db is None:
            self.db = open_db(self.db_path)
            self._reapply_ledger(self.db.conn)
            coded.program_codebook()  # load once here, not inside the first answer's write
        return self.db.conn

    def _reapply_ledger(self, conn: sqlite3.Connection) -> None:
        """A withdrawal whose ledger line was written but whose delete never committed."""
        ids = read_ledger(db_file(conn))
        present = {r[0] for r in conn.execute("SELECT interview_id FROM interviews")}
        if present & set(ids):
            reapply_withdrawals(conn, [i for i in ids if i in present], self.clock().isoformat())

    def _flush(self) -> None:
        if not self._pending:
            return
        conn = self._conn()
        batch = list(self._pending)
        conn.execute("BEGIN IMMEDIATE")
        try:
            for op in batch:
                op.apply(conn)
            self._recode(conn, batch)
            conn.execute("COMMIT")  # synchronous=FULL: fsynced before COMMIT returns
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
        del self._pending[: len(batch)]
        self._error = None
        withdrawn = [op.interview_id for op in batch if op.withdrawal]
        if withdrawn:
            self._audit_withdrawals(withdrawn)
            checkpoint(self.db)  # type: ignore[arg-type]

    def _audit_withdrawals(self, interview_ids: list[str | None]) -> None:
        """Who/when/which for each withdrawal; the deletion itself is already committed."""
        from assistant.storage import audit

        for interview_id in interview_ids:
            try:
                audit.append(self.db, "person", "interview.withdrawn", interview_id)  # type: ignore[arg-type]
            except (sqlite3.Error, OSError) as error:
                log.error("recorder: audit of a withdrawal failed (%s)", type(error).__name__)

    def _recode(self, conn: sqlite3.Connection, batch: list[_Op]) -> None:
        """Recode each interview this batch touched, from its stored events, in this transaction.

        Re-reading (not the in-memory events) is what makes the row follow exactly what was
        kept: the consent filter, retroactive lowering and withdrawal have all applied by now.
        """
        codebook = coded.program_codebook()
        for interview_id in dict.fromkeys(op.interview_id for op in batch if op.interview_id):
            try:
                coded.refresh(conn, interview_id, codebook)
            except (sqlite3.Error, OSError):
                raise  # a write problem: the whole batch stays pending, as for any write
            except Exception as error:  # a coder bug must never cost the answers themselves
                log.error("recorder: coding failed (%s)", type(error).__name__)
                coded.delete(conn, interview_id)  # missing = stale: recoded on the next read

    def _fail(self, error: Exception) -> None:
        # Only the kind of error is logged: messages may quote SQL parameters.
        log.warning("recorder: write failed (%s); %d pending", type(error).__name__, self.pending)
        self._error = _message_for(error)


# -- Helpers: SQL closures ---------------------------------------------------------------


def _exec(sql: str, params: tuple[Any, ...]) -> Apply:
    def apply(conn: sqlite3.Connection) -> None:
        conn.execute(sql, params)

    return apply


def _count_decline(month: str) -> Apply:
    sql = (
        "INSERT INTO declines (month, count) VALUES (?, 1)"
        " ON CONFLICT(month) DO UPDATE SET count = count + 1"
    )
    return _exec(sql, (month,))


def _withdraw(db_path: Path, interview_id: str, at: str) -> Apply:
    def apply(conn: sqlite3.Connection) -> None:
        append_ledger(db_file(conn) or None, [interview_id])
        delete_interview_rows(conn, interview_id, at)

    return apply


def _delete_verbatims(interview_id: str, answer_seq: int | None = None) -> Apply:
    if answer_seq is None:
        return _exec("DELETE FROM verbatims WHERE interview_id = ?", (interview_id,))
    sql = "DELETE FROM verbatims WHERE interview_id = ? AND answer_seq = ?"
    return _exec(sql, (interview_id, answer_seq))


def _lowers(event: Event) -> bool:
    return isinstance(event, LevelLowered) and LEVEL_ORDER[event.level] < LEVEL_ORDER["full"]


def _lower(interview_id: str, event: LevelLowered) -> Apply:
    """Apply a per-answer lowering to rows written before it arrived."""
    words = _delete_verbatims(interview_id, event.seq)
    sql = (
        "DELETE FROM events WHERE interview_id = ? AND kind IN ('answered', 'classified')"
        " AND json_extract(payload_json, '$.seq') = ?"
    )
    rows = _exec(sql, (interview_id, event.seq))

    def apply(conn: sqlite3.Connection) -> None:
        words(conn)
        if event.level == "none":
            rows(conn)

    return apply


def _open_case(event: ForwardDecided, clock: Callable[[], datetime]) -> Apply:
    """A minimal compliance case: category and date, no interview link, no words."""
    import secrets

    opened_on = (event.at or clock()).date().isoformat()
    row = (f"case-{secrets.token_hex(6)}", event.flags[0], opened_on, json.dumps(event.flags))
    sql = "INSERT INTO cases (id, category, opened_on, flags_json) VALUES (?, ?, ?, ?)"
    return _exec(sql, row)


# -- Helpers: values ---------------------------------------------------------------------


def _interview_row(
    interview_id: str,
    started: InterviewStarted | None,
    state: State,
    batch: list[Event],
    clock: Callable[[], datetime],
) -> dict[str, Any]:
    now = clock()
    begun = (started.at if started else None) or now
    given = state.consent or ConsentRecorded(level="coded")
    ended = next((e for e in reversed(batch) if isinstance(e, Ended)), None)
    profile = state.profile
    return {
        "interview_id": interview_id,
        "month": _month(begun, clock),
        "started_at": _iso(begun),
        "updated_at": _iso(now),
        "ended_at": _iso((ended.at or now) if ended else None),
        "completed": None if ended is None else int(ended.completed),
        "bank_id": started.bank_id if started else state.bank.id,
        "bank_version": started.bank_version if started else state.bank.version,
        "codebook_version": started.codebook_version if started else state.codebook.version,
        "mode": started.mode if started else None,
        "department": profile.get("department"),
        "tenure_band": profile.get("tenure_band"),
        "exit_type": profile.get("exit_type"),
        "level": given.level,
        "sensitive": int(given.sensitive),
        "consent_version": given.consent_version,
        "consent_at": _iso(given.at or now),
    }


def _month(at: datetime | None, clock: Callable[[], datetime]) -> str:
    return (at or clock()).strftime("%Y-%m")


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at else None


def _message_for(error: Exception) -> str:
    """The Chinese status for a failed write, by cause."""
    text = str(error).lower()
    code = getattr(error, "errno", None)
    if code == errno.ENOSPC or "full" in text:
        return t("storage.disk_full")
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text:
        return t("storage.read_only")
    if isinstance(error, sqlite3.Error | OSError):
        return t("storage.write_failed")
    return t("storage.unexpected", kind=type(error).__name__)


# -- Opening -------------------------------------------------------------------------------


def make_recorder(config: Config, clock: Callable[[], datetime] | None = None) -> Recorder:
    """A recorder for the configured database and HR public key (not yet opened)."""
    try:
        recipient = crypto.load_recipient(config.public_key_path)
    except crypto.CryptoError:
        recipient = None
    return Recorder(config.db_path, recipient, **({"clock": clock} if clock else {}))


@contextlib.contextmanager
def open_recorder(config: Config) -> Iterator[Recorder]:
    """The recorder for a session of the app; the database opens on the first write."""
    recorder = make_recorder(config)
    try:
        yield recorder
    finally:
        recorder.close()
