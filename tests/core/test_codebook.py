"""The project's codebook carries exactly the shared taxonomy's keys, with stable codes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REASONS = [
    "pay",
    "career",
    "manager",
    "workload",
    "appraisal",
    "training",
    "job_fit",
    "culture",
    "conditions",
    "company",
    "family",
    "location",
    "health",
    "study",
    "offer",
    "involuntary",
]
FLAGS = ["harassment", "discrimination", "misconduct", "safety", "labor_law"]
SHARED = Path(__file__).resolve().parents[3] / "shared" / "CODEBOOK.md"


def test_keys_are_exactly_the_taxonomy(codebook):
    assert list(codebook.reason_keys) == REASONS
    assert list(codebook.flag_keys) == FLAGS
    assert list(codebook.sentiment_keys) == ["negative", "neutral", "positive"]


@pytest.mark.skipif(not SHARED.exists(), reason="shared/CODEBOOK.md is not beside this checkout")
def test_keys_match_shared_codebook_document(codebook):
    text = SHARED.read_text(encoding="utf-8")
    documented = re.findall(r"^\| ([a-z_]+) \| ", text, flags=re.M)
    assert set(documented) - {"key"} == set(codebook.reason_keys) | set(codebook.flag_keys)


def test_codes_are_stable_and_labels_chinese(codebook):
    assert [codebook.entry(k).code for k in REASONS] == list(range(1, 17))
    assert codebook.label("pay") == "薪酬福利"
    assert all(re.search(r"[\u4e00-\u9fff]", codebook.label(k)) for k in REASONS + FLAGS)


def test_sensitive_codes_need_separate_consent(codebook):
    assert codebook.is_sensitive("health")
    assert all(codebook.is_sensitive(flag) for flag in FLAGS)
    assert not codebook.is_sensitive("pay")


def test_every_reason_has_a_probe_and_a_cold_start_group(codebook):
    groups = {o.group for o in codebook.cold_start.options}
    for entry in codebook.reasons:
        assert entry.probe.endswith("？")
        assert entry.group in groups
