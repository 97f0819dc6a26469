"""The shipped word model votes on sentiment exactly as the fitted scikit-learn model does."""

from __future__ import annotations

import itertools
import json

import numpy as np
import pytest

from assistant.coding.codebook import load_codebook
from assistant.nlp.baseline import Baseline, LinearWords, _words, export_linear
from assistant.nlp.evaluate import load_labelled


@pytest.fixture(scope="module")
def fitted(tiny_corpus, tmp_path_factory):
    codebook = load_codebook()
    items = load_labelled(tiny_corpus / "train.jsonl", codebook)
    baseline = Baseline(codebook, seed=1).fit(items)
    path = tmp_path_factory.mktemp("words") / "words.npz"
    export_linear(baseline, path)
    return baseline, LinearWords(path), items


def test_numpy_sentiment_matches_sklearn(fitted):
    baseline, words_model, items = fitted
    order = tuple(str(c) for c in baseline.sentiment_model.classes_)
    for item in items[:20]:
        tokens = _words(item.text)
        ours = words_model.sentiment(tokens, order)
        features = baseline.vectorizer.transform(
            [tokens + [f"{a} {b}" for a, b in itertools.pairwise(tokens)]]
        )
        theirs = baseline.sentiment_model.predict_proba(features)[0]
        assert np.allclose(ours, theirs, atol=1e-4)


def test_shipped_config_records_the_sentiment_share():
    from assistant.paths import models_dir

    config = json.loads((models_dir() / "classifier" / "config.json").read_text(encoding="utf-8"))
    assert 0.0 <= config.get("sentiment_words_weight", 0.0) <= 1.0
