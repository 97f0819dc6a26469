"""Baseline for comparison: jieba words + TF-IDF + one-vs-rest logistic regression."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import numpy as np

from assistant.core.tags import Tag, TagResult
from assistant.nlp.evaluate import Labelled, tune_thresholds

BASELINE_VERSION = "baseline-jieba-tfidf-lr"


def _words(text: str) -> list[str]:
    from assistant.nlp.classifier import clean_text
    from assistant.nlp.segment import segment

    return segment(clean_text(text))


class Baseline:
    """Trained on the same corpus as the model; thresholds tuned on the same dev split."""

    warning: str | None = None
    model_version = BASELINE_VERSION

    def __init__(self, codebook: object, seed: int = 0) -> None:
        self.reason_keys = tuple(codebook.reason_keys)  # type: ignore[attr-defined]
        self.flag_keys = tuple(codebook.flag_keys)  # type: ignore[attr-defined]
        self.sentiment_keys = tuple(codebook.sentiment_keys)  # type: ignore[attr-defined]
        self.keys = self.reason_keys + self.flag_keys
        self.seed = seed
        self.thresholds = dict.fromkeys(self.keys, 0.5)

    def fit(self, train: Sequence[Labelled], dev: Sequence[Labelled] = ()) -> Baseline:
        """Fit TF-IDF and one logistic regression per key, then tune thresholds on dev."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True)
        features = self.vectorizer.fit_transform([_with_bigrams(_words(x.text)) for x in train])
        targets = np.array([[k in x.reasons or k in x.flags for k in self.keys] for x in train])
        self.models = [self._binary(features, targets[:, j]) for j in range(len(self.keys))]
        self.sentiment_model = self._logistic().fit(features, [x.sentiment for x in train])
        if dev:
            self._tune(dev)
        return self

    def _logistic(self) -> object:
        from sklearn.linear_model import LogisticRegression

        return LogisticRegression(
            C=4.0, class_weight="balanced", max_iter=2000, random_state=self.seed
        )

    def _binary(self, features: object, target: np.ndarray) -> object | None:
        # A key with no (or only) positive examples cannot be learnt: it stays silent.
        if target.all() or not target.any():
            return None
        return self._logistic().fit(features, target)

    def _tune(self, dev: Sequence[Labelled]) -> None:
        probs = self.probabilities([x.text for x in dev])
        gold = np.array([[k in x.reasons or k in x.flags for k in self.keys] for x in dev])
        forced = np.zeros_like(gold, dtype=bool)
        self.thresholds = tune_thresholds(probs, gold, forced, self.keys, self.flag_keys)

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """Per-key probabilities, [len(texts), n_keys]."""
        features = self.vectorizer.transform([_with_bigrams(_words(t)) for t in texts])
        columns = [
            m.predict_proba(features)[:, 1] if m is not None else np.zeros(len(texts))
            for m in self.models
        ]
        return np.stack(columns, axis=1) if columns else np.zeros((len(texts), 0))

    def tag_batch(self, texts: Sequence[str], batch_size: int = 256) -> list[TagResult]:
        """Tag many texts."""
        texts = [t if isinstance(t, str) else "" for t in texts]
        probs = self.probabilities(texts)
        words = [_with_bigrams(_words(t)) for t in texts]
        sentiment = self.sentiment_model.predict_proba(self.vectorizer.transform(words))
        classes = list(self.sentiment_model.classes_)
        return [self._result(probs[i], sentiment[i], classes) for i in range(len(texts))]

    def tag(self, text: str) -> TagResult:
        """Tag one text."""
        return self.tag_batch([text])[0]

    def _result(self, probs: np.ndarray, sentiment: np.ndarray, classes: list[str]) -> TagResult:
        tags = [
            Tag(key=k, confidence=float(np.clip(p, 0, 1)), source="model")
            for k, p in zip(self.keys, probs, strict=True)
            if p >= self.thresholds[k]
        ]
        best = int(np.argmax(sentiment))
        return TagResult(
            reasons=tuple(t for t in tags if t.key in self.reason_keys),
            flags=tuple(t for t in tags if t.key in self.flag_keys),
            sentiment=classes[best],
            sentiment_confidence=float(np.clip(sentiment[best], 0, 1)),
            model_version=BASELINE_VERSION,
        )


