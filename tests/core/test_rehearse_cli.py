"""`exit-interview rehearse`: transcript, tags and a coded row whose reasons match the lexicon."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.cli import main
from assistant.core.commands import load_tagger

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample_answers.yaml"


def run_json(capsys, *extra: str) -> dict:
    assert main(["rehearse", "--answers", str(SAMPLE), "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_prints_transcript_tags_and_row(capsys):
    assert main(["rehearse", "--answers", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "助手：能和我说说，是什么让您做出离开的决定吗？" in out
    assert "员工：工资三年没涨过" in out
    assert "〔标签〕薪酬福利" in out
    assert "== 编码结果 ==" in out and "reason_pay" in out


def test_coded_reasons_are_what_the_classifier_found_and_were_confirmed(capsys):
    result = run_json(capsys)
    first_answer = "工资三年没涨过，而且天天加班到十点，实在撑不住了。"
    tagger, _ = load_tagger()  # the shipped model, or the lexicon when it is missing
    expected = set(tagger.tag(first_answer).reason_keys)
    row = result["coded_row"]
    coded = {
        key.removeprefix("reason_") for key, v in row.items() if key.startswith("reason_") and v
    }
    assert expected <= coded
    assert {"pay", "workload"} <= expected
    assert row["sat_workload"] == 1 and row["would_stay"] == 2


def test_scale_and_choice_answers_land_in_the_row(capsys):
    row = run_json(capsys)["coded_row"]
    assert [row[k] for k in ("sat_pay", "sat_manager", "sat_workload")] == [2, 3, 1]
    assert row["destination"] == 6 and row["completed"] == 1


def test_short_script_skips_the_rest(tmp_path, capsys):
    script = tmp_path / "short.json"
    script.write_text(json.dumps(["说不清。"], ensure_ascii=False), encoding="utf-8")
    assert main(["rehearse", "--answers", str(script), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert "员工：（跳过）" in result["transcript"]
    assert result["coded_row"]["completed"] == 1


def test_correction_in_script_overrides_understanding(tmp_path, capsys):
    script = tmp_path / "fix.yaml"
    script.write_text("- {text: 工资太低了, confirm: [career]}\n- null\n", encoding="utf-8")
    assert main(["rehearse", "--answers", str(script), "--json"]) == 0
    row = json.loads(capsys.readouterr().out)["coded_row"]
    assert row["reason_career"] == 1 and row["reason_pay"] == 0


def test_bad_answers_file_is_a_clear_error(tmp_path, capsys):
    script = tmp_path / "bad.yaml"
    script.write_text("text: 不是列表\n", encoding="utf-8")
    assert main(["rehearse", "--answers", str(script)]) == 2
    err = capsys.readouterr().err
    assert "回答文件无效" in err and "Traceback" not in err
