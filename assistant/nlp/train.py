"""Train, select, export (ONNX) and calibrate the project's own Chinese answer classifier."""

from __future__ import annotations

import copy
import hashlib
import json
import math
import random
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import torch
from torch import nn

from assistant.nlp.evaluate import (
    Labelled,
    f_score,
    key_scores,
    load_labelled,
    macro_f1,
    tune_thresholds,
)
from assistant.nlp.onnx_runtime import (
    CONFIG_FILE,
    LABELS_FILE,
    METRICS_FILE,
    MODEL_FILE,
    THRESHOLDS_FILE,
    TOKENIZER_FILE,
    LabelSpec,
    OnnxModel,
)

ARCHITECTURE = "char-bert-multitask"
_CLAUSE = re.compile(r"(?<=[，。！？；,.!?;…])")


@dataclass
class TrainConfig:
    """Everything that determines the trained model; saved into config.json."""

    train_path: Path
    dev_path: Path
    out_dir: Path
    base: Path | None = None
    extra: list[Path] = field(default_factory=list)
    seed: int = 20240601
    hidden: int = 128
    layers: int = 3
    heads: int = 4
    intermediate: int = 512
    max_len: int = 128
    epochs: int = 10
    batch_size: int = 32
    lr: float = 8e-4
    base_lr: float = 4e-5
    weight_decay: float = 0.01
    dropout: float = 0.15
    head_dropout: float = 0.3
    label_smoothing: float = 0.05
    sentiment_weight: float = 0.5
    patience: int = 3
    threads: int = 1
    quantize: bool = True
    mix_prob: float = 0.3
    shuffle_prob: float = 0.3
    char_noise: float = 0.03
    # Ensemble with a TF-IDF + logistic-regression linear model (weight chosen on the dev
    # split); lexicon-certain reasons are forced on for the keys where that raises dev F1.
    words_weight: float = 0.7
    # The linear part reads character 1-4-grams: on real complaint text they generalise
    # better than jieba words (see MODEL_CARD.md); the baseline keeps jieba words.
    words_features: str = "chars-1-4"
    lexicon_reasons: bool = True
    # Read multi-sentence answers sentence by sentence too (max-pooled); see OnnxModel.predict.
    sentence_pool: bool = True
    max_steps: int | None = None  # tests stop early


class MultiTaskBert(nn.Module):
    """A BERT encoder, masked mean pooling, a multi-label head and a sentiment head."""

    def __init__(self, encoder: nn.Module, n_multi: int, n_sentiments: int, dropout: float) -> None:
        super().__init__()
        self.encoder = encoder
        hidden = encoder.config.hidden_size
        self.dropout = nn.Dropout(dropout)
        self.multi = nn.Linear(hidden, n_multi)
        self.sentiment = nn.Linear(hidden, n_sentiments)

    def hidden_states(self, input_ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Token states; explicit positions and segments keep the ONNX trace shape-free."""
        positions = torch.arange(input_ids.shape[1], device=input_ids.device)
        positions = positions.unsqueeze(0).expand_as(input_ids)
        out = self.encoder(
            input_ids=input_ids,
            attention_mask=mask,
            token_type_ids=torch.zeros_like(input_ids),
            position_ids=positions,
        )
        return out.last_hidden_state

    def forward(
        self, input_ids: torch.Tensor, mask: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Multi-label logits and sentiment logits."""
        states = self.hidden_states(input_ids, mask)
        weights = mask.unsqueeze(-1).to(states.dtype)
        pooled = (states * weights).sum(1) / weights.sum(1).clamp(min=1.0)
        pooled = self.dropout(pooled)
        return self.multi(pooled), self.sentiment(pooled)


class ExportHead(nn.Module):
    """Inference graph: probabilities plus each token's exact share of each multi-label logit."""

    def __init__(self, model: MultiTaskBert) -> None:
        super().__init__()
        self.model = model

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """probs [B,K], sentiment [B,S], contrib [B,T,K] with sum(contrib)+bias = logit."""
        states = self.model.hidden_states(input_ids, attention_mask)
        weights = attention_mask.unsqueeze(-1).to(states.dtype)
        share = weights / weights.sum(1, keepdim=True).clamp(min=1.0)
        # Mean pooling followed by a linear head is linear in each token's state, so the
        # logit splits exactly into per-token parts: cheap, faithful explanations.
        contrib = self.model.multi(states * share) - self.model.multi.bias
        pooled = (states * share).sum(1)
        probs = torch.sigmoid(self.model.multi(pooled))
        sentiment = torch.softmax(self.model.sentiment(pooled), dim=-1)
        return probs, sentiment, contrib


# --- data ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    """A training text with a multi-hot target and a sentiment index."""

    text: str
    target: tuple[float, ...]
    sentiment: int


def to_samples(items: Sequence[Labelled], labels: LabelSpec) -> list[Sample]:
    """Normalise texts and encode labels in the model's output order."""
    from assistant.nlp.normalize import normalize

    return [
        Sample(
            normalize(item.text),
            tuple(float(k in item.reasons or k in item.flags) for k in labels.multi),
            labels.sentiments.index(item.sentiment),
        )
        for item in items
    ]


def _mix_sentiment(a: int, b: int, labels: LabelSpec) -> int:
    """Any negative part makes the mix negative; otherwise any positive part, else neutral."""
    names = {labels.sentiments[a], labels.sentiments[b]}
    for name in ("negative", "positive"):
        if name in names and name in labels.sentiments:
            return labels.sentiments.index(name)
    return a


def _noise(text: str, rng: random.Random, rate: float) -> str:
    """Drop or swap a few characters so the model does not memorise exact phrasings."""
    chars = [c for c in text if rng.random() >= rate]
    for i in range(len(chars) - 1):
        if rng.random() < rate:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars) or text


