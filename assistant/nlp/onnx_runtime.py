"""Run the shipped classifier with onnxruntime and `tokenizers` only (no torch on the kiosk)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

MODEL_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
LABELS_FILE = "labels.json"
THRESHOLDS_FILE = "thresholds.json"
CONFIG_FILE = "config.json"
METRICS_FILE = "metrics.json"
REQUIRED_FILES = (MODEL_FILE, TOKENIZER_FILE, LABELS_FILE, THRESHOLDS_FILE, CONFIG_FILE)

INTRA_OP_THREADS = 2
BATCH_SIZE = 32
MAX_WINDOWS = 8  # long answers are read in up to this many windows of max_len characters
MAX_SENTENCES = 8  # and, with sentence pooling, up to this many sentences one by one
_SENTENCE_END = re.compile(r"[。！？!?；;\n]+")
WORDLIKE = re.compile(r"[\w\u4e00-\u9fff]")  # a letter, digit or CJK character


def split_sentences(text: str) -> list[str]:
    """The sentences of a multi-sentence answer; [] when there is only one."""
    parts = [part for part in _SENTENCE_END.split(text) if WORDLIKE.search(part)]
    return parts if len(parts) > 1 else []


class ModelLoadError(Exception):
    """The model folder is missing, incomplete or unreadable; `message` is Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class LabelMismatchError(ModelLoadError):
    """The model's label list differs from the codebook's keys."""

    def __init__(self, message: str, differing: dict[str, tuple[str, ...]]) -> None:
        super().__init__(message)
        self.differing = differing


