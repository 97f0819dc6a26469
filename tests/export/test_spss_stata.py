"""SPSS .sav and Stata .dta read back with pyreadstat: Chinese variable and value labels."""

from __future__ import annotations

from pathlib import Path

import pyreadstat
import pytest

from tests.export.conftest import Store, run_cli

READERS = {"sav": pyreadstat.read_sav, "dta": pyreadstat.read_dta}


@pytest.mark.parametrize("fmt", ["sav", "dta"])
def test_read_back_with_chinese_labels(fmt: str, store: Store, tmp_path: Path, codebook) -> None:
    out = tmp_path / f"coded.{fmt}"
    assert run_cli("export", "--format", fmt, "--out", str(out), "--db", str(store.db)) == 0
    frame, meta = READERS[fmt](str(out))
    assert len(frame) == len(store.kept)
    labels = meta.column_names_to_labels
    assert labels["reason_pay"] == "离职原因：薪酬福利"
    assert labels["department"] == "部门"
    values = {k: {int(c): v for c, v in d.items()} for k, d in meta.variable_value_labels.items()}
    assert values["reason_pay"] == {0: "否", 1: "是"}
    assert values["primary_reason"][codebook.entry("pay").code] == "薪酬福利"
    assert values["sentiment"] == {1: "负面", 2: "中性", 3: "正面"}
    assert values["sat_pay"][1] == "很不满意" and values["sat_pay"][5] == "很满意"
    assert values["would_stay"] == {1: "会", 2: "可能会", 3: "不会", 4: "不好说"}
    assert values["consent_level"] == {0: "不记录", 1: "只保留分类", 2: "保留原话"}
    assert set(frame["consent_level"].dropna()) <= {1.0, 2.0}
    assert set(frame["department"]) <= {p.profile["department"] for p in store.kept}


def test_labelled_values_match_the_csv(store: Store, tmp_path: Path) -> None:
    import pandas as pd

    csv_out, sav_out = tmp_path / "a.csv", tmp_path / "a.sav"
    for fmt, out in (("csv", csv_out), ("sav", sav_out)):
        assert run_cli("export", "--format", fmt, "--out", str(out), "--db", str(store.db)) == 0
    plain = pd.read_csv(csv_out, encoding="utf-8-sig").set_index("interview_id")
    spss, _ = pyreadstat.read_sav(str(sav_out))
    spss = spss.set_index("interview_id").loc[plain.index]
    for column in ("reason_pay", "primary_reason", "sat_manager", "would_stay", "sentiment"):
        assert plain[column].fillna(-1).tolist() == spss[column].fillna(-1).tolist()


def test_empty_selection_still_opens(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "none.sav"
    argv = ["export", "--format", "sav", "--out", str(out), "--from", "2031-01", "--to", "2031-02"]
    assert run_cli(*argv, "--db", str(store.db)) == 0
    frame, meta = pyreadstat.read_sav(str(out))
    assert len(frame) == 0 and "reason_pay" in meta.column_names
