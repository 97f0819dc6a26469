"""Bench: saving one answer through the store (encrypt + write + fsync) and withdrawing.

Prints p50/p95 for `Recorder.record` of one answer at 保留原话 (age encryption to HR's key,
one transaction, synchronous=FULL) and the time to withdraw a 50-answer interview including
the WAL checkpoint; the baseline in the same run is a plain sqlite3 INSERT + COMMIT with the
same pragmas and no encryption. Run: python bench/bench_recorder.py
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from pyrage import x25519

from assistant.coding.codebook import load_codebook
from assistant.core.inputs import Answer, GiveConsent, Jump, Skip, Tags, Withdraw
from assistant.core.tags import Tag, TagResult
from assistant.core.validation import load_bank
from assistant.paths import default_bank_path
from assistant.session import InterviewSession
from assistant.storage.recorder import Recorder

ANSWER = "工资三年没涨，天天加班到十点，领导还总是画饼。" * 3
TAGS = TagResult(reasons=(Tag(key="pay", confidence=0.9),), sentiment="negative")


def percentile(values: list[float], q: int) -> float:
    """The q-th percentile in milliseconds."""
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] * 1000


def answer_latencies(folder: Path, answers: int) -> list[float]:
    """Time each answer's save: the Answer step (held until tagged) plus its Tags step."""
    recipient = x25519.Identity.generate().to_public()
    recorder = Recorder(folder / "save.db", recipient)
    session = _started(recorder)
    times: list[float] = []
    for _ in range(answers):
        start = time.perf_counter()
        session.send(Answer(text=ANSWER))
        session.send(Tags(session.state.pending_seq or 0, TAGS))
        times.append(time.perf_counter() - start)
        session.send(Skip())  # move on (probe, confirm or next question)
        if session.state.finished:
            session = _started(recorder)
    recorder.close()
    return times


def _started(recorder: Recorder) -> InterviewSession:
    session = InterviewSession(load_bank(default_bank_path()), load_codebook(), recorder=recorder)
    session.start()
    session.send(GiveConsent("full", sensitive=True))
    return session


def withdrawal_times(folder: Path, trials: int) -> list[float]:
    """Time `Withdraw` of an interview holding 50 answers (delete + ledger + checkpoint)."""
    recipient = x25519.Identity.generate().to_public()
    times: list[float] = []
    for trial in range(trials):
        recorder = Recorder(folder / f"withdraw-{trial}.db", recipient)
        session = _started(recorder)
        for _ in range(50):
            session.send(Jump("q_reason"))  # HR re-asks the open question: one more answer
            session.send(Answer(text=ANSWER))
            session.send(Tags(session.state.pending_seq or 0, TAGS))
        start = time.perf_counter()
        session.send(Withdraw())
        times.append(time.perf_counter() - start)
        recorder.close()
    return times


def baseline_latencies(folder: Path, answers: int) -> list[float]:
    """Plain sqlite3: one INSERT + COMMIT per answer, same durability pragmas."""
    conn = sqlite3.connect(folder / "baseline.db", isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "secure_delete=ON"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE answers (id INTEGER PRIMARY KEY, text TEXT)")
    times: list[float] = []
    for _ in range(answers):
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO answers (text) VALUES (?)", (ANSWER,))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return times


def main() -> None:
    """Print the figures."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ours = answer_latencies(folder, 200)
        base = baseline_latencies(folder, 200)
        withdraw = withdrawal_times(folder, 5)
    print("save one answer (encrypt + write + fsync), 200 answers:")
    print(
        f"  recorder  p50 {percentile(ours, 50):6.2f} ms  p95 {percentile(ours, 95):6.2f} ms"
        "  (target p95 < 20 ms)"
    )
    print(
        f"  baseline  p50 {percentile(base, 50):6.2f} ms  p95 {percentile(base, 95):6.2f} ms"
        "  (plain INSERT + COMMIT, same pragmas)"
    )
    print(f"  ratio p95 {percentile(ours, 95) / percentile(base, 95):.1f}x")
    print(
        f"withdraw a 50-answer interview (incl. checkpoint), 5 trials: median "
        f"{statistics.median(withdraw) * 1000:.1f} ms, max {max(withdraw) * 1000:.1f} ms"
        "  (target < 100 ms)"
    )


if __name__ == "__main__":
    main()