def augment(
    samples: Sequence[Sample], rng: random.Random, config: TrainConfig, labels: LabelSpec
) -> list[Sample]:
    """One epoch's view of the data: clause shuffles, two-answer mixes, character noise."""
    out = []
    limit = config.max_len - 2
    for sample in samples:
        text, target, sentiment = sample.text, sample.target, sample.sentiment
        if rng.random() < config.shuffle_prob:
            clauses = [c for c in _CLAUSE.split(text) if c]
            rng.shuffle(clauses)
            text = "".join(clauses)
        if rng.random() < config.mix_prob:
            other = samples[rng.randrange(len(samples))]
            if len(text) + len(other.text) + 1 <= limit:  # never truncate a mixed-in label away
                text = text + "，" + other.text
                target = tuple(max(a, b) for a, b in zip(target, other.target, strict=True))
                sentiment = _mix_sentiment(sentiment, other.sentiment, labels)
        out.append(Sample(_noise(text, rng, config.char_noise), target, sentiment))
    rng.shuffle(out)
    return out


# --- model construction ----------------------------------------------------------------------


def seed_everything(seed: int, threads: int) -> None:
    """Same seed, same thread count, deterministic kernels: the same weights every run."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(threads)
    torch.use_deterministic_algorithms(True)


def build_tokenizer(config: TrainConfig, samples: Sequence[Sample]) -> object:
    """The base checkpoint's tokenizer, or our character vocabulary over jieba's dictionary."""
    from assistant.nlp.vocab import build_char_tokenizer, configure_tokenizer, vocab_chars

    if config.base is None:
        return build_char_tokenizer(vocab_chars(s.text for s in samples), config.max_len)
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(config.base), local_files_only=True)
    return configure_tokenizer(tokenizer.backend_tokenizer, config.max_len)


def build_encoder(config: TrainConfig, vocab_size: int) -> nn.Module:
    """A fresh small BERT, or the local pretrained checkpoint given with --base."""
    from transformers import BertConfig, BertModel

    if config.base is not None:
        return BertModel.from_pretrained(
            str(config.base),
            local_files_only=True,
            add_pooling_layer=False,
            attn_implementation="eager",
        )
    bert = BertConfig(
        vocab_size=vocab_size,
        hidden_size=config.hidden,
        num_hidden_layers=config.layers,
        num_attention_heads=config.heads,
        intermediate_size=config.intermediate,
        max_position_embeddings=config.max_len,
        hidden_dropout_prob=config.dropout,
        attention_probs_dropout_prob=config.dropout,
        type_vocab_size=1,
        attn_implementation="eager",
    )
    return BertModel(bert, add_pooling_layer=False)


def encode(tokenizer: object, texts: Sequence[str]) -> tuple[torch.Tensor, torch.Tensor]:
    """Token ids and attention mask, padded to the longest text of the batch."""
    encodings = tokenizer.encode_batch(list(texts))  # type: ignore[attr-defined]
    ids = torch.tensor([e.ids for e in encodings], dtype=torch.long)
    mask = torch.tensor([e.attention_mask for e in encodings], dtype=torch.long)
    return ids, mask


# --- training ----------------------------------------------------------------------------------


def pos_weights(samples: Sequence[Sample]) -> torch.Tensor:
    """Up-weight rare keys (sqrt of the negative/positive ratio, capped) for recall."""
    targets = torch.tensor([s.target for s in samples])
    positives = targets.sum(0).clamp(min=1.0)
    return ((len(samples) - positives) / positives).sqrt().clamp(1.0, 4.0)


class Trainer:
    """Owns the model, optimiser and data for one seeded training run."""

    def __init__(self, config: TrainConfig, labels: LabelSpec, train: list[Sample]) -> None:
        self.config, self.labels, self.train = config, labels, train
        self.tokenizer = build_tokenizer(config, train)
        vocab = self.tokenizer.get_vocab_size()  # type: ignore[attr-defined]
        encoder = build_encoder(config, vocab)
        self.model = MultiTaskBert(
            encoder, len(labels.multi), len(labels.sentiments), config.head_dropout
        )
        lr = config.lr if config.base is None else config.base_lr
        self.optimizer = torch.optim.AdamW(
            self.model.parameters(), lr=lr, weight_decay=config.weight_decay
        )
        self.bce = nn.BCEWithLogitsLoss(pos_weight=pos_weights(train))
        self.ce = nn.CrossEntropyLoss(label_smoothing=config.label_smoothing)
        self.steps_per_epoch = math.ceil(len(train) / config.batch_size)
        total = self.steps_per_epoch * config.epochs
        self.scheduler = torch.optim.lr_scheduler.LambdaLR(self.optimizer, _warmup_linear(total))
        self.step = 0

    def run_epoch(self, epoch: int, tick: Callable[[], None]) -> float:
        """One pass over an augmented view of the data; returns the mean loss."""
        rng = random.Random(self.config.seed * 1000 + epoch)
        data = augment(self.train, rng, self.config, self.labels)
        self.model.train()
        losses = []
        for batch in length_batches(data, self.config.batch_size, rng):
            if self.config.max_steps is not None and self.step >= self.config.max_steps:
                break
            losses.append(self._step(batch))
            tick()
        return float(np.mean(losses)) if losses else 0.0

    def _step(self, batch: Sequence[Sample]) -> float:
        ids, mask = encode(self.tokenizer, [s.text for s in batch])
        target = torch.tensor([s.target for s in batch])
        smooth = self.config.label_smoothing
        target = target * (1 - smooth) + smooth / 2
        sentiment = torch.tensor([s.sentiment for s in batch])
        multi_logits, sent_logits = self.model(ids, mask)
        loss = self.bce(multi_logits, target)
        loss = loss + self.config.sentiment_weight * self.ce(sent_logits, sentiment)
        self.optimizer.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(self.model.parameters(), 1.0)
        self.optimizer.step()
        self.scheduler.step()
        self.step += 1
        return float(loss.detach())

    @torch.no_grad()
    def predict(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Torch-side probabilities (multi-label, sentiment) for texts, in eval mode."""
        self.model.eval()
        head = ExportHead(self.model)
        multi, sent = [], []
        for start in range(0, len(texts), 64):
            ids, mask = encode(self.tokenizer, texts[start : start + 64])
            probs, sentiment, _ = head(ids, mask)
            multi.append(probs.numpy())
            sent.append(sentiment.numpy())
        if not multi:
            return np.zeros((0, len(self.labels.multi))), np.zeros((0, len(self.labels.sentiments)))
        return np.concatenate(multi), np.concatenate(sent)


