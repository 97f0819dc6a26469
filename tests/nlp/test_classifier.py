"""The combined classifier: never raises, falls back to the lexicon, refuses mismatched labels."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.core.tags import TagResult
from assistant.nlp.classifier import Classifier, LexiconFallback, load_classifier
from assistant.nlp.onnx_runtime import LabelMismatchError, ModelLoadError

BAD_INPUTS = [
    "",
    "   \n\t ",
    "工资" * 500_000,  # 1 MB of text
    "😀😭🔥" * 10,
    "I quit because my manager was awful and the pay was low.",
    "薪資太低，主管天天畫餅，每天加班到半夜。",  # Traditional
    "KPI太离谱，leader天天PUA我，N+1都不给。",  # mixed scripts
    "\x00\x07\x1b[31m加班\x1b[0m\u202e工资\u200b太低\u2066",  # control and bidi
    "\ud800工资\udfff太低",  # lone surrogates
    "\ufeff\u3000\u3000",
]


@pytest.fixture(scope="module")
def combined(tiny_model_dir: Path) -> Classifier:
    tagger = load_classifier(tiny_model_dir)
    assert isinstance(tagger, Classifier) and tagger.warning is None
    return tagger


@pytest.mark.parametrize("text", BAD_INPUTS, ids=range(len(BAD_INPUTS)))
def test_bad_inputs_give_a_result(combined: Classifier, text: str):
    result = combined.tag(text)
    assert isinstance(result, TagResult)


def test_empty_answer_has_no_reason(combined: Classifier):
    for text in ("", "   ", "😀😀"):
        result = combined.tag(text)
        assert result.reasons == () and result.sentiment == "neutral"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(st.characters(codec=None), max_size=80))
def test_any_string_gives_a_result(combined: Classifier, text: str):
    assert isinstance(combined.tag(text), TagResult)


def test_flags_are_union_with_lexicon(combined: Classifier):
    result = combined.tag("工资太低了，领导还当众辱骂我。")
    harassment = next(t for t in result.flags if t.key == "harassment")
    assert harassment.source in {"lexicon", "both"} and harassment.evidence
    for tag in (*result.reasons, *result.flags):
        assert 0.0 <= tag.confidence <= 1.0
        assert tag.source == "model" or tag.evidence  # lexicon tags carry their spans


def test_lexicon_certain_reasons_when_configured(tiny_model_dir: Path, tmp_path: Path):
    folder = tmp_path / "model"
    shutil.copytree(tiny_model_dir, folder)
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    config["lexicon_reasons"] = True
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    result = load_classifier(folder).tag("工资太低了，领导还当众辱骂我。")
    pay = next(t for t in result.reasons if t.key == "pay")
    assert pay.source in {"lexicon", "both"} and pay.evidence


def test_model_evidence_names_words():
    from assistant.nlp.classifier import model_evidence

    scores = np.zeros((6, 1))
    scores[0:2] = 1.0  # 工资
    spans = [(0, 2, "工资"), (2, 4, "太低"), (4, 5, "了"), (5, 6, "。")]
    assert model_evidence(scores[:, 0], spans) == ("工资",)


def test_batch_equals_single(combined: Classifier):
    texts = ["工资太低", "谢谢关心", "天天加班，家里孩子没人管"]
    for batch, single in zip(combined.tag_batch(texts), map(combined.tag, texts), strict=True):
        assert batch.reason_keys == single.reason_keys and batch.flag_keys == single.flag_keys
        for a, b in zip(batch.reasons, single.reasons, strict=True):
            assert a.confidence == pytest.approx(b.confidence, abs=1e-4)  # padding: float noise


def test_warm_up_builds_the_segmenter_before_any_answer(combined: Classifier, monkeypatch):
    from assistant.nlp import segment

    monkeypatch.setattr(segment, "_tokenizer", None)
    combined.warm_up()
    assert segment._tokenizer is not None  # the first explanation will not wait for jieba


def test_the_default_tagger_comes_warm(monkeypatch):
    from assistant import services
    from assistant.nlp import segment

    monkeypatch.setattr(segment, "_tokenizer", None)
    tagger = services.load_default_tagger()
    assert isinstance(tagger, Classifier) and segment._tokenizer is not None


def test_missing_model_falls_back_to_lexicon(tmp_path: Path):
    tagger = load_classifier(tmp_path / "nowhere")
    assert isinstance(tagger, LexiconFallback)
    tagger.warm_up()  # nothing to prepare, and no error
    assert "找不到分类模型" in tagger.warning
    assert "pay" in tagger.tag("工资太低了").reason_keys
    with pytest.raises(ModelLoadError):
        load_classifier(tmp_path / "nowhere", strict=True)


def test_corrupt_model_falls_back_to_lexicon(tiny_model_dir: Path, tmp_path: Path):
    broken = tmp_path / "broken"
    shutil.copytree(tiny_model_dir, broken)
    (broken / "model.onnx").write_bytes(b"not an onnx graph")
    tagger = load_classifier(broken)
    assert isinstance(tagger, LexiconFallback) and "损坏" in tagger.warning
    assert "workload" in tagger.tag("天天加班到半夜").reason_keys


def test_corrupt_labels_file_falls_back(tiny_model_dir: Path, tmp_path: Path):
    broken = tmp_path / "broken"
    shutil.copytree(tiny_model_dir, broken)
    (broken / "labels.json").write_text("{", encoding="utf-8")
    assert isinstance(load_classifier(broken), LexiconFallback)


def test_label_mismatch_refused_naming_keys(tiny_model_dir: Path, tmp_path: Path):
    changed = tmp_path / "changed"
    shutil.copytree(tiny_model_dir, changed)
    labels = json.loads((changed / "labels.json").read_text(encoding="utf-8"))
    labels["reasons"] = ["salary" if k == "pay" else k for k in labels["reasons"]]
    (changed / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    with pytest.raises(LabelMismatchError) as caught:
        load_classifier(changed, strict=True)
    assert "salary" in caught.value.message and "pay" in caught.value.message
    fallback = load_classifier(changed)
    assert isinstance(fallback, LexiconFallback) and "salary" in fallback.warning


def test_codebook_version_mismatch_refused(tiny_model_dir: Path, tmp_path: Path):
    changed = tmp_path / "changed"
    shutil.copytree(tiny_model_dir, changed)
    labels = json.loads((changed / "labels.json").read_text(encoding="utf-8"))
    labels["codebook_version"] = "0"
    (changed / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    with pytest.raises(LabelMismatchError):
        load_classifier(changed, strict=True)


def test_classify_cli_jsonl_and_csv(tiny_model_dir: Path, tmp_path: Path, capsys):
    from assistant.cli import main

    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "工资太低"}\n"谢谢"\n\n', encoding="utf-8")
    assert main(["classify", str(source), "--model", str(tiny_model_dir)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == ["a", "2"]
    assert set(rows[0]) >= {"reasons", "flags", "sentiment", "model_version"}
    table = tmp_path / "in.csv"
    table.write_text("id,text\nx,天天加班\ny,\n", encoding="utf-8-sig")
    out = tmp_path / "out.csv"
    assert main(["classify", str(table), str(out), "--model", str(tiny_model_dir)]) == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("id,reasons") and len(lines) == 3


def test_classify_cli_missing_input(tmp_path: Path, capsys):
    from assistant.cli import main

    assert main(["classify", str(tmp_path / "none.jsonl")]) == 2
    assert "找不到输入文件" in capsys.readouterr().err


def test_split_sentences_only_for_multi_sentence_answers():
    from assistant.nlp.onnx_runtime import split_sentences

    assert split_sentences("工资太低了，还天天加班") == []
    assert split_sentences("工资太低了。天天加班！😭") == ["工资太低了", "天天加班"]
    assert split_sentences("。。！") == []


def _model_with(folder: Path, source: Path, **config_changes: object) -> object:
    from assistant.nlp.onnx_runtime import OnnxModel

    shutil.copytree(source, folder)
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    config.update(config_changes)
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    return OnnxModel(folder)


def test_sentence_pooling_keeps_each_sentence_reason(tiny_model_dir: Path, tmp_path: Path):
    pooled = _model_with(tmp_path / "on", tiny_model_dir, sentence_pool=True)
    whole = _model_with(tmp_path / "off", tiny_model_dir, sentence_pool=False)
    text = "工资太低了。天天加班到十点。要回老家照顾孩子。"
    sentences = whole.predict(["工资太低了", "天天加班到十点", "要回老家照顾孩子"])
    expected = np.max([whole.predict([text])[0].multi, *[s.multi for s in sentences]], axis=0)
    got = pooled.predict([text])[0]
    np.testing.assert_allclose(got.multi, expected, atol=1e-5)
    np.testing.assert_allclose(got.sentiment, whole.predict([text])[0].sentiment, atol=1e-6)
