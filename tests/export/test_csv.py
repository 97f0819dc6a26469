"""CSV: UTF-8 with BOM for Excel, GB18030 on request, formula cells neutralised."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from assistant.export.csv_writer import write_csv
from assistant.export.labels import columns
from assistant.export.neutralise import neutralise
from assistant.export.registry import WriteOptions
from tests.export.conftest import Store, run_cli


def test_csv_has_bom_and_one_row_per_kept_interview(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "coded.csv"
    assert run_cli("export", "--format", "csv", "--out", str(out), "--db", str(store.db)) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype={"month": str})
    assert len(frame) == len(store.kept)
    assert set(frame["department"]) <= {p.profile["department"] for p in store.kept}
    assert frame.columns[0] == "interview_id"


def test_gb18030_on_request(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "coded-gb.csv"
    argv = ["export", "--format", "csv", "--encoding", "gb18030", "--out", str(out)]
    assert run_cli(*argv, "--db", str(store.db)) == 0
    text = out.read_bytes().decode("gb18030")
    assert not text.startswith("\ufeff")
    assert "研发部" in text or "销售部" in text


def test_formula_cells_are_neutralised(make_store, plan_factory, tmp_path: Path) -> None:
    evil = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd"]
    plans = [
        plan_factory(
            consent="coded",
            profile={"department": d, "exit_type": "voluntary", "tenure_band": "1-3年"},
        )
        for d in evil
    ]
    store = make_store(plans)
    out = tmp_path / "evil.csv"
    assert run_cli("export", "--format", "csv", "--out", str(out), "--db", str(store.db)) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    departments = {r["department"] for r in rows}
    assert departments == {"'" + d for d in evil}
    assert not any(d[:1] in "=+-@\t" for d in departments)


def test_neutralise_leaves_numbers_and_plain_text() -> None:
    assert neutralise(-3) == -3
    assert neutralise("研发部") == "研发部"
    assert neutralise(None) is None
    assert neutralise("=1") == "'=1"


def test_writer_streams_rows_in_column_order(codebook, tmp_path: Path) -> None:
    cols = columns(codebook)
    rows = iter([{"interview_id": "iv-1", "month": "2026-07", "department": "研发部"}])
    count = write_csv(rows, cols, tmp_path / "a.csv", WriteOptions())
    header, first = (tmp_path / "a.csv").read_text(encoding="utf-8-sig").splitlines()
    assert count == 1
    assert header.split(",") == [c.name for c in cols]
    assert first.startswith("iv-1,2026-07,")
