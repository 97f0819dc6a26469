"""The combined answer classifier: model probabilities with tuned thresholds, plus the lexicon."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assistant.core.tags import Tag, Tagger, TagResult
from assistant.nlp.normalize import CLASSIFY_MAX_CHARS, normalize
from assistant.nlp.onnx_runtime import (
    WORDLIKE,
    LabelSpec,
    ModelLoadError,
    ModelOutput,
    OnnxModel,
    check_labels,
)

log = logging.getLogger(__name__)

MAX_EVIDENCE = 3
MAX_EVIDENCE_CHARS = 12  # a "word" of a thousand repeated characters is no explanation


def default_model_dir() -> Path:
    """Where the shipped classifier lives."""
    from assistant.paths import models_dir

    return models_dir() / "classifier"


def clean_text(text: object) -> str:
    """Normalised text, capped where classifiers stop reading; "" for anything unusable."""
    if not isinstance(text, str):
        return ""
    try:
        return normalize(text)[:CLASSIFY_MAX_CHARS]
    except Exception:  # normalising must never take the interview down
        log.warning("normalize failed; answer treated as empty")
        return ""


def _lexicon() -> object:
    from assistant.nlp.lexicon import LexiconTagger

    return LexiconTagger()


def _lexicon_view(lexicon: object, text: str) -> tuple[TagResult, set[str]]:
    """The lexicon's tags and the keys it is certain of; empty when it cannot say."""
    try:
        return lexicon.tag(text), set(lexicon.certain(text))  # type: ignore[attr-defined]
    except Exception:
        log.warning("lexicon failed on an answer; no lexicon tags for it")
        return TagResult(), set()


def lexicon_forced(
    lexicon: object,
    texts: Sequence[str],
    keys: Sequence[str],
    flag_keys: Sequence[str],
    reasons: bool,
) -> np.ndarray:
    """Per text and key: whether the lexicon forces the tag (flags always, reasons if asked)."""
    index = {k: j for j, k in enumerate(keys)}
    forced = np.zeros((len(texts), len(keys)), dtype=bool)
    for i, text in enumerate(texts):
        result, certain = _lexicon_view(lexicon, text)
        for tag in (*result.reasons, *result.flags):
            if tag.key in index and (tag.key in flag_keys or (reasons and tag.key in certain)):
                forced[i, index[tag.key]] = True
    return forced


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """jieba words with their character spans in text (segment drops whitespace)."""
    from assistant.nlp.segment import segment

    spans, cursor = [], 0
    for word in segment(text):
        start = text.find(word, cursor)
        if start < 0:
            continue
        spans.append((start, start + len(word), word))
        cursor = start + len(word)
    return spans


def model_evidence(scores: np.ndarray, spans: list[tuple[int, int, str]]) -> tuple[str, ...]:
    """The words that pushed one key's logit up most (exact per-token shares, summed per word)."""
    ranked = []
    for start, end, word in spans:
        value = float(scores[start:end].sum())
        if value > 0 and WORDLIKE.search(word):
            ranked.append((value, word[:MAX_EVIDENCE_CHARS]))
    ranked.sort(key=lambda item: -item[0])
    words: list[str] = []
    for _, word in ranked:
        if word not in words:
            words.append(word)
    return tuple(words[:MAX_EVIDENCE])