def length_batches(
    data: Sequence[Sample], size: int, rng: random.Random, pool: int = 16
) -> list[list[Sample]]:
    """Batches of similar length (less padding, about half the compute), in random order."""
    batches = []
    for start in range(0, len(data), size * pool):
        chunk = sorted(data[start : start + size * pool], key=lambda s: len(s.text))
        batches.extend(chunk[i : i + size] for i in range(0, len(chunk), size))
    rng.shuffle(batches)
    return batches


def _warmup_linear(total: int) -> Callable[[int], float]:
    warmup = max(1, int(0.06 * total))

    def factor(step: int) -> float:
        if step < warmup:
            return (step + 1) / warmup
        return max(0.05, (total - step) / max(1, total - warmup))

    return factor


def dev_score(probs: np.ndarray, samples: Sequence[Sample], labels: LabelSpec) -> float:
    """Model-only reasons macro-F1 at 0.5 on dev: the model-selection criterion."""
    n = len(labels.reasons)
    gold = [{k for k, v in zip(labels.reasons, s.target[:n], strict=True) if v} for s in samples]
    pred = [{k for k, p in zip(labels.reasons, row[:n], strict=True) if p >= 0.5} for row in probs]
    return macro_f1(key_scores(gold, pred, labels.reasons))


# --- export and calibration ------------------------------------------------------------------


