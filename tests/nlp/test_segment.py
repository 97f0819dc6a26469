"""segment(): jieba with the HR dictionary keeps workplace terms whole."""

from __future__ import annotations

import logging
import tempfile
import threading

import pytest

from assistant.nlp import segment as segment_module
from assistant.nlp.segment import HR_DICT_PATH, segment


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("我们部门一直是大小周，很难熬", "大小周"),
        ("入职时说好的五险一金没兑现", "五险一金"),
        ("领导天天画饼，从来不兑现", "画饼"),
        ("公司最后给了N+1，我就签了", "N+1"),
        ("我们这边基本上是996的节奏", "996"),
        ("被公司毕业以后去申请了劳动仲裁", "劳动仲裁"),
        ("车间实行三班倒，身体吃不消", "三班倒"),
        ("他给我穿小鞋，还让我背锅", "穿小鞋"),
        ("年底末位淘汰，我刚好排最后", "末位淘汰"),
        ("试用期快结束了却被劝退", "劝退"),
        ("签了竞业协议，跳槽很麻烦", "竞业协议"),
        ("老板拖欠工资已经两个月", "拖欠工资"),
    ],
)
def test_hr_terms_stay_whole(sentence: str, term: str) -> None:
    assert term in segment(sentence)


def test_no_whitespace_tokens_and_blank_input() -> None:
    assert segment("   ") == []
    assert all(word.strip() for word in segment("工资 太低 了"))


def test_dictionary_has_hundreds_of_well_formed_lines() -> None:
    lines = HR_DICT_PATH.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 300
    assert all(len(line.split(" ")) == 3 and line.split(" ")[1].isdigit() for line in lines)


def test_concurrent_first_use_is_safe() -> None:
    results: list[list[str]] = []
    threads = [
        threading.Thread(target=lambda: results.append(segment("大小周加画饼"))) for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(r == ["大小周", "加", "画饼"] for r in results) and len(results) == 8


def test_works_when_no_cache_can_be_written(monkeypatch, tmp_path, caplog) -> None:
    # Root ignores permission bits, so simulate a read-only system: no writable folder at all.
    monkeypatch.setattr(segment_module, "_writable_cache_dir", lambda: None)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "does-not-exist"))
    with caplog.at_level(logging.DEBUG, logger="jieba"):
        tokenizer = segment_module._build()
    assert tokenizer.lcut("大小周和五险一金") == ["大小周", "和", "五险一金"]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