class Classifier:
    """Model with per-key thresholds ∪ lexicon-certain reasons; flags = model ∪ lexicon."""

    warning: str | None = None

    def __init__(self, model: OnnxModel, lexicon: object) -> None:
        self.model = model
        self.lexicon = lexicon
        self.labels: LabelSpec = model.labels
        self.model_version = model.version

    def tag(self, text: str) -> TagResult:
        """Classify one answer; never raises on any string."""
        return self.tag_batch([text])[0]

    def warm_up(self) -> None:
        """Build jieba's dictionary now (about a second), so no answer waits for it later.

        Only explanations segment text, so without this the first answer that needs one pays.
        """
        word_spans("预热")

    def tag_batch(self, texts: Sequence[str], batch_size: int = 32) -> list[TagResult]:
        """Classify many answers at once (the model runs in batches)."""
        clean = [clean_text(t) for t in texts]
        try:
            outputs: list[ModelOutput | None] = list(self.model.predict(clean, batch_size))
        except Exception:  # a model failure degrades to the lexicon, never to an exception
            log.warning("model inference failed; lexicon only for this batch")
            outputs = [None] * len(clean)
        return [self._combine(text, out) for text, out in zip(clean, outputs, strict=True)]

    def _combine(self, text: str, output: ModelOutput | None) -> TagResult:
        lex, certain = _lexicon_view(self.lexicon, text)
        if output is None:
            return lex
        if not WORDLIKE.search(text) and not (lex.reasons or lex.flags):
            return TagResult(model_version=self.model_version)  # nothing to read: no guess
        lex_tags = {tag.key: tag for tag in (*lex.reasons, *lex.flags)}
        evidence = _ModelEvidence(self.model, text, output)
        reasons, flags = [], []
        for j, key in enumerate(self.labels.multi):
            is_flag = j >= len(self.labels.reasons)
            lexicon_tag = lex_tags.get(key)
            # Flags: any lexicon flag (recall first); reasons: where the lexicon is certain,
            # for the keys where that helped on the dev split (listed in the model's config).
            forced = lexicon_tag is not None and (
                is_flag or (key in self.model.lexicon_reasons and key in certain)
            )
            prob = float(output.multi[j])
            score = prob
            if forced:
                score = max(prob, lexicon_tag.confidence)  # type: ignore[union-attr]
            threshold = self.model.threshold(key)
            if not (score >= threshold or forced):
                continue
            tag = Tag(
                key=key,
                confidence=min(1.0, max(0.0, score)),
                evidence=_evidence(lexicon_tag, evidence, j),
                source=_source(prob >= threshold, lexicon_tag is not None),
            )
            (flags if is_flag else reasons).append(tag)
        return self._result(reasons, flags, output)

    def _result(self, reasons: list[Tag], flags: list[Tag], output: ModelOutput) -> TagResult:
        best = int(np.argmax(output.sentiment))
        return TagResult(
            reasons=tuple(sorted(reasons, key=lambda tag: -tag.confidence)),
            flags=tuple(sorted(flags, key=lambda tag: -tag.confidence)),
            sentiment=self.labels.sentiments[best],  # type: ignore[arg-type]
            sentiment_confidence=float(np.clip(output.sentiment[best], 0.0, 1.0)),
            model_version=self.model_version,
        )


def _source(model_hit: bool, lexicon_hit: bool) -> str:
    if model_hit and lexicon_hit:
        return "both"
    return "model" if model_hit else "lexicon"


class _ModelEvidence:
    """The words that drove the model for one answer, worked out only if a tag asks for them.

    Segmenting and splitting the linear part's logits per character cost more than the rest of
    classifying a short answer; most tags are explained by the lexicon instead.
    """

    def __init__(self, model: OnnxModel, text: str, output: ModelOutput) -> None:
        self.model, self.text, self.output = model, text, output
        self._scores: np.ndarray | None = None
        self._spans: list[tuple[int, int, str]] = []

    def words(self, column: int) -> tuple[str, ...]:
        """The words with the largest share of one key's logit."""
        if self._scores is None:
            self._scores = self.model.evidence_scores(self.text, self.output)
            self._spans = word_spans(self.text)
        return model_evidence(self._scores[:, column], self._spans)


def _evidence(lexicon_tag: Tag | None, model: _ModelEvidence, column: int) -> tuple[str, ...]:
    """Lexicon spans when the lexicon saw the key, else the words that drove the model."""
    if lexicon_tag is not None and lexicon_tag.evidence:
        return lexicon_tag.evidence
    return model.words(column)


class LexiconFallback:
    """The lexicon alone, used when the model cannot be loaded; `warning` says why."""

    model_version = "lexicon"

    def __init__(self, lexicon: object, warning: str) -> None:
        self.lexicon = lexicon
        self.warning = warning

    def tag(self, text: str) -> TagResult:
        """Classify one answer with the lexicon; never raises on any string."""
        return _lexicon_view(self.lexicon, clean_text(text))[0]

    def warm_up(self) -> None:
        """Nothing to prepare: the lexicon does not segment."""

    def tag_batch(self, texts: Sequence[str], batch_size: int = 32) -> list[TagResult]:
        """Classify many answers with the lexicon."""
        return [self.tag(text) for text in texts]


def load_classifier(
    path: Path | str | None = None, *, codebook: object | None = None, strict: bool = False
) -> Tagger:
    """The combined classifier; if the model is missing, corrupt or mismatched, the lexicon.

    With `strict`, a model that cannot be used raises ModelLoadError (its `message` is
    Chinese and, for a label mismatch, names the differing keys) instead of falling back.
    """
    from assistant.coding.codebook import load_codebook

    lexicon = _lexicon()
    try:
        model = OnnxModel(Path(path) if path else default_model_dir())
        check_labels(model.labels, LabelSpec.from_codebook(codebook or load_codebook()))
    except ModelLoadError as error:
        if strict:
            raise
        log.info("classifier model not loaded; lexicon only")
        from assistant.i18n import t

        return LexiconFallback(lexicon, error.message + t("model.fallback"))
    return Classifier(model, lexicon)