def export_onnx(model: MultiTaskBert, tokenizer: object, path: Path) -> None:
    """Trace the inference graph to ONNX with dynamic batch and sequence axes."""
    import warnings

    model.eval()
    ids, mask = encode(tokenizer, ["示例：工资低，加班多。", "好"])  # padding in the trace
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer chatter about constant shapes, all benign here
        torch.onnx.export(
            ExportHead(model),
            (ids, mask),
            str(path),
            dynamo=False,
            input_names=["input_ids", "attention_mask"],
            output_names=["probs", "sentiment", "contrib"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "seq"},
                "attention_mask": {0: "batch", 1: "seq"},
                "probs": {0: "batch"},
                "sentiment": {0: "batch"},
                "contrib": {0: "batch", 1: "seq"},
            },
            opset_version=17,
        )


def quantize(source: Path, target: Path) -> None:
    """Dynamic int8 quantisation of the weights: about 4x smaller and faster on CPU."""
    import logging

    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)  # it advises "pre-processing" on every call; not needed here
    try:
        quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8)
    finally:
        root.setLevel(level)


def lexicon_scores(texts: Sequence[str], labels: LabelSpec, reasons: bool) -> np.ndarray:
    """Which tags the lexicon forces per text and key, as the classifier combines them."""
    from assistant.nlp.classifier import _lexicon, lexicon_forced

    return lexicon_forced(_lexicon(), texts, labels.multi, labels.flags, reasons)


# --- the whole run ---------------------------------------------------------------------------


def load_corpus(config: TrainConfig, codebook: object) -> tuple[list[Labelled], list[Labelled]]:
    """Training items (corpus plus extra labelled files) and dev items."""
    train = load_labelled(config.train_path, codebook)
    for path in config.extra:
        train.extend(load_labelled(path, codebook))
    return train, load_labelled(config.dev_path, codebook)


