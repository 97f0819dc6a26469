"""The torch model and the exported ONNX graph (run by onnxruntime) agree."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

import torch

from assistant.nlp.onnx_runtime import OnnxModel
from assistant.nlp.train import ExportHead, Trainer, export_onnx, quantize

TEXTS = [
    "工资太低，天天加班到十点。",
    "好",
    "领导当众辱骂我，公司还拖欠工资三个月，真的受够了。",
    "",
]


@pytest.fixture(scope="module")
def trained(tiny_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Trainer:
    from assistant.coding.codebook import load_codebook
    from assistant.nlp.evaluate import load_labelled
    from assistant.nlp.onnx_runtime import LabelSpec
    from assistant.nlp.train import TrainConfig, seed_everything, to_samples

    codebook = load_codebook()
    config = TrainConfig(
        tiny_corpus / "train.jsonl",
        tiny_corpus / "dev.jsonl",
        tmp_path_factory.mktemp("p"),
        hidden=32,
        layers=2,
        heads=2,
        intermediate=64,
        max_len=48,
        batch_size=16,
        threads=1,
    )
    seed_everything(config.seed, config.threads)
    labels = LabelSpec.from_codebook(codebook)
    trainer = Trainer(
        config, labels, to_samples(load_labelled(config.train_path, codebook), labels)
    )
    trainer.run_epoch(1, lambda: None)
    return trainer


def _torch_outputs(trainer: Trainer) -> tuple[np.ndarray, ...]:
    from assistant.nlp.train import encode

    trainer.model.eval()
    ids, mask = encode(trainer.tokenizer, TEXTS)
    with torch.no_grad():
        return tuple(x.numpy() for x in ExportHead(trainer.model)(ids, mask))


def _onnx_outputs(path: Path, trainer: Trainer) -> tuple[np.ndarray, ...]:
    import onnxruntime as ort

    from assistant.nlp.train import encode

    ids, mask = encode(trainer.tokenizer, TEXTS)
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    feeds = {"input_ids": ids.numpy(), "attention_mask": mask.numpy()}
    return tuple(session.run(["probs", "sentiment", "contrib"], feeds))


def test_fp32_export_matches_torch(trained: Trainer, tmp_path: Path):
    export_onnx(trained.model, trained.tokenizer, tmp_path / "m.onnx")
    for ours, theirs in zip(
        _onnx_outputs(tmp_path / "m.onnx", trained), _torch_outputs(trained), strict=True
    ):
        np.testing.assert_allclose(ours, theirs, atol=1e-4)


def test_int8_export_close_to_torch(trained: Trainer, tmp_path: Path):
    export_onnx(trained.model, trained.tokenizer, tmp_path / "m.onnx")
    quantize(tmp_path / "m.onnx", tmp_path / "q.onnx")
    probs, sentiment, _ = _onnx_outputs(tmp_path / "q.onnx", trained)
    ref_probs, ref_sentiment, _ = _torch_outputs(trained)
    np.testing.assert_allclose(probs, ref_probs, atol=0.05)
    np.testing.assert_allclose(sentiment, ref_sentiment, atol=0.05)


def test_contributions_sum_to_logits(trained: Trainer, tmp_path: Path):
    """Per-token contributions plus the bias reproduce the logit: explanations are exact."""
    probs, _, contrib = _torch_outputs(trained)
    bias = trained.model.multi.bias.detach().numpy()
    logits = contrib.sum(axis=1) + bias
    np.testing.assert_allclose(1 / (1 + np.exp(-logits)), probs, atol=1e-5)


def test_runtime_windows_long_text(tiny_model_dir: Path):
    model = OnnxModel(tiny_model_dir)
    long_text = "工资太低。" * 100
    out = model.predict([long_text, "好"])
    assert out[0].char_scores.shape == (len(long_text), 21)
    assert out[1].multi.shape == (21,)
