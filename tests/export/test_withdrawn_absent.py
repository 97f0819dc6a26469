"""Withdrawn and declined interviews never appear in any export or report."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pyreadstat
import pytest

from tests.export.conftest import Store, run_cli


@pytest.fixture
def small(make_store, plan_factory) -> Store:
    plans = [plan_factory(consent="full") for _ in range(6)]
    plans += [
        plan_factory(consent="coded", withdraw=True),
        plan_factory(consent="full", withdraw=True),
    ]
    plans += [plan_factory(consent="none")]
    return make_store(plans)


def _ids(fmt: str, out: Path) -> set[str]:
    if fmt == "csv":
        import pandas as pd

        return set(pd.read_csv(out, encoding="utf-8-sig")["interview_id"])
    if fmt == "jsonl":
        return {json.loads(line)["interview_id"] for line in out.read_text().splitlines()}
    if fmt == "parquet":
        sql = f"SELECT interview_id FROM read_parquet('{out}/**/*.parquet')"
        return {r[0] for r in duckdb.sql(sql).fetchall()}
    reader = pyreadstat.read_sav if fmt == "sav" else pyreadstat.read_dta
    return set(reader(str(out))[0]["interview_id"])


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "sav", "dta"])
def test_withdrawn_never_exported(fmt: str, small: Store, tmp_path: Path) -> None:
    out = tmp_path / f"out.{fmt}"
    assert run_cli("export", "--format", fmt, "--out", str(out), "--db", str(small.db)) == 0
    gone = {p.interview_id for p in small.plans if p.withdraw or p.consent == "none"}
    found = _ids(fmt, out)
    assert found == {p.interview_id for p in small.kept}
    assert not found & gone


def test_withdrawn_absent_from_long_format(small: Store, tmp_path: Path) -> None:
    out = tmp_path / "long.jsonl"
    argv = ["export", "--format", "jsonl", "--long", "--out", str(out), "--db", str(small.db)]
    assert run_cli(*argv) == 0
    found = {json.loads(line)["interview_id"] for line in out.read_text().splitlines()}
    assert not found & {p.interview_id for p in small.plans if p.withdraw}


def test_withdrawn_absent_from_report(small: Store, tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    argv = ["report", "--period", "2026Q3", "--format", "md", "--out", str(out)]
    assert run_cli(*argv, "--db", str(small.db)) == 0
    assert "6 次面谈" in out.read_text(encoding="utf-8")