def corpus_digest(paths: Sequence[Path]) -> str:
    """SHA-256 over the training files, recorded so a model names the data it came from."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def train_model(
    config: TrainConfig, codebook: object, progress: Progress | None = None
) -> dict[str, object]:
    """Train, pick the best epoch on dev, export, calibrate on dev; returns the metrics."""
    started = time.monotonic()
    seed_everything(config.seed, config.threads)
    labels = LabelSpec.from_codebook(codebook)
    train_items, dev_items = load_corpus(config, codebook)
    train, dev = to_samples(train_items, labels), to_samples(dev_items, labels)
    trainer = Trainer(config, labels, train)
    trainer.train_items = train_items
    best = _fit(trainer, dev, progress or Progress())
    trainer.model.load_state_dict(best["state"])
    metrics = write_artifacts(trainer, dev, config, codebook, best)
    metrics["train_minutes"] = round((time.monotonic() - started) / 60, 2)
    return metrics


def _fit(trainer: Trainer, dev: Sequence[Sample], progress: Progress) -> dict[str, object]:
    config = trainer.config
    best: dict[str, object] = {"score": -1.0, "epoch": 0, "state": None}
    stale = 0
    progress.start(trainer.steps_per_epoch * config.epochs)
    for epoch in range(1, config.epochs + 1):
        loss = trainer.run_epoch(epoch, progress.tick)
        probs, _ = trainer.predict([s.text for s in dev])
        score = dev_score(probs, dev, trainer.labels)
        progress.epoch(epoch, config.epochs, loss, score)
        if score > float(best["score"]) + 1e-4 or best["state"] is None:
            best = {
                "score": score,
                "epoch": epoch,
                "state": copy.deepcopy(trainer.model.state_dict()),
            }
            stale = 0
        else:
            stale += 1
        stopped = config.max_steps is not None and trainer.step >= config.max_steps
        if stale >= config.patience or stopped:
            break
    progress.stop()
    return best


def write_artifacts(
    trainer: Trainer,
    dev: Sequence[Sample],
    config: TrainConfig,
    codebook: object,
    best: dict[str, object],
) -> dict[str, object]:
    """Export ONNX (quantised), tokenizer, labels, config; tune thresholds on the shipped graph."""
    out = Path(config.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "model.fp32.onnx"
        export_onnx(trainer.model, trainer.tokenizer, raw)
        if config.quantize:
            quantize(raw, out / MODEL_FILE)
        else:
            shutil.copyfile(raw, out / MODEL_FILE)
    trainer.tokenizer.save(str(out / TOKENIZER_FILE))  # type: ignore[attr-defined]
    if config.words_weight > 0:
        export_words(trainer.train_items, codebook, config, out)
    _write_json(out / LABELS_FILE, trainer.labels.to_json())
    _write_json(out / THRESHOLDS_FILE, {k: 0.5 for k in trainer.labels.multi})
    _write_json(out / CONFIG_FILE, _config_payload(config, best, out))
    return calibrate(out, dev, trainer.labels, codebook, best)


def export_words(
    items: Sequence[Labelled], codebook: object, config: TrainConfig, out: Path
) -> None:
    """Fit the linear part (TF-IDF n-grams + logistic regression); save it as plain arrays."""
    from assistant.nlp.baseline import WORDS_FILE, Baseline, export_linear

    linear = Baseline(codebook, seed=config.seed, features=config.words_features)
    export_linear(linear.fit(items), out / WORDS_FILE, quantize=config.quantize)


def _config_payload(config: TrainConfig, best: dict[str, object], out: Path) -> dict[str, object]:
    paths = [config.train_path, *config.extra]
    digest = corpus_digest(paths)
    settings = {
        k: (str(v) if isinstance(v, Path) else v)
        for k, v in asdict(config).items()
        if k not in {"train_path", "dev_path", "out_dir", "extra", "max_steps"}
    }
    model_hash = hashlib.sha256((out / MODEL_FILE).read_bytes()).hexdigest()
    return {
        "architecture": ARCHITECTURE,
        "words_weight": config.words_weight,
        "lexicon_reasons": config.lexicon_reasons,
        "sentence_pool": config.sentence_pool,
        "model_version": f"{ARCHITECTURE}-{model_hash[:10]}",
        "max_len": config.max_len,
        "best_epoch": best["epoch"],
        "corpus_sha256": digest,
        "train_files": [Path(p).name for p in paths],
        "settings": settings,
    }


def calibrate(
    out: Path,
    dev: Sequence[Sample],
    labels: LabelSpec,
    codebook: object,
    best: dict[str, object],
) -> dict[str, object]:
    """Tune per-key thresholds on dev with the exported graph plus lexicon; write metrics."""
    choose_sentiment_share(out, dev, labels)
    model = OnnxModel(out)
    texts = [s.text for s in dev]
    outputs = model.predict(texts)
    probs = np.stack([o.multi for o in outputs]) if outputs else np.zeros((0, len(labels.multi)))
    gold = np.array([s.target for s in dev], dtype=bool).reshape(len(dev), len(labels.multi))
    forced = lexicon_scores(texts, labels, False)
    if model.lexicon_reasons:
        forced = choose_lexicon_reasons(out, probs, gold, forced, texts, labels)
    thresholds = tune_thresholds(probs, gold, forced, labels.multi, labels.flags)
    _write_json(out / THRESHOLDS_FILE, thresholds)
    metrics = _dev_metrics(probs, outputs, gold, forced, thresholds, dev, labels)
    metrics["best_epoch"] = best["epoch"]
    metrics["dev_model_only_macro_f1_at_0_5"] = round(float(best["score"]), 4)
    _write_json(out / METRICS_FILE, {"dev": metrics})
    return metrics


def choose_lexicon_reasons(
    out: Path,
    probs: np.ndarray,
    gold: np.ndarray,
    forced: np.ndarray,
    texts: Sequence[str],
    labels: LabelSpec,
) -> np.ndarray:
    """Keep lexicon-certain reasons only for keys whose tuned dev F1 rises; store the keys."""
    certain = lexicon_scores(texts, labels, True)
    chosen = []
    for j, key in enumerate(labels.reasons):
        if (
            _tuned_f1(probs[:, j], gold[:, j], certain[:, j])
            > _tuned_f1(probs[:, j], gold[:, j], forced[:, j]) + LEXICON_GAIN
        ):
            chosen.append(key)
            forced[:, j] = certain[:, j]
    config_path = out / CONFIG_FILE
    config = json.loads(config_path.read_text(encoding="utf-8"))
    _write_json(config_path, {**config, "lexicon_reasons": chosen})
    return forced


LEXICON_GAIN = 0.005  # dev F1 a key must gain before the lexicon may force it


def _tuned_f1(probs: np.ndarray, gold: np.ndarray, forced: np.ndarray) -> float:
    threshold = tune_thresholds(probs[:, None], gold[:, None], forced[:, None], ["k"], [])["k"]
    pred = (probs >= threshold) | forced
    tp = int((pred & gold).sum())
    return f_score(tp, int(pred.sum()), int(gold.sum()))


SENTIMENT_SHARES = (0.0, 0.25, 0.5, 0.75, 1.0)


def choose_sentiment_share(out: Path, dev: Sequence[Sample], labels: LabelSpec) -> float:
    """Pick the word model's share of the sentiment vote by dev accuracy; store it in config."""
    config_path = out / CONFIG_FILE
    config = json.loads(config_path.read_text(encoding="utf-8"))
    if not dev or not config.get("words_weight"):
        return 0.0
    accuracy = {share: _sentiment_accuracy(out, dev, config, share) for share in SENTIMENT_SHARES}
    best = max(SENTIMENT_SHARES, key=lambda share: (accuracy[share], -share))
    config["sentiment_words_weight"] = best
    _write_json(config_path, config)
    return best


