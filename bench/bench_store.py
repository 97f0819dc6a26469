"""Build (once) and cache a store of synthetic interviews for the export benchmark."""

from __future__ import annotations

import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from assistant.coding.codebook import load_codebook
from assistant.config import Config
from assistant.core.validation import load_bank
from assistant.export.synthetic import generate, write_keys
from assistant.paths import default_bank_path

PASSPHRASE = "bench-passphrase"
# Tables a shard fills; merged with plain INSERT … SELECT (declines are summed per month).
COPIED = (
    "interviews",
    "events",
    "verbatims",
    "identities",
    "cases",
    "withdrawals",
    "coded_rows",
    "coded_long",
)


def build_store(data_dir: Path, count: int, jobs: int = 1) -> Path:
    """Put `count` interviews through the real recorder; reuse the db when it is already there.

    Each interview is one `Recorder.record` call (one transaction), and the bench turns the
    connection's fsync off (`synchronous=OFF`): with FULL, 100,000 commits cost minutes of
    fsync on a virtual disk. Everything else is the store's own write path: consent filter,
    encryption of verbatims, withdrawals. With `jobs` > 1, each job records its share into its
    own shard through its own recorder, and the shards are then merged table by table.
    """
    db_path = data_dir / "interviews.db"
    done = data_dir / f"complete-{count}"
    if done.exists():
        return db_path
    for path in data_dir.glob("interviews.db*"):
        path.unlink()
    (data_dir / "hr_identity.age").write_bytes(write_keys(data_dir, PASSPHRASE))
    started = time.perf_counter()
    if jobs <= 1:
        _fill(data_dir, data_dir, 0, count)
    else:
        _fill_sharded(data_dir, count, jobs)
    print(f"  built {count:,} interviews in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    done.touch()
    return db_path


def _fill(data_dir: Path, key_dir: Path, first: int, count: int) -> None:
    from assistant.storage.db import open_db
    from assistant.storage.recorder import make_recorder

    config = Config(data_dir=data_dir, public_key=key_dir / "hr_public_key.txt")
    recorder = make_recorder(config)
    recorder.db = open_db(config.db_path)
    recorder.db.conn.execute("PRAGMA synchronous = OFF")  # bench only: see build_store
    bank, codebook = load_bank(default_bank_path()), load_codebook()
    plans = generate(bank, codebook, count, sink=recorder.record, seed=first + 7, first=first)
    for index, _ in enumerate(plans, 1):
        recorder._tracks.clear()  # the bench never resumes: keep the recorder's memory flat
        if index % 10_000 == 0:
            print(f"  {first + index:,} interviews", file=sys.stderr)
    recorder.close()


def _fill_sharded(data_dir: Path, count: int, jobs: int) -> None:
    from assistant.storage.db import open_db

    size = -(-count // jobs)
    shards = [data_dir / f"shard-{i}" for i in range(jobs)]
    with ProcessPoolExecutor(jobs) as pool:
        futures = [
            pool.submit(_fill, shard, data_dir, i * size, min(size, count - i * size))
            for i, shard in enumerate(shards)
        ]
        for future in futures:
            future.result()
    db = open_db(data_dir / "interviews.db")
    db.conn.execute("PRAGMA synchronous = OFF")
    for shard in shards:
        _merge(db.conn, shard / "interviews.db")
        for path in shard.glob("*"):
            path.unlink()
        shard.rmdir()
    db.conn.close()


def _merge(conn, shard: Path) -> None:  # type: ignore[no-untyped-def]
    conn.execute("ATTACH DATABASE ? AS shard", (str(shard),))
    conn.execute("BEGIN")
    for table in COPIED:
        conn.execute(f"INSERT INTO main.{table} SELECT * FROM shard.{table}")
    conn.execute(
        "INSERT INTO main.declines SELECT month, count FROM shard.declines WHERE true"
        " ON CONFLICT(month) DO UPDATE SET count = count + excluded.count"
    )
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE shard")


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/exit-interview-bench")
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    jobs = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    target.mkdir(parents=True, exist_ok=True)
    print(build_store(target, count, jobs))
