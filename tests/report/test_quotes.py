"""真话墙: only 保留原话 interviews, PII redacted, only groups of at least 10 people."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.export.conftest import PASSPHRASE, run_cli


@pytest.fixture
def identity(store, tmp_path: Path, monkeypatch) -> Path:
    path = tmp_path / "hr.age"
    path.write_bytes(store.identity)
    monkeypatch.setenv("EXIT_INTERVIEW_PASSPHRASE", PASSPHRASE)
    return path


def _wall(store, identity: Path, tmp_path: Path, period: str = "2026") -> str:
    out = tmp_path / "wall.md"
    argv = [
        "quotes",
        "--period",
        period,
        "--format",
        "md",
        "--out",
        str(out),
        "--identity",
        str(identity),
        "--db",
        str(store.db),
    ]
    assert run_cli(*argv) == 0
    return out.read_text(encoding="utf-8")


def test_wall_shows_big_groups_redacted(store, identity: Path, tmp_path: Path, codebook) -> None:
    text = _wall(store, identity, tmp_path)
    assert "薪酬福利" in text and "工资三年没涨过" in text
    assert "13812345678" not in text  # the phone number in some answers is redacted
    # Answers that also carry a sensitive code (health, a flag) never reach any wall.
    full = [
        p
        for p in store.kept
        if p.consent == "full" and "pay" in p.reasons and "health" not in p.reasons and not p.flags
    ]
    assert f"薪酬福利（{len(full)} 人）" in text


def test_small_groups_and_sensitive_reasons_never_shown(store, identity, tmp_path) -> None:
    text = _wall(store, identity, tmp_path)
    assert "身心健康" not in text and "身体有点吃不消" not in text
    study = [p for p in store.kept if p.consent == "full" and "study" in p.reasons]
    assert len(study) < 10
    assert "继续深造（" not in text  # a group of fewer than 10 people gets no wall


def test_coded_interviews_never_quoted(make_store, plan_factory, tmp_path: Path, monkeypatch):
    plans = [plan_factory(consent="coded", reasons=("pay",)) for _ in range(12)]
    store = make_store(plans)
    identity = tmp_path / "hr.age"
    identity.write_bytes(store.identity)
    monkeypatch.setenv("EXIT_INTERVIEW_PASSPHRASE", PASSPHRASE)
    text = _wall(store, identity, tmp_path, "2026Q3")
    assert "工资三年没涨过" not in text and "没有达到 10 人" in text


def test_wrong_passphrase_is_exit_2(store, identity, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("EXIT_INTERVIEW_PASSPHRASE", "wrong")
    argv = ["quotes", "--period", "2026", "--identity", str(identity), "--db", str(store.db)]
    assert run_cli(*argv) == 2
    assert "无法解密" in capsys.readouterr().err