def _sentiment_accuracy(out: Path, dev: Sequence[Sample], config: dict, share: float) -> float:
    _write_json(out / CONFIG_FILE, {**config, "sentiment_words_weight": share})
    outputs = OnnxModel(out).predict([s.text for s in dev])
    hits = sum(
        int(np.argmax(o.sentiment)) == s.sentiment for o, s in zip(outputs, dev, strict=True)
    )
    return hits / len(dev)


def _dev_metrics(
    probs: np.ndarray,
    outputs: Sequence[object],
    gold: np.ndarray,
    forced: np.ndarray,
    thresholds: dict[str, float],
    dev: Sequence[Sample],
    labels: LabelSpec,
) -> dict[str, object]:
    limits = np.array([thresholds[k] for k in labels.multi])
    pred = (probs >= limits) | forced
    n = len(labels.reasons)
    reasons = _scores(gold[:, :n], pred[:, :n], labels.reasons)
    flags = _scores(gold[:, n:], pred[:, n:], labels.flags)
    flag_tp = sum(s["tp"] for s in flags.values())
    flag_support = sum(s["support"] for s in flags.values())
    flag_pred = sum(s["predicted"] for s in flags.values())
    sentiment = [int(np.argmax(o.sentiment)) for o in outputs]  # type: ignore[attr-defined]
    hits = sum(p == s.sentiment for p, s in zip(sentiment, dev, strict=True))
    return {
        "n": len(dev),
        "reasons_macro_f1": round(macro_f1(reasons), 4),
        "flag_recall": round(flag_tp / flag_support, 4) if flag_support else 0.0,
        "flag_precision": round(flag_tp / flag_pred, 4) if flag_pred else 0.0,
        "sentiment_accuracy": round(hits / len(dev), 4) if dev else 0.0,
    }


def _scores(gold: np.ndarray, pred: np.ndarray, keys: Sequence[str]) -> dict:
    as_sets = [{k for k, v in zip(keys, row, strict=True) if v} for row in gold]
    pred_sets = [{k for k, v in zip(keys, row, strict=True) if v} for row in pred]
    return key_scores(as_sets, pred_sets, keys)


def _write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


class Progress:
    """A rich progress bar on stderr (silent when `enabled` is false, as in tests)."""

    def __init__(self, enabled: bool = False) -> None:
        self.enabled = enabled
        self._bar = None
        self._task = None

    def start(self, total: int) -> None:
        """Show the bar for `total` optimisation steps."""
        if not self.enabled:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as Bar

        self._bar = Bar(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
        )
        self._bar.start()
        self._task = self._bar.add_task("训练", total=total)

    def tick(self) -> None:
        """One optimisation step done."""
        if self._bar is not None:
            self._bar.advance(self._task)

    def epoch(self, epoch: int, epochs: int, loss: float, score: float) -> None:
        """Report an epoch's loss and dev score in the bar's description."""
        if self._bar is None:
            return
        description = f"第 {epoch}/{epochs} 轮 loss={loss:.3f} dev-F1={score:.3f}"
        self._bar.update(self._task, description=description)
        if not self._bar.console.is_terminal:  # a log file gets one line per epoch instead
            print(description, file=sys.stderr, flush=True)

    def stop(self) -> None:
        """Remove the bar."""
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


if __name__ == "__main__":  # pragma: no cover - use `exit-interview train`
    sys.exit("use: exit-interview train")
