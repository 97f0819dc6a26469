"""Shared fixtures for the text-processing tests."""

from __future__ import annotations

import pytest

from assistant.nlp.lexicon import LexiconTagger
from assistant.nlp.redact import Redactor


@pytest.fixture(scope="session")
def tagger() -> LexiconTagger:
    """The shipped lexicon tagger (loading the YAML once for the whole run)."""
    return LexiconTagger()


@pytest.fixture
def redactor() -> Redactor:
    """A redactor configured like a customer: an employee-number format and two employers."""
    return Redactor(employee_number_pattern=r"HX\d{6}", company_names=["海星科技有限公司", "海星"])


@pytest.fixture(scope="session")
def megabyte_text() -> str:
    """About one million characters of mixed answer text with odd characters sprinkled in."""
    chunk = "工資太低了，天天加班\u202e\u200b\x1b[1m到深夜\x1b[0m，ＫＰＩ不合理\ud800。\n"
    return chunk * (1_000_000 // len(chunk) + 1)


# --- classifier fixtures (model training, ONNX runtime, evaluation) --------------------------

import json  # noqa: E402
import random  # noqa: E402
from pathlib import Path  # noqa: E402

# Hand-written phrases (not from any real source) keyed by codebook key.
PHRASES: dict[str, list[str]] = {
    "pay": ["工资太低了", "五险一金按最低标准交", "奖金一直没发"],
    "workload": ["天天加班到十点", "大小周太累了", "人手不够活太多"],
    "manager": ["领导天天画饼", "主管很偏心"],
    "career": ["没有晋升空间", "学不到东西"],
    "family": ["要回老家照顾孩子", "家里老人生病了"],
    "offer": ["拿到了更好的机会", "朋友拉我去创业"],
    "harassment": ["领导当众辱骂我"],
    "labor_law": ["公司拖欠工资三个月"],
}
NEUTRAL = ["没什么特别的", "谢谢关心", "不想多说"]


def _item(rng: random.Random, index: int) -> dict[str, object]:
    keys = rng.sample(sorted(PHRASES), k=rng.choice([0, 1, 1, 2]))
    if not keys:
        text = rng.choice(NEUTRAL)
        return {"id": f"t{index}", "text": text, "reasons": [], "flags": [], "sentiment": "neutral"}
    flags = [k for k in keys if k in {"harassment", "labor_law"}]
    reasons = [k for k in keys if k not in flags]
    text = "，".join(rng.choice(PHRASES[k]) for k in keys) + "。"
    return {
        "id": f"t{index}",
        "text": text,
        "reasons": reasons,
        "flags": flags,
        "sentiment": "negative",
    }


def write_corpus(folder: Path, n_train: int = 80, n_dev: int = 30, seed: int = 7) -> Path:
    """A tiny synthetic train/dev corpus in `folder`."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for name, count in (("train.jsonl", n_train), ("dev.jsonl", n_dev)):
        lines = [json.dumps(_item(rng, i), ensure_ascii=False) for i in range(count)]
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def tiny_config(corpus: Path, out: Path, **overrides: object) -> object:
    """A training configuration small enough for a test (seconds on 2 cores)."""
    from assistant.nlp.train import TrainConfig

    settings: dict[str, object] = {
        "hidden": 32,
        "layers": 1,
        "heads": 2,
        "intermediate": 64,
        "max_len": 48,
        "epochs": 2,
        "batch_size": 16,
        "max_steps": 6,
        "threads": 1,
        "quantize": False,
    }
    settings.update(overrides)
    return TrainConfig(
        train_path=corpus / "train.jsonl", dev_path=corpus / "dev.jsonl", out_dir=out, **settings
    )


@pytest.fixture(scope="session")
def tiny_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Folder with a tiny synthetic train.jsonl and dev.jsonl."""
    return write_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="session")
def tiny_model_dir(tiny_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A freshly trained tiny model folder (fp32 ONNX); skipped without torch."""
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from assistant.coding.codebook import load_codebook
    from assistant.nlp.train import train_model

    out = tmp_path_factory.mktemp("model")
    train_model(tiny_config(tiny_corpus, out), load_codebook())
    return out


@pytest.fixture
def make_tiny_config() -> object:
    """The tiny_config factory, for tests that train their own model."""
    return tiny_config
