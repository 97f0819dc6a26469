"""Training is seeded and deterministic, and writes every artefact the runtime needs."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

from assistant.coding.codebook import load_codebook
from assistant.nlp.onnx_runtime import REQUIRED_FILES, OnnxModel
from assistant.nlp.train import (
    Sample,
    TrainConfig,
    Trainer,
    augment,
    seed_everything,
    to_samples,
    train_model,
)

PROBE = ["工资太低，天天加班。", "谢谢关心", "领导当众辱骂我"]


def _trainer(config: TrainConfig) -> Trainer:
    from assistant.nlp.evaluate import load_labelled
    from assistant.nlp.onnx_runtime import LabelSpec

    codebook = load_codebook()
    seed_everything(config.seed, config.threads)
    labels = LabelSpec.from_codebook(codebook)
    return Trainer(config, labels, to_samples(load_labelled(config.train_path, codebook), labels))


def test_two_runs_give_identical_weights(tiny_corpus: Path, tmp_path: Path, make_tiny_config):
    states = []
    for run in range(2):
        trainer = _trainer(make_tiny_config(tiny_corpus, tmp_path / str(run)))
        trainer.run_epoch(1, lambda: None)
        states.append(trainer.model.state_dict())
    for name, tensor in states[0].items():
        assert (tensor == states[1][name]).all(), name


def test_two_runs_give_identical_probabilities(tiny_corpus: Path, tmp_path: Path, make_tiny_config):
    probs = []
    for run in range(2):
        out = tmp_path / str(run)
        train_model(make_tiny_config(tiny_corpus, out, quantize=True), load_codebook())
        outputs = OnnxModel(out).predict(PROBE)
        probs.append(np.stack([o.multi for o in outputs]))
        assert json.loads((out / "thresholds.json").read_text(encoding="utf-8"))
    np.testing.assert_array_equal(probs[0], probs[1])


def test_artefacts_written(tiny_model_dir: Path):
    for name in (*REQUIRED_FILES, "metrics.json", "words.npz"):
        assert (tiny_model_dir / name).is_file(), name
    labels = json.loads((tiny_model_dir / "labels.json").read_text(encoding="utf-8"))
    codebook = load_codebook()
    assert labels["codebook_version"] == codebook.version
    assert labels["reasons"] == list(codebook.reason_keys)
    metrics = json.loads((tiny_model_dir / "metrics.json").read_text(encoding="utf-8"))
    assert {"reasons_macro_f1", "flag_recall", "sentiment_accuracy"} <= set(metrics["dev"])


def test_lexicon_reasons_chosen_per_key_on_dev(tiny_model_dir: Path):
    config = json.loads((tiny_model_dir / "config.json").read_text(encoding="utf-8"))
    chosen = config["lexicon_reasons"]
    assert isinstance(chosen, list) and set(chosen) <= set(load_codebook().reason_keys)
    assert OnnxModel(tiny_model_dir).lexicon_reasons == frozenset(chosen)


def test_lexicon_reason_setting_forms():
    from assistant.nlp.onnx_runtime import lexicon_reason_keys

    reasons = ("pay", "health")
    assert lexicon_reason_keys(True, reasons) == {"pay", "health"}
    assert lexicon_reason_keys(False, reasons) == frozenset()
    assert lexicon_reason_keys(["health", "no_such_key"], reasons) == {"health"}


def test_augment_keeps_labels_consistent():
    from assistant.nlp.onnx_runtime import LabelSpec

    labels = LabelSpec.from_codebook(load_codebook())
    n = len(labels.multi)
    samples = [Sample("工资太低。加班太多。", tuple([1.0] + [0.0] * (n - 1)), 0)] * 20
    config = TrainConfig(Path("a"), Path("b"), Path("c"), mix_prob=1.0, shuffle_prob=1.0)
    out = augment(samples, random.Random(1), config, labels)
    assert len(out) == len(samples)
    assert all(s.target[0] == 1.0 and len(s.text) <= config.max_len for s in out)


def test_train_from_local_base_checkpoint(tiny_corpus: Path, tmp_path: Path, make_tiny_config):
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    from assistant.nlp.vocab import build_char_tokenizer

    tokenizer = build_char_tokenizer("工资太低加班领导谢关心", max_len=48)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
    )
    bert = BertConfig(
        vocab_size=tokenizer.get_vocab_size(),
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=64,
    )
    base = tmp_path / "base"
    BertModel(bert).save_pretrained(base)
    fast.save_pretrained(base)
    out = tmp_path / "out"
    train_model(make_tiny_config(tiny_corpus, out, base=base, max_steps=2), load_codebook())
    assert OnnxModel(out).predict(["工资太低"])[0].multi.shape == (21,)
