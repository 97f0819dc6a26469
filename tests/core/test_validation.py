"""`exit-interview validate`: shipped banks pass, each broken bank names its problem and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.cli import main
from tests.conftest import SHIPPED_BANKS

BROKEN = Path(__file__).resolve().parents[1] / "data" / "broken"

# file → (problem code, line) the validator must report
EXPECTED = {
    "unknown_target.yaml": ("unknown-target", 7),
    "unreachable.yaml": ("unreachable", 11),
    "dead_end.yaml": ("dead-end", 11),
    "cycle.yaml": ("cycle", 7),
    "duplicate_id.yaml": ("duplicate-id", 11),
    "duplicate_key.yaml": ("duplicate-key", 10),
    "unknown_code.yaml": ("unknown-code", 7),
    "yaml11.yaml": ("yaml11", 12),
    "wrong_type.yaml": ("schema", 10),
    "syntax.yaml": ("yaml", 10),
}


def test_shipped_banks_are_valid(capsys):
    assert SHIPPED_BANKS, "no shipped banks found"
    assert main(["validate", *map(str, SHIPPED_BANKS)]) == 0
    out = capsys.readouterr().out
    assert "错误[" not in out and "警告[" not in out
    assert "全部有效，0 个警告" in out


@pytest.mark.parametrize(("name", "expected"), sorted(EXPECTED.items()))
def test_broken_bank_names_problem_with_file_and_line(name, expected, capsys):
    code, line = expected
    assert main(["validate", str(BROKEN / name)]) == 2
    out = capsys.readouterr().out
    assert f"{name}:{line}: 错误[{code}]" in out
    assert "Traceback" not in out


def test_ambiguous_width_is_a_warning_not_an_error(capsys):
    assert main(["validate", str(BROKEN / "width_warning.yaml")]) == 0
    assert "警告[width]" in capsys.readouterr().out


def test_missing_file_is_reported_not_raised(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nope.yaml")]) == 2
    assert "找不到文件" in capsys.readouterr().out


def test_yaml11_octal_is_caught(tmp_path, capsys):
    bank = (BROKEN / "unknown_target.yaml").read_text(encoding="utf-8")
    bank = bank.replace('version: "1"', "version: 012")
    path = tmp_path / "octal.yaml"
    path.write_text(bank, encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    assert "“012”" in capsys.readouterr().out


def test_schema_messages_are_chinese(tmp_path, capsys):
    path = tmp_path / "typo.yaml"
    text = (
        (BROKEN / "unreachable.yaml")
        .read_text(encoding="utf-8")
        .replace("type: open", "type: opne", 1)
    )
    path.write_text(text, encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    assert "未知的节点类型 “opne”" in capsys.readouterr().out


def test_command_line_errors_are_chinese(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["validate"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "用法：" in err and "缺少必需的参数" in err
