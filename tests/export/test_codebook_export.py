"""`exit-interview codebook --format json|md|csv`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from assistant.storage import audit
from assistant.storage.db import open_db
from tests.export.conftest import Store, run_cli


def test_json_has_taxonomy_and_variables(tmp_path: Path, codebook) -> None:
    out = tmp_path / "codebook.json"
    assert run_cli("codebook", "--format", "json", "--out", str(out)) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["version"] == codebook.version
    assert [r["key"] for r in data["reasons"]] == list(codebook.reason_keys)
    variables = {v["name"]: v for v in data["variables"]}
    assert variables["reason_pay"]["values"] == {"0": "否", "1": "是"}
    assert variables["primary_reason"]["values"]["1"] == "薪酬福利"


def test_markdown_lists_labels(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("codebook", "--format", "md") == 0
    text = capsys.readouterr().out
    assert text.startswith("# 编码表")
    assert "| pay | 1 | 薪酬福利 |" in text
    assert "reason_job_fit" in text


def test_csv_is_a_variable_dictionary_with_bom(tmp_path: Path) -> None:
    out = tmp_path / "codebook.csv"
    assert run_cli("codebook", "--format", "csv", "--out", str(out)) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert {"variable", "type", "label", "value", "value_label"} <= set(rows[0])
    assert {"variable": "would_stay", "value": "3", "value_label": "不会"}.items() <= next(
        r for r in rows if r["variable"] == "would_stay" and r["value"] == "3"
    ).items()


def test_unknown_codebook_format_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("codebook", "--format", "xml") == 2
    assert "不支持的格式" in capsys.readouterr().err


def test_exports_are_audited_without_content(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    assert run_cli("export", "--format", "jsonl", "--out", str(out), "--db", str(store.db)) == 0
    assert (
        run_cli(
            "codebook", "--format", "csv", "--out", str(tmp_path / "c.csv"), "--db", str(store.db)
        )
        == 0
    )
    db = open_db(store.db)
    entries = audit.entries(db)
    actions = [e["action"] for e in entries]
    assert "export" in actions and "export_codebook" in actions
    detail = json.loads(
        next(e for e in reversed(entries) if e["action"] == "export")["detail_json"]
    )
    assert detail["format"] == "jsonl" and detail["rows"] == len(store.kept)
    assert audit.verify(db).ok
