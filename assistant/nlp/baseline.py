"""TF-IDF + logistic regression: the jieba-word baseline and the model's char n-gram component."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

import numpy as np

from assistant.core.tags import Tag, TagResult
from assistant.nlp.evaluate import Labelled, tune_thresholds

BASELINE_VERSION = "baseline-jieba-tfidf-lr"
FEATURES_WORDS = "words"  # jieba words and adjacent word pairs: the baseline of `evaluate`
FEATURES_CHARS = "chars-1-4"  # character 1- to 4-grams: the shipped model's linear part
CHAR_NGRAMS = (1, 4)
FEATURE_SCHEMES = (FEATURES_WORDS, FEATURES_CHARS)


def char_ngrams(text: str) -> list[str]:
    """Character n-grams of the text without whitespace.

    Real complaints word things in ways the corpus never did; n-grams still share pieces
    (被辞退 / 辞退了 / 把我辞了) where whole jieba words do not, and survive typos.
    """
    chars = "".join(text.split())
    return [chars[start : start + size] for start, size in ngram_spans(len(chars))]


def ngram_spans(length: int) -> list[tuple[int, int]]:
    """(start, size) of every character n-gram of a whitespace-free text of this length."""
    low, high = CHAR_NGRAMS
    return [(start, size) for size in range(low, high + 1) for start in range(length - size + 1)]


def text_terms(text: str, features: str) -> list[str]:
    """The TF-IDF terms of one already-cleaned text under a feature scheme."""
    if features == FEATURES_CHARS:
        return char_ngrams(text)
    from assistant.nlp.segment import segment

    return _with_bigrams(segment(text))


def _terms(text: str, features: str) -> list[str]:
    from assistant.nlp.classifier import clean_text

    return text_terms(clean_text(text), features)


class Baseline:
    """Trained on the same corpus as the model; thresholds tuned on the same dev split."""

    warning: str | None = None
    model_version = BASELINE_VERSION

    def __init__(self, codebook: object, seed: int = 0, features: str = FEATURES_WORDS) -> None:
        if features not in FEATURE_SCHEMES:
            raise ValueError(f"unknown feature scheme {features!r}")
        self.features = features
        self.reason_keys = tuple(codebook.reason_keys)  # type: ignore[attr-defined]
        self.flag_keys = tuple(codebook.flag_keys)  # type: ignore[attr-defined]
        self.sentiment_keys = tuple(codebook.sentiment_keys)  # type: ignore[attr-defined]
        self.keys = self.reason_keys + self.flag_keys
        self.seed = seed
        self.thresholds = dict.fromkeys(self.keys, 0.5)

    def fit(self, train: Sequence[Labelled], dev: Sequence[Labelled] = ()) -> Baseline:
        """Fit TF-IDF and one logistic regression per key, then tune thresholds on dev."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        # Char n-grams seen once are mostly noise and would double the shipped file.
        min_df = 2 if self.features == FEATURES_CHARS else 1
        self.vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, min_df=min_df)
        features = self.vectorizer.fit_transform([_terms(x.text, self.features) for x in train])
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
        features = self.vectorizer.transform([_terms(t, self.features) for t in texts])
        columns = [
            m.predict_proba(features)[:, 1] if m is not None else np.zeros(len(texts))
            for m in self.models
        ]
        return np.stack(columns, axis=1) if columns else np.zeros((len(texts), 0))

    def tag_batch(self, texts: Sequence[str], batch_size: int = 256) -> list[TagResult]:
        """Tag many texts."""
        texts = [t if isinstance(t, str) else "" for t in texts]
        probs = self.probabilities(texts)
        terms = [_terms(t, self.features) for t in texts]
        sentiment = self.sentiment_model.predict_proba(self.vectorizer.transform(terms))
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