def _with_bigrams(words: list[str]) -> list[str]:
    """Words plus adjacent word pairs, so "不 加班" differs from "加班"."""
    return words + [f"{a} {b}" for a, b in pairwise(words)]


def _identity(words: list[str]) -> list[str]:
    """The texts are already tokenised."""
    return words


WORDS_FILE = "words.npz"


def export_linear(baseline: Baseline, path: object) -> None:
    """Save the fitted TF-IDF + logistic-regression weights as plain arrays (no pickle)."""
    vocab = baseline.vectorizer.vocabulary_
    terms = np.array(sorted(vocab, key=vocab.get))
    coef = np.zeros((len(baseline.keys), len(terms)), dtype=np.float32)
    intercept = np.full(len(baseline.keys), -20.0, dtype=np.float32)  # unlearnable: silent
    for j, model in enumerate(baseline.models):
        if model is not None:
            coef[j] = model.coef_[0]
            intercept[j] = model.intercept_[0]
    sentiment = baseline.sentiment_model
    np.savez_compressed(
        path,
        terms=terms,
        idf=baseline.vectorizer.idf_.astype(np.float32),
        coef=coef,
        intercept=intercept,
        keys=np.array(baseline.keys),
        sent_coef=sentiment.coef_.astype(np.float32),  # [classes, terms], multinomial
        sent_intercept=sentiment.intercept_.astype(np.float32),
        sent_classes=np.array([str(c) for c in sentiment.classes_]),
    )


class LinearWords:
    """The word-level component at run time: numpy only, same maths as TfidfVectorizer + LR."""

    def __init__(self, path: object) -> None:
        with np.load(path, allow_pickle=False) as data:
            self.index = {str(t): i for i, t in enumerate(data["terms"])}
            self.idf = data["idf"]
            self.coef = data["coef"].T.copy()  # [terms, keys]
            self.intercept = data["intercept"]
            self.keys = tuple(str(k) for k in data["keys"])
            has_sentiment = "sent_coef" in data.files  # older model files have none
            self.sent_coef = data["sent_coef"].T.copy() if has_sentiment else None
            self.sent_intercept = data["sent_intercept"] if has_sentiment else None
            self.sent_classes = tuple(str(c) for c in data["sent_classes"]) if has_sentiment else ()

    def _features(self, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Term ids and their sublinear, L2-normalised TF-IDF weights."""
        counts: dict[int, int] = {}
        for term in _with_bigrams(words):
            i = self.index.get(term)
            if i is not None:
                counts[i] = counts.get(i, 0) + 1
        ids = np.fromiter(counts, dtype=np.int64)
        if not counts:
            return ids, np.zeros(0)
        weights = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64))) * self.idf[ids]
        return ids, weights / np.linalg.norm(weights)

    def sentiment(self, words: list[str], order: Sequence[str]) -> np.ndarray:
        """Sentiment probabilities in `order`; uniform when the file carries no sentiment model."""
        if self.sent_coef is None or self.sent_intercept is None:
            return np.full(len(order), 1.0 / len(order))
        ids, weights = self._features(words)
        logits = self.sent_intercept.astype(np.float64)
        if len(ids):
            logits = logits + weights @ self.sent_coef[ids]
        if len(logits) == 1:  # a two-class fit stores one logit for the second class
            logits = np.array([0.0, logits[0]])
        probs = dict(zip(self.sent_classes, _softmax(logits), strict=True))
        return np.array([probs.get(key, 0.0) for key in order])

    def probabilities(self, words: list[str]) -> np.ndarray:
        """Per-key probabilities for one segmented, normalised text."""
        ids, weights = self._features(words)
        logits = self.intercept.astype(np.float64)
        if len(ids):
            logits = logits + weights @ self.coef[ids]
        return 1.0 / (1.0 + np.exp(-logits))


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max())
    return shifted / shifted.sum()
