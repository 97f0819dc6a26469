"""Export and report figures on 100,000 synthetic interviews in the real store.

    PYTHONPATH=. python bench/bench_export.py [--count 100000] [--dir /tmp/exit-interview-bench]

The store is built once through the real recorder (see bench_store.py) and cached. A cached
store written before coded rows existed (or by another codebook/coder revision) is brought up
to date first by `exit-interview reindex` (the schema migration's back-fill), timed as its own
task; `--reindex-all` recodes every interview to time a full back-fill. Each task then runs
in a fresh subprocess so its time and peak memory (VmHWM) are its own. Two floors, timed in
the same run: a plain `sqlite3` dump to CSV of `SELECT * FROM coded_rows` (the same rows the
exports read: the floor for export and report) and of `SELECT * FROM events` (the raw log).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TASKS = (
    "sqlite3-coded_rows",
    "sqlite3-events",
    "csv",
    "parquet",
    "jsonl",
    "csv-long",
    "report-html",
    "report-terminal",
    "duckdb",
)
# (task, floor) pairs whose ratio is printed.
RATIOS = (
    ("csv", "sqlite3-coded_rows"),
    ("parquet", "sqlite3-coded_rows"),
    ("report-html", "sqlite3-coded_rows"),
    ("csv", "sqlite3-events"),
    ("parquet", "sqlite3-events"),
    ("report-html", "sqlite3-events"),
)
LIMITS = {"csv": 10.0, "parquet": 10.0, "report-html": 5.0, "report-terminal": 5.0}
RSS_LIMIT_MB = 500.0


def _hwm_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _floor(db: Path, table: str, out: Path) -> int:
    conn = sqlite3.connect(db)
    count = 0
    with open(out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        cursor = conn.execute(f"SELECT * FROM {table}")
        writer.writerow([d[0] for d in cursor.description])
        for row in cursor:
            writer.writerow(row)
            count += 1
    return count


def _cli(*argv: str) -> int:
    from assistant.cli import main

    code = main(list(argv))
    if code != 0:
        raise SystemExit(code)
    return 0


def _duckdb(parquet: Path) -> int:
    import duckdb

    sql = (
        "SELECT department, count(*), avg(sat_pay), sum(reason_pay)"
        f" FROM read_parquet('{parquet}/**/*.parquet', hive_partitioning = true)"
        " WHERE month BETWEEN '2026-07' AND '2026-09' GROUP BY department"
    )
    return len(duckdb.sql(sql).fetchall())


def run_task(task: str, db: Path, out: Path) -> dict:
    """Run one task in this process; return its figures."""
    started = time.perf_counter()
    if task.startswith("sqlite3-"):
        table = task.removeprefix("sqlite3-")
        _floor(db, table, out / f"{table}.csv")
    elif task in ("reindex", "reindex-all"):
        _cli("reindex", "--db", str(db), *(["--all"] if task == "reindex-all" else []))
    elif task in ("csv", "parquet", "jsonl"):
        _cli("export", "--format", task, "--out", str(out / f"coded.{task}"), "--db", str(db))
    elif task == "csv-long":
        _cli("export", "--format", "csv", "--long", "--out", str(out / "long.csv"), "--db", str(db))
    elif task == "report-html":
        target = out / "report.html"
        _cli(
            "report",
            "--period",
            "2026Q3",
            "--by",
            "department",
            "--format",
            "html",
            "--out",
            str(target),
            "--db",
            str(db),
        )
    elif task == "report-terminal":
        _cli(
            "report",
            "--period",
            "2026Q3",
            "--format",
            "terminal",
            "--out",
            str(out / "report.txt"),
            "--db",
            str(db),
        )
    elif task == "duckdb":
        _duckdb(out / "coded.parquet")
    seconds = time.perf_counter() - started
    own, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
    # Worker RSS stays in the figures: it must be 0 now that nothing fans out to processes.
    return {
        "task": task,
        "seconds": seconds,
        "cpu_s": cpu,
        "rss_mb": _hwm_mb(),
        "worker_rss_mb": kids.ru_maxrss / 1024,
    }


def _spawn(task: str, db: Path, out: Path) -> dict:
    argv = [sys.executable, __file__, "--task", task, "--db", str(db), "--out", str(out)]
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    result = subprocess.run(argv, stdout=subprocess.PIPE, text=True, env=env, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def _print_rows(rows: list[dict]) -> None:
    print(f"{'task':<20}{'wall s':>8}{'CPU s':>8}{'peak RSS MB':>13}{'worker RSS MB':>15}  limit")
    for row in rows:
        limit = LIMITS.get(row["task"])
        verdict = ""
        if limit is not None:
            ok = row["seconds"] <= limit and row["rss_mb"] <= RSS_LIMIT_MB
            verdict = f"≤ {limit:.0f} s, ≤ {RSS_LIMIT_MB:.0f} MB: {'ok' if ok else 'OVER'}"
        print(
            f"{row['task']:<20}{row['seconds']:>8.2f}{row['cpu_s']:>8.2f}{row['rss_mb']:>13.0f}"
            f"{row['worker_rss_mb']:>15.0f}  {verdict}"
        )


def _print_ratios(rows: list[dict]) -> None:
    seconds = {row["task"]: row["seconds"] for row in rows}
    print("ratios to the sqlite3 floors (coded_rows = same rows as the export; events = raw log):")
    for task, floor in RATIOS:
        if task in seconds and seconds.get(floor):
            print(f"  {task:<12} / {floor:<20} {seconds[task] / seconds[floor]:>6.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/exit-interview-bench"))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="build shards")
    parser.add_argument("--reindex-all", action="store_true", help="time a full recode")
    parser.add_argument("--task")
    parser.add_argument("--db", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.task:
        print(json.dumps(run_task(args.task, args.db, args.out)))
        return
    sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
    from bench_store import build_store

    args.dir.mkdir(parents=True, exist_ok=True)
    db = build_store(args.dir, args.count, args.jobs)
    with sqlite3.connect(db) as conn:
        interviews = conn.execute("SELECT count(*) FROM interviews").fetchone()[0]
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    print(
        f"store: {db} ({db.stat().st_size / 2**20:.0f} MB), {interviews:,} kept interviews "
        f"of {args.count:,} generated, {events:,} events; {os.cpu_count()} CPUs"
    )
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(dir=args.dir) as out:
        # First bring coded rows up to date (a back-fill on a store cached before them).
        fill = _spawn("reindex-all" if args.reindex_all else "reindex", db, Path(out))
        rows = [fill, *(_spawn(task, db, Path(out)) for task in TASKS)]
    print(f"load average before the tasks: {load:.1f} on {os.cpu_count()} CPUs")
    _print_rows(rows)
    _print_ratios(rows)


if __name__ == "__main__":
    main()
