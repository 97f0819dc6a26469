"""normalize(): the canonical form every matcher and explanation works on."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from assistant.nlp.normalize import CLASSIFY_MAX_CHARS, T2S_PHRASE_CHARS, normalize


def test_fullwidth_letters_and_digits_become_ascii_but_chinese_punctuation_stays() -> None:
    assert normalize("ＫＰＩ考核１００分，Ｎ＋１！") == "kpi考核100分，n+1！"


def test_traditional_becomes_simplified() -> None:
    assert normalize("薪資太低，離職後頭髮都白了") == "薪资太低，离职后头发都白了"


def test_traditional_beyond_the_phrase_limit_is_still_converted() -> None:
    text = "好" * T2S_PHRASE_CHARS + "薪資"
    assert normalize(text).endswith("薪资")


def test_invisible_and_control_characters_are_removed() -> None:
    text = "工资\u202e太低\u200b了\u2066\u2069\ufeff\x07\x00，\u200f加班\x1b[31m多\x1b[0m"
    assert normalize(text) == "工资太低了，加班多"


def test_newlines_survive_but_whitespace_runs_collapse() -> None:
    assert (
        normalize("  第一点\t\t工资\r\n\r\n  第二点\u3000\u3000加班  ")
        == "第一点 工资\n第二点 加班"
    )


def test_lone_surrogates_become_replacement_char_and_pairs_join() -> None:
    assert normalize("a\ud800b") == "a\ufffdb"
    assert normalize("\ud83d\ude00") == "😀"


def test_latin_is_lower_cased() -> None:
    assert normalize("My Leader PUA me") == "my leader pua me"


def test_empty_and_blank_input() -> None:
    assert normalize("") == ""
    assert normalize(" \n\t ") == ""


def test_megabyte_input_is_fast(megabyte_text: str) -> None:
    start = time.perf_counter()
    out = normalize(megabyte_text)
    assert time.perf_counter() - start < 1.0
    assert "工资太低了" in out[-100:]
    assert CLASSIFY_MAX_CHARS == 4_000


@given(st.text(st.characters(codec=None)))
def test_never_raises_and_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
