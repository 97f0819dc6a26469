"""Bad input: Chinese messages and exit 2; nothing half-written; an empty period is valid."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.export import csv_writer
from tests.export.conftest import Store, run_cli


def _export(store: Store, *argv: str) -> int:
    return run_cli("export", *argv, "--db", str(store.db))


def test_unknown_format(store: Store, tmp_path: Path, capsys) -> None:
    assert _export(store, "--format", "xlsx", "--out", str(tmp_path / "a.xlsx")) == 2
    err = capsys.readouterr().err
    assert "不支持的格式" in err and "csv" in err
    assert not (tmp_path / "a.xlsx").exists()


@pytest.mark.parametrize("period", ["2026Q5", "26Q1", "2026-13", "2026H3", "上季度", ""])
def test_malformed_period(period: str, store: Store, tmp_path: Path, capsys) -> None:
    assert (
        _export(store, "--format", "csv", "--out", str(tmp_path / "a.csv"), "--from", period) == 2
    )
    assert "无法识别的时间段" in capsys.readouterr().err
    assert run_cli("report", "--period", period, "--db", str(store.db)) == 2


def test_unknown_report_format_and_grouping(store: Store, capsys) -> None:
    assert run_cli("report", "--period", "2026Q3", "--format", "pdf", "--db", str(store.db)) == 2
    assert "不支持的报告格式" in capsys.readouterr().err
    assert run_cli("report", "--period", "2026Q3", "--by", "manager", "--db", str(store.db)) == 2


def test_missing_folder_is_a_clear_message(store: Store, tmp_path: Path, capsys) -> None:
    target = tmp_path / "nowhere" / "a.csv"
    assert _export(store, "--format", "csv", "--out", str(target)) == 2
    assert "输出目录不存在" in capsys.readouterr().err


def test_parent_is_a_file(store: Store, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    assert _export(store, "--format", "csv", "--out", str(tmp_path / "file" / "a.csv")) == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_folder(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    assert _export(store, "--format", "csv", "--out", str(folder / "a.csv")) == 2


def test_failure_mid_write_leaves_nothing(store: Store, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "a.csv"
    target.write_text("previous export\n", encoding="utf-8")
    real = csv_writer._cell
    calls = {"n": 0}

    def failing(value):
        calls["n"] += 1
        if calls["n"] > 500:
            raise OSError(28, "No space left on device")
        return real(value)

    monkeypatch.setattr(csv_writer, "_cell", failing)
    assert _export(store, "--format", "csv", "--out", str(target)) == 2
    assert target.read_text(encoding="utf-8") == "previous export\n"  # old file untouched
    assert [p.name for p in tmp_path.iterdir()] == ["a.csv"]  # no temp file left behind


def test_failure_mid_parquet_leaves_nothing(store: Store, tmp_path: Path, monkeypatch) -> None:
    from assistant.export import parquet_writer

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")
        yield

    monkeypatch.setattr(parquet_writer, "_record_batches", broken)
    target = tmp_path / "pq"
    assert _export(store, "--format", "parquet", "--out", str(target)) == 2
    assert list(tmp_path.iterdir()) == []


def test_empty_period_writes_headers_and_a_notice(store: Store, tmp_path: Path, capsys) -> None:
    out = tmp_path / "empty.csv"
    assert (
        _export(store, "--format", "csv", "--out", str(out), "--from", "2030-01", "--to", "2030-03")
        == 0
    )
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 and lines[0].startswith("interview_id,month,")
    assert "没有面谈记录" in capsys.readouterr().err


def test_empty_period_report(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    assert (
        run_cli(
            "report",
            "--period",
            "2030Q1",
            "--format",
            "md",
            "--out",
            str(out),
            "--db",
            str(store.db),
        )
        == 0
    )
    assert "没有面谈记录" in out.read_text(encoding="utf-8")


def test_missing_store(tmp_path: Path, capsys) -> None:
    argv = ["export", "--format", "csv", "--out", str(tmp_path / "a.csv")]
    assert run_cli(*argv, "--db", str(tmp_path / "none.db")) == 2
    assert "找不到数据库" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()