def quantize_rows(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 codes of the square root of each weight's share of its row's largest, and that largest.

    The shipped file holds about 150,000 n-grams × 24 weights; as float32 they were most of the
    model's size. Nearly all weights are small and a few are large (99 % under 0.8, the largest
    12–20), so a square-root scale keeps small weights fine and large ones relatively close: on
    the dev split no probability moved by more than about 0.01 (a linear int8 scale: 0.04).
    """
    largest = np.abs(matrix).max(axis=1)
    largest = np.where(largest > 0, largest, 1.0).astype(np.float32)
    share = np.abs(matrix) / largest[:, None]
    return np.round(127 * np.sign(matrix) * np.sqrt(share)).astype(np.int8), largest


def dequantize_rows(codes: np.ndarray, largest: np.ndarray) -> np.ndarray:
    """The float32 weights that `quantize_rows` encoded."""
    steps = codes.astype(np.float32) / 127
    return np.sign(steps) * steps**2 * largest[:, None]


def _weights(data: object, name: str) -> np.ndarray:
    """A [rows, terms] weight matrix as float32, whether stored plain or quantised."""
    matrix = data[name]  # type: ignore[index]
    if f"{name}_largest" not in data.files:  # type: ignore[attr-defined]
        return matrix.astype(np.float32)
    return dequantize_rows(matrix, data[f"{name}_largest"])  # type: ignore[index]


def export_linear(baseline: Baseline, path: object, *, quantize: bool = False) -> None:
    """Save the fitted TF-IDF + logistic-regression weights as plain arrays (no pickle).

    With `quantize`, the two weight matrices are stored as int8 codes (see `quantize_rows`).
    """
    vocab = baseline.vectorizer.vocabulary_
    terms = np.array(sorted(vocab, key=vocab.get))
    coef = np.zeros((len(baseline.keys), len(terms)), dtype=np.float32)
    intercept = np.full(len(baseline.keys), -20.0, dtype=np.float32)  # unlearnable: silent
    for j, model in enumerate(baseline.models):
        if model is not None:
            coef[j] = model.coef_[0]
            intercept[j] = model.intercept_[0]
    sentiment = baseline.sentiment_model
    # Both [rows, terms]: one row per key, one per sentiment class (multinomial).
    matrices = {"coef": coef, "sent_coef": sentiment.coef_.astype(np.float32)}
    stored: dict[str, np.ndarray] = {}
    for name, matrix in matrices.items():
        if quantize:
            stored[name], stored[f"{name}_largest"] = quantize_rows(matrix)
        else:
            stored[name] = matrix
    np.savez_compressed(
        path,
        terms=terms,
        idf=baseline.vectorizer.idf_.astype(np.float32),
        intercept=intercept,
        keys=np.array(baseline.keys),
        sent_intercept=sentiment.intercept_.astype(np.float32),
        sent_classes=np.array([str(c) for c in sentiment.classes_]),
        features=np.array(baseline.features),
        **stored,
    )


class LinearWords:
    """The linear component at run time: numpy only, same maths as TfidfVectorizer + LR."""

    def __init__(self, path: object) -> None:
        with np.load(path, allow_pickle=False) as data:
            self.index = {str(t): i for i, t in enumerate(data["terms"])}
            self.idf = data["idf"]
            self.coef = _weights(data, "coef").T.copy()  # [terms, keys]
            self.intercept = data["intercept"]
            self.keys = tuple(str(k) for k in data["keys"])
            has_sentiment = "sent_coef" in data.files  # older model files have none
            self.sent_coef = _weights(data, "sent_coef").T.copy() if has_sentiment else None
            self.sent_intercept = data["sent_intercept"] if has_sentiment else None
            self.sent_classes = tuple(str(c) for c in data["sent_classes"]) if has_sentiment else ()
            # Older files carry no scheme: they were fitted on jieba words.
            self.features = str(data["features"]) if "features" in data.files else FEATURES_WORDS
        if self.features not in FEATURE_SCHEMES:
            raise ValueError(f"unknown feature scheme {self.features!r}")

    def terms(self, text: str) -> list[str]:
        """The terms of one cleaned text under this file's feature scheme."""
        return text_terms(text, self.features)

    def _features(self, terms: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Term ids and their sublinear, L2-normalised TF-IDF weights."""
        counts: dict[int, int] = {}
        for term in terms:
            i = self.index.get(term)
            if i is not None:
                counts[i] = counts.get(i, 0) + 1
        return self._tfidf(counts)

    def _tfidf(self, counts: dict[int, int]) -> tuple[np.ndarray, np.ndarray]:
        """Term ids and their sublinear, L2-normalised TF-IDF weights, from counts per id."""
        ids = np.fromiter(counts, dtype=np.int64)
        if not counts:
            return ids, np.zeros(0)
        weights = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64))) * self.idf[ids]
        return ids, weights / np.linalg.norm(weights)

    def sentiment(self, terms: list[str], order: Sequence[str]) -> np.ndarray:
        """Sentiment probabilities in `order`; uniform when the file carries no sentiment model."""
        if self.sent_coef is None or self.sent_intercept is None:
            return np.full(len(order), 1.0 / len(order))
        ids, weights = self._features(terms)
        logits = self.sent_intercept.astype(np.float64)
        if len(ids):
            logits = logits + weights @ self.sent_coef[ids]
        if len(logits) == 1:  # a two-class fit stores one logit for the second class
            logits = np.array([0.0, logits[0]])
        probs = dict(zip(self.sent_classes, _softmax(logits), strict=True))
        return np.array([probs.get(key, 0.0) for key in order])

    def char_contributions(self, text: str) -> np.ndarray | None:
        """Each character's share of each key's logit, [len(text), keys]; None for word files.

        An n-gram's term (TF-IDF weight × coefficient) is shared evenly by its occurrences and,
        within one occurrence, by its characters, so a character's scores sum the n-grams
        covering it. Whitespace, which the n-grams skip, gets nothing.
        """
        if self.features != FEATURES_CHARS:
            return None
        positions = np.array([i for i, ch in enumerate(text) if not ch.isspace()], dtype=np.int64)
        scores = np.zeros((len(text), len(self.keys)), dtype=np.float32)
        occurrences = self._occurrences("".join(text.split()))
        if not occurrences:
            return scores
        counts = Counter(term for term, _, _ in occurrences)
        ids, weights = self._tfidf(counts)
        weights = weights / np.fromiter(counts.values(), dtype=np.float64)  # one occurrence's
        share = dict(zip(ids.tolist(), weights[:, None] * self.coef[ids], strict=True))
        for term, start, size in occurrences:
            scores[positions[start : start + size]] += share[term] / size
        return scores

    def _occurrences(self, chars: str) -> list[tuple[int, int, int]]:
        """(term id, start, length) of every known n-gram in whitespace-free text."""
        found = []
        for start, size in ngram_spans(len(chars)):
            term = self.index.get(chars[start : start + size])
            if term is not None:
                found.append((term, start, size))
        return found

    def probabilities(self, terms: list[str]) -> np.ndarray:
        """Per-key probabilities for the terms of one normalised text (see `terms`)."""
        ids, weights = self._features(terms)
        logits = self.intercept.astype(np.float64)
        if len(ids):
            logits = logits + weights @ self.coef[ids]
        return 1.0 / (1.0 + np.exp(-logits))


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max())
    return shifted / shifted.sum()
