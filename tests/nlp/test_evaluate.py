"""Metrics are right on hand-made predictions; `evaluate --json` has the promised shape."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from assistant.coding.codebook import load_codebook
from assistant.core.tags import Tag, TagResult
from assistant.nlp.evaluate import (
    Labelled,
    key_scores,
    macro_f1,
    pooled,
    score_system,
    tune_thresholds,
)


def _gold(reasons: set[str], flags: set[str] = frozenset(), sentiment: str = "negative"):
    return Labelled("x", "text", frozenset(reasons), frozenset(flags), sentiment)


def _pred(reasons: list[str], flags: list[str] = (), sentiment: str = "negative") -> TagResult:
    return TagResult(
        reasons=tuple(Tag(key=k, confidence=0.9) for k in reasons),
        flags=tuple(Tag(key=k, confidence=0.9) for k in flags),
        sentiment=sentiment,
    )


def test_key_scores_by_hand():
    gold = [{"pay"}, {"pay", "career"}, set(), {"career"}]
    pred = [{"pay"}, {"pay"}, {"pay"}, {"career", "family"}]
    scores = key_scores(gold, pred, ["pay", "career", "family", "study"])
    assert scores["pay"]["precision"] == pytest.approx(2 / 3)
    assert scores["pay"]["recall"] == 1.0
    assert scores["pay"]["f1"] == pytest.approx(0.8)
    assert scores["career"]["recall"] == 0.5 and scores["career"]["precision"] == 1.0
    assert scores["family"]["f1"] == 0.0 and scores["family"]["support"] == 0
    # study: never in gold, never predicted, so it does not count towards macro-F1
    assert macro_f1(scores) == pytest.approx((0.8 + 2 / 3 + 0.0) / 3)
    total = pooled(scores)
    assert total["precision"] == pytest.approx(3 / 5) and total["recall"] == pytest.approx(3 / 4)


def test_score_system_flags_and_sentiment():
    codebook = load_codebook()
    gold = [_gold({"pay"}, {"labor_law"}), _gold(set(), {"safety"}, "neutral"), _gold({"pay"})]
    pred = [_pred(["pay"], ["labor_law", "harassment"]), _pred([], [], "neutral"), _pred([])]
    result = score_system(gold, pred, codebook)
    assert result["flag_recall"] == pytest.approx(0.5)
    assert result["flag_precision"] == pytest.approx(0.5)
    assert result["sentiment_accuracy"] == pytest.approx(1.0)
    assert result["reasons"]["pay"]["recall"] == pytest.approx(0.5)
    assert result["reasons_macro_f1"] == pytest.approx(2 / 3)


def test_thresholds_tuned_within_bounds_and_respect_forced_hits():
    rng = np.random.default_rng(0)
    gold = rng.random((200, 2)) < 0.3
    probs = np.where(gold, 0.35, 0.1) + rng.random((200, 2)) * 0.05
    forced = np.zeros_like(gold)
    thresholds = tune_thresholds(probs, gold, forced, ["pay", "safety"], ["safety"])
    assert 0.2 <= thresholds["pay"] <= 0.36
    assert 0.05 <= thresholds["safety"] <= 0.36
    rare = np.zeros((200, 1), dtype=bool)
    rare[:2] = True  # too few positives to tune on: the default stays
    assert tune_thresholds(probs[:, :1], rare, rare & False, ["pay"], []) == {"pay": 0.5}


def test_evaluate_cli_json_shape(tiny_model_dir: Path, tiny_corpus: Path, capsys):
    from assistant.cli import main

    code = main(
        [
            "evaluate",
            str(tiny_corpus / "dev.jsonl"),
            "--json",
            "--model",
            str(tiny_model_dir),
            "--corpus",
            str(tiny_corpus),
        ]
    )
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report["systems"]) == {"classifier", "baseline"}
    codebook = load_codebook()
    for system in report["systems"].values():
        assert set(system["reasons"]) == set(codebook.reason_keys)
        assert set(system["flags"]) == set(codebook.flag_keys)
        for key in ("reasons_macro_f1", "flag_recall", "flag_precision", "sentiment_accuracy"):
            assert 0.0 <= system[key] <= 1.0
    assert report["n"] == 30 and "delta_reasons_macro_f1" in report


def test_evaluate_cli_table(tiny_model_dir: Path, tiny_corpus: Path, capsys):
    from assistant.cli import main

    data = str(tiny_corpus / "dev.jsonl")
    assert (
        main(["evaluate", data, "--model", str(tiny_model_dir), "--corpus", str(tiny_corpus)]) == 0
    )
    out = capsys.readouterr().out
    assert "macro-F1" in out and "pay 薪酬福利" in out


def test_evaluate_cli_refuses_missing_model(tiny_corpus: Path, tmp_path: Path, capsys):
    from assistant.cli import main

    data = str(tiny_corpus / "dev.jsonl")
    assert main(["evaluate", data, "--model", str(tmp_path), "--corpus", str(tiny_corpus)]) == 2
    assert "找不到分类模型" in capsys.readouterr().err


def test_unknown_key_in_data_is_a_user_error(tmp_path: Path, capsys):
    from assistant.cli import main

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "reasons": ["salary"]}\n', encoding="utf-8")
    assert main(["evaluate", str(bad)]) == 2
    assert "salary" in capsys.readouterr().err
