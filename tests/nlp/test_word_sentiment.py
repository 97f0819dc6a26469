"""The shipped linear n-gram part scores exactly as the fitted scikit-learn model does."""

from __future__ import annotations

import json

import numpy as np
import pytest

from assistant.coding.codebook import load_codebook
from assistant.nlp.baseline import (
    FEATURES_CHARS,
    FEATURES_WORDS,
    Baseline,
    LinearWords,
    char_ngrams,
    export_linear,
)
from assistant.nlp.classifier import clean_text
from assistant.nlp.evaluate import load_labelled


@pytest.fixture(scope="module", params=[FEATURES_WORDS, FEATURES_CHARS])
def fitted(request, tiny_corpus, tmp_path_factory):
    codebook = load_codebook()
    items = load_labelled(tiny_corpus / "train.jsonl", codebook)
    baseline = Baseline(codebook, seed=1, features=request.param).fit(items)
    path = tmp_path_factory.mktemp("words") / "words.npz"
    export_linear(baseline, path)
    return baseline, LinearWords(path), items


def test_numpy_sentiment_matches_sklearn(fitted):
    baseline, linear, items = fitted
    order = tuple(str(c) for c in baseline.sentiment_model.classes_)
    for item in items[:20]:
        terms = linear.terms(clean_text(item.text))
        ours = linear.sentiment(terms, order)
        theirs = baseline.sentiment_model.predict_proba(baseline.vectorizer.transform([terms]))[0]
        assert np.allclose(ours, theirs, atol=1e-4)


def test_numpy_key_probabilities_match_sklearn(fitted):
    baseline, linear, items = fitted
    texts = [item.text for item in items[:20]]
    ours = np.stack([linear.probabilities(linear.terms(clean_text(t))) for t in texts])
    assert np.allclose(ours, baseline.probabilities(texts), atol=1e-4)


def test_the_file_records_its_feature_scheme(fitted):
    baseline, linear, _ = fitted
    assert linear.features == baseline.features


def test_char_ngrams_ignore_whitespace_and_share_pieces_across_wordings():
    assert char_ngrams("被 辞退")[:3] == ["被", "辞", "退"]
    assert "辞退" in char_ngrams("被辞退") and "辞退" in char_ngrams("辞退了我")
    assert len(char_ngrams("abcd")) == 4 + 3 + 2 + 1
    assert char_ngrams("  ") == []


def test_an_unknown_feature_scheme_is_refused(tmp_path):
    with pytest.raises(ValueError, match="scheme"):
        Baseline(load_codebook(), features="bytes")


def test_shipped_config_records_the_sentiment_share():
    from assistant.paths import models_dir

    config = json.loads((models_dir() / "classifier" / "config.json").read_text(encoding="utf-8"))
    assert 0.0 <= config.get("sentiment_words_weight", 0.0) <= 1.0


def test_char_contributions_split_each_logit_exactly(fitted):
    _, linear, items = fitted
    for item in items[:10]:
        text = clean_text(item.text) + " 加班"
        shares = linear.char_contributions(text)
        if linear.features != FEATURES_CHARS:
            assert shares is None  # word files explain nothing per character
            continue
        ids, weights = linear._features(linear.terms(text))
        assert np.allclose(shares.sum(axis=0), weights @ linear.coef[ids], atol=1e-4)
        assert not shares[text.index(" ")].any()  # whitespace is in no n-gram


def test_quantised_file_is_smaller_and_scores_nearly_the_same(fitted, tmp_path):
    baseline, plain, items = fitted
    path = tmp_path / "words.npz"
    export_linear(baseline, path, quantize=True)
    quantised = LinearWords(path)
    with np.load(path) as data:  # the weight matrices, most of a real file, shrink fourfold
        assert data["coef"].nbytes * 4 == plain.coef.nbytes
    for item in items[:20]:
        text = clean_text(item.text)
        ours = quantised.probabilities(quantised.terms(text))
        exact = plain.probabilities(plain.terms(text))
        assert np.abs(ours - exact).max() < 0.02


def test_square_root_codes_round_trip_small_and_large_weights():
    from assistant.nlp.baseline import dequantize_rows, quantize_rows

    weights = np.array([[0.0, 0.01, -0.3, 2.0, -15.0], [0.0, 0.0, 0.0, 0.0, 0.0]], np.float32)
    codes, largest = quantize_rows(weights)
    assert codes.dtype == np.int8
    restored = dequantize_rows(codes, largest)
    assert np.allclose(restored[0], weights[0], atol=0.02, rtol=0.02)
    assert not restored[1].any()  # a key that learnt nothing stays silent