@dataclass(frozen=True)
class LabelSpec:
    """The label list a model was trained with, tied to a codebook version."""

    codebook_version: str
    reasons: tuple[str, ...]
    flags: tuple[str, ...]
    sentiments: tuple[str, ...]

    @property
    def multi(self) -> tuple[str, ...]:
        """Keys of the multi-label head, in output order: reasons then flags."""
        return self.reasons + self.flags

    def to_json(self) -> dict[str, object]:
        """The labels.json payload."""
        return {
            "codebook_version": self.codebook_version,
            "reasons": list(self.reasons),
            "flags": list(self.flags),
            "sentiments": list(self.sentiments),
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> LabelSpec:
        """Parse labels.json; raises KeyError/TypeError on a malformed file."""
        return cls(
            codebook_version=str(data["codebook_version"]),
            reasons=tuple(str(k) for k in data["reasons"]),  # type: ignore[union-attr]
            flags=tuple(str(k) for k in data["flags"]),  # type: ignore[union-attr]
            sentiments=tuple(str(k) for k in data["sentiments"]),  # type: ignore[union-attr]
        )

    @classmethod
    def from_codebook(cls, codebook: object) -> LabelSpec:
        """The label list the codebook asks for."""
        return cls(
            codebook_version=str(codebook.version),  # type: ignore[attr-defined]
            reasons=tuple(codebook.reason_keys),  # type: ignore[attr-defined]
            flags=tuple(codebook.flag_keys),  # type: ignore[attr-defined]
            sentiments=tuple(codebook.sentiment_keys),  # type: ignore[attr-defined]
        )


def label_differences(model: LabelSpec, expected: LabelSpec) -> dict[str, tuple[str, ...]]:
    """Keys only in the model, only in the codebook, or in a different order; empty if equal."""
    diff: dict[str, tuple[str, ...]] = {}
    for group in ("reasons", "flags", "sentiments"):
        have, want = getattr(model, group), getattr(expected, group)
        extra = tuple(k for k in have if k not in want)
        missing = tuple(k for k in want if k not in have)
        if extra:
            diff[f"{group}: model_only"] = extra
        if missing:
            diff[f"{group}: codebook_only"] = missing
        if not extra and not missing and have != want:
            diff[f"{group}: order"] = have
    return diff


def check_labels(model: LabelSpec, expected: LabelSpec) -> None:
    """Refuse a model whose labels differ from the codebook, naming the differing keys."""
    from assistant.i18n import t

    diff = label_differences(model, expected)
    if not diff and model.codebook_version == expected.codebook_version:
        return
    if not diff:
        message = t(
            "model.version_mismatch",
            model=model.codebook_version,
            codebook=expected.codebook_version,
        )
        raise LabelMismatchError(message, {"codebook_version": (model.codebook_version,)})
    parts = "；".join(f"{where}：{', '.join(keys)}" for where, keys in diff.items())
    raise LabelMismatchError(t("model.label_mismatch", keys=parts), diff)


@dataclass(frozen=True)
class ModelOutput:
    """Model scores for one text: multi-label probabilities, sentiment, per-char evidence."""

    multi: np.ndarray  # [n_multi] sigmoid probabilities, order LabelSpec.multi
    sentiment: np.ndarray  # [n_sentiments] softmax probabilities
    char_scores: np.ndarray  # [len(text), n_multi] each character's share of each logit


def _read_json(path: Path) -> dict[str, object]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(path.name)
    return data


def _session(path: Path, threads: int) -> object:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3  # the kiosk log is not the place for graph warnings
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def lexicon_reason_keys(setting: object, reasons: Sequence[str]) -> frozenset[str]:
    """Reasons the lexicon may force where certain: true = all, false = none, or a key list."""
    if isinstance(setting, list):
        return frozenset(str(key) for key in setting) & frozenset(reasons)
    return frozenset(reasons) if setting else frozenset()


class OnnxModel:
    """The exported model, its tokenizer, labels and thresholds, loaded from local files."""

    def __init__(self, directory: Path, *, threads: int = INTRA_OP_THREADS) -> None:
        from assistant.i18n import t

        self.directory = Path(directory)
        missing = [n for n in REQUIRED_FILES if not (self.directory / n).is_file()]
        if missing:
            raise ModelLoadError(t("model.missing", path=self.directory, files=", ".join(missing)))
        try:
            self._load(threads)
        except Exception as error:  # any unreadable file is "corrupt", reported without traceback
            raise ModelLoadError(
                t("model.corrupt", path=self.directory, kind=type(error).__name__)
            ) from error

    def _load(self, threads: int) -> None:
        from tokenizers import Tokenizer

        from assistant.nlp.vocab import configure_tokenizer

        self.labels = LabelSpec.from_json(_read_json(self.directory / LABELS_FILE))
        raw = _read_json(self.directory / THRESHOLDS_FILE)
        self.thresholds = {str(k): float(v) for k, v in raw.items()}  # type: ignore[arg-type]
        self.config = _read_json(self.directory / CONFIG_FILE)
        self.max_len = int(self.config.get("max_len", 128))  # type: ignore[call-overload]
        self.version = str(self.config.get("model_version", "model"))
        self.tokenizer = configure_tokenizer(
            Tokenizer.from_file(str(self.directory / TOKENIZER_FILE)), self.max_len
        )
        self.session = _session(self.directory / MODEL_FILE, threads)
        self._check_outputs()
        self._load_words()

    def _load_words(self) -> None:
        """The optional linear (TF-IDF n-gram) component and its ensemble weight."""
        from assistant.nlp.baseline import WORDS_FILE, LinearWords

        self.words_weight = float(self.config.get("words_weight", 0.0))  # type: ignore[arg-type]
        self.lexicon_reasons = lexicon_reason_keys(
            self.config.get("lexicon_reasons", True), self.labels.reasons
        )
        self.sentence_pool = bool(self.config.get("sentence_pool", False))
        # Share of the linear model in the sentiment vote; chosen on the dev split by `train`.
        self.sentiment_words_weight = float(self.config.get("sentiment_words_weight", 0.0))  # type: ignore[arg-type]
        self.words = LinearWords(self.directory / WORDS_FILE) if self.words_weight > 0 else None
        # Same length only: differing key names are reported by check_labels, naming the keys.
        if self.words is not None and len(self.words.keys) != len(self.labels.multi):
            raise ValueError("words.npz keys")

    def _check_outputs(self) -> None:
        names = [o.name for o in self.session.get_outputs()]  # type: ignore[attr-defined]
        if names[:3] != ["probs", "sentiment", "contrib"]:
            raise ValueError("outputs")

    def threshold(self, key: str) -> float:
        """Decision threshold of one key (0.5 if the file has none)."""
        return self.thresholds.get(key, 0.5)

    def predict(self, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> list[ModelOutput]:
        """Score already-normalised texts; multi-sentence answers also sentence by sentence."""
        outputs = self._predict_whole(texts, batch_size)
        if not self.sentence_pool:
            return outputs
        return self._pool_sentences(texts, outputs, batch_size)

    def _pool_sentences(
        self, texts: Sequence[str], outputs: list[ModelOutput], batch_size: int
    ) -> list[ModelOutput]:
        """Max of whole-answer and per-sentence key probabilities.

        The corpus answers are short; a long answer naming several reasons dilutes each one in
        a single read (TF-IDF weights shrink with length), so every sentence is also read alone.
        Sentiment and evidence stay those of the whole answer.
        """
        owners, parts = [], []
        for index, text in enumerate(texts):
            for sentence in split_sentences(text)[:MAX_SENTENCES]:
                owners.append(index)
                parts.append(sentence)
        if not parts:
            return outputs
        best = [output.multi for output in outputs]
        for owner, scored in zip(owners, self._predict_whole(parts, batch_size), strict=True):
            best[owner] = np.maximum(best[owner], scored.multi)
        return [replace(o, multi=m) for o, m in zip(outputs, best, strict=True)]

    def _predict_whole(self, texts: Sequence[str], batch_size: int) -> list[ModelOutput]:
        """Score texts as wholes; long ones are read in windows and max-pooled."""
        windows: list[tuple[int, int, str]] = []  # (text index, char offset, window text)
        span = max(1, self.max_len - 2)
        for index, text in enumerate(texts):
            starts = range(0, max(len(text), 1), span)
            windows.extend((index, s, text[s : s + span]) for s in list(starts)[:MAX_WINDOWS])
        scored = self._score_windows([w[2] for w in windows], batch_size)
        owned: list[list[tuple[int, tuple]]] = [[] for _ in texts]
        for (owner, offset, _), result in zip(windows, scored, strict=True):
            owned[owner].append((offset, result))
        outputs = [self._merge(text, parts) for text, parts in zip(texts, owned, strict=True)]
        return [self._ensemble(text, out) for text, out in zip(texts, outputs, strict=True)]

    def _ensemble(self, text: str, output: ModelOutput) -> ModelOutput:
        """Weighted mean of the transformer's and the linear n-gram model's probabilities."""
        if self.words is None:
            return output
        terms = self.words.terms(text)
        words = self.words.probabilities(terms)
        multi = (1 - self.words_weight) * output.multi + self.words_weight * words
        share = self.sentiment_words_weight
        sentiment = output.sentiment
        if share > 0:
            sentiment = (1 - share) * sentiment + share * self.words.sentiment(
                terms, self.labels.sentiments
            )
        return ModelOutput(multi.astype(np.float32), sentiment, output.char_scores)

    def evidence_scores(self, text: str, output: ModelOutput) -> np.ndarray:
        """Per-character evidence of both parts, weighted as their probabilities are.

        The linear part carries most of the ensemble's weight, so explanations that showed only
        the transformer's characters would name words that barely decided the tag. Computed on
        demand: only a tag the lexicon cannot explain needs it.
        """
        linear = self.words.char_contributions(text) if self.words is not None else None
        if linear is None:
            return output.char_scores
        return (1 - self.words_weight) * output.char_scores + self.words_weight * linear

    def _score_windows(
        self, texts: list[str], batch_size: int
    ) -> list[tuple[np.ndarray, np.ndarray, np.ndarray, list[tuple[int, int]]]]:
        # Sorting by length keeps padding (wasted compute) low within each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        results: list = [None] * len(texts)
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            for i, result in zip(chunk, self._run([texts[i] for i in chunk]), strict=True):
                results[i] = result
        return results

    def _run(self, texts: list[str]) -> list:
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        probs, sentiment, contrib = self.session.run(  # type: ignore[attr-defined]
            ["probs", "sentiment", "contrib"], {"input_ids": ids, "attention_mask": mask}
        )
        return [
            (probs[i], sentiment[i], contrib[i], encodings[i].offsets) for i in range(len(texts))
        ]

    def _merge(self, text: str, parts: list[tuple[int, tuple]]) -> ModelOutput:
        chars = np.zeros((len(text), len(self.labels.multi)), dtype=np.float32)
        multi, sentiment = [], []
        for offset, (probs, sent, contrib, offsets) in parts:
            multi.append(probs)
            sentiment.append(sent)
            for token, (start, end) in enumerate(offsets):
                if end > start:  # special tokens and padding have empty offsets
                    chars[offset + start : offset + end] += contrib[token]
        return ModelOutput(np.max(multi, axis=0), np.mean(sentiment, axis=0), chars)
