"""Parquet: Hive partitions by year/month that DuckDB reads to the same aggregates as our report."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from assistant.export.rows import Scope, stream_rows
from assistant.report.aggregate import SAT_ITEMS, aggregate
from assistant.report.cost import load_cost_model
from assistant.report.period import parse_period
from tests.export.conftest import Store, run_cli


@pytest.fixture(scope="module")
def dataset(store: Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pq") / "coded"
    assert run_cli("export", "--format", "parquet", "--out", str(out), "--db", str(store.db)) == 0
    return out


def _glob(path: Path) -> str:
    return f"read_parquet('{path}/**/*.parquet', hive_partitioning = true)"


def test_hive_partitions_by_year_and_month(dataset: Path, store: Store) -> None:
    months = {p.at.strftime("%Y-%m") for p in store.kept}
    found = {f"{d.parent.name}/{d.name}" for d in dataset.glob("year=*/month=*")}
    assert found == {f"year={m[:4]}/month={m}" for m in months}
    count = duckdb.sql(f"SELECT count(*) FROM {_glob(dataset)}").fetchall()[0][0]
    assert count == len(store.kept)


def test_duckdb_aggregates_equal_the_report(dataset: Path, store: Store, codebook) -> None:
    period = parse_period("2026Q3")
    rows = stream_rows(store.db, Scope(period.start, period.end), codebook)
    ours = aggregate(rows, period, codebook, load_cost_model()).total
    where = "month BETWEEN '2026-07' AND '2026-09'"
    invol = "(exit_type = 'involuntary' OR reason_involuntary = 1)"
    sql = f"SELECT count(*), count(*) FILTER (WHERE {invol}) FROM {_glob(dataset)} WHERE {where}"
    n, involuntary = duckdb.sql(sql).fetchall()[0]
    assert (n, involuntary) == (ours.n, ours.involuntary)
    for key in ("pay", "career", "workload"):
        sql = (
            f"SELECT count(*) FROM {_glob(dataset)} WHERE {where} AND NOT {invol}"
            f" AND reason_{key} = 1"
        )
        assert duckdb.sql(sql).fetchall()[0][0] == ours.reasons[key]
    for item in SAT_ITEMS:
        mean = duckdb.sql(f"SELECT avg({item}) FROM {_glob(dataset)} WHERE {where}").fetchall()[0][
            0
        ]
        assert mean == pytest.approx(ours.mean(item))
    stay = duckdb.sql(
        f"SELECT count(*) FILTER (WHERE would_stay IN (1, 2)), count(would_stay)"
        f" FROM {_glob(dataset)} WHERE {where}"
    ).fetchall()[0]
    assert stay == (ours.stay_yes, ours.stay_n)


def test_empty_period_gives_a_readable_dataset(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "empty"
    argv = ["export", "--format", "parquet", "--out", str(out), "--from", "2031", "--to", "2031"]
    assert run_cli(*argv, "--db", str(store.db)) == 0
    relation = duckdb.sql(f"SELECT * FROM {_glob(out)}")
    assert relation.fetchall() == []
    assert "reason_pay" in relation.columns and "month" in relation.columns
