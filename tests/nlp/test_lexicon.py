"""LexiconTagger: what HR sees as tags, evidence and tone for typical and hostile answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from assistant.coding.codebook import load_codebook
from assistant.core.tags import TagResult
from assistant.nlp.lexicon import LEXICON_PATH, LexiconError, LexiconTagger, load_lexicon


def reasons(tagger: LexiconTagger, text: str) -> set[str]:
    return set(tagger.tag(text).reason_keys)


def flags(tagger: LexiconTagger, text: str) -> set[str]:
    return set(tagger.tag(text).flag_keys)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每个月到手才四千出头，房租都快交不起了", {"pay"}),
        ("我们组长动不动就画大饼，说年底给我升职", {"manager"}),
        ("项目组一直是大小周，晚上十一点才能走", {"workload"}),
        ("考核标准年年变，KPI根本完不成", {"appraisal"}),
        ("进来以后没人带，全靠自己摸索", {"training"}),
        ("招聘时说是做运营，进来天天打杂", {"job_fit"}),
        ("部门里拉帮结派，出了事就甩锅", {"culture"}),
        ("宿舍八个人一间，夏天也没有空调", {"conditions"}),
        ("今年订单少了一大半，感觉公司快撑不下去了", {"company"}),
        ("孩子明年上小学，需要有人在家带娃", {"family"}),
        ("每天通勤来回要三个小时", {"location"}),
        ("最近查出腰椎间盘突出，医生让我好好养病", {"health"}),
        ("打算辞职专心准备考研", {"study"}),
        ("朋友那边给了个offer，涨幅挺大的", {"offer", "pay"}),
        ("合同到期公司不续签了", {"involuntary"}),
    ],
)
def test_each_reason_is_recognised(tagger: LexiconTagger, text: str, expected: set[str]) -> None:
    assert expected <= reasons(tagger, text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("部门聚餐时主管对我动手动脚", "harassment"),
        ("经理当着全组的面骂我是废物", "harassment"),
        ("面试时就问我结婚了没有，怀孕后就被调去打杂", "discrimination"),
        ("过了35岁就被嫌年纪大", "discrimination"),
        ("采购经理收供应商的回扣，还让我们做假账", "misconduct"),
        ("车间消防通道被货堆满了，灭火器都过期了", "safety"),
        ("三个月没发工资，也一直不交社保", "labor_law"),
    ],
)
def test_flags_are_recognised(tagger: LexiconTagger, text: str, flag: str) -> None:
    assert flag in flags(tagger, text)


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("不是因为钱，主要是离家太远", "pay", "location"),
        ("工资不低，就是人际关系太复杂", "pay", "culture"),
        ("并没有加班，只是想换个城市生活", "workload", "location"),
        ("倒不是工资的问题，是不喜欢这个行业了", "pay", "job_fit"),
        ("跟钱没关系，家里老人身体不好要照顾", "pay", "family"),
        ("谈不上压力大，主要是想出国读书", "workload", "study"),
    ],
)
def test_negation_cancels_a_reason(
    tagger: LexiconTagger, text: str, absent: str, present: str
) -> None:
    found = reasons(tagger, text)
    assert absent not in found
    assert present in found


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("干了两年还是没发展", "career"),
        ("干了一年多学不到东西", "career"),
        ("新人进来没人带", "training"),
        ("公司不给加班费", "pay"),
        ("入职半年都不签合同", "labor_law"),
        ("老板一直不交社保", "labor_law"),
    ],
)
def test_terms_containing_a_negator_are_evidence(
    tagger: LexiconTagger, text: str, key: str
) -> None:
    assert key in set(tagger.tag(text).reason_keys) | set(tagger.tag(text).flag_keys)


def test_praise_then_contrast_keeps_only_the_complaint(tagger: LexiconTagger) -> None:
    result = tagger.tag("我们主管人其实挺不错的，就是天天加班到半夜")
    assert "workload" in result.reason_keys
    assert "manager" not in result.reason_keys
    assert result.sentiment == "negative"


def test_praise_in_the_first_part_drops_its_topic_words(tagger: LexiconTagger) -> None:
    found = reasons(tagger, "同事和团队氛围都还可以，不过晋升太慢了")
    assert "culture" not in found
    assert "career" in found


@pytest.mark.parametrize("text", ["同事之间相处很融洽", "公司的福利还挺好的", "待遇还算满意"])
def test_praise_alone_tags_nothing(tagger: LexiconTagger, text: str) -> None:
    result = tagger.tag(text)
    assert result.reasons == ()
    assert result.sentiment == "positive"


def test_lukewarm_pay_with_negated_praise_is_still_pay(tagger: LexiconTagger) -> None:
    assert "pay" in reasons(tagger, "说实话工资不是很高")


def test_overlap_tags_both_reason_and_flag(tagger: LexiconTagger) -> None:
    result = tagger.tag("公司拖欠工资快半年了")
    assert "pay" in result.reason_keys
    assert "labor_law" in result.flag_keys
    pay = next(t for t in result.reasons if t.key == "pay")
    assert "拖欠工资" in pay.evidence


def test_evidence_is_short_spans_of_the_normalised_answer(tagger: LexiconTagger) -> None:
    text = "薪資一直沒漲，ＫＰＩ又定得離譜"
    result = tagger.tag(text)
    assert {"pay", "appraisal"} <= set(result.reason_keys)
    for tag in result.reasons:
        assert tag.evidence
        assert all(0 < len(span) <= 20 for span in tag.evidence)
    appraisal = next(t for t in result.reasons if t.key == "appraisal")
    assert "kpi" in appraisal.evidence


def test_strong_and_weak_confidence(tagger: LexiconTagger) -> None:
    strong = tagger.tag("工资太低了").reasons[0]
    weak = tagger.tag("主要考虑到待遇方面").reasons[0]
    assert strong.confidence == pytest.approx(0.95)
    assert weak.key == "pay" and weak.confidence == pytest.approx(0.6)


def test_certain_returns_only_strong_unnegated_keys(tagger: LexiconTagger) -> None:
    assert tagger.certain("大小周，而且没有加班费") == {"workload", "pay", "labor_law"}
    assert tagger.certain("主要是考虑待遇") == set()
    assert tagger.certain("不是因为加班") == set()


@pytest.mark.parametrize(
    "text", ["没什么，就是想换换环境吧谢谢", "不想多说", "谢谢大家这几年的照顾"]
)
def test_small_talk_has_no_strong_reason(tagger: LexiconTagger, text: str) -> None:
    assert all(t.confidence < 0.9 for t in tagger.tag(text).reasons)


def test_sentiment(tagger: LexiconTagger) -> None:
    assert tagger.tag("太失望了，这公司就是坑人").sentiment == "negative"
    assert tagger.tag("很感谢领导的照顾，学到了很多").sentiment == "positive"
    neutral = tagger.tag("下个月要搬去杭州")
    assert neutral.sentiment == "neutral" and 0 < neutral.sentiment_confidence <= 1
    assert tagger.tag("一点都不满意").sentiment == "negative"


def test_english_and_mixed_answers(tagger: LexiconTagger) -> None:
    assert "involuntary" in reasons(tagger, "I was laid off last month")
    assert "harassment" in flags(tagger, "leader一直PUA我")
    assert "three" not in "".join(e for t in tagger.tag("three offers").reasons for e in t.evidence)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "😀🎉🙏", "Just wanted to say thanks", "\u202e\u200b\x1b[2J", "\ud800\udfff\udc00"],
)
def test_odd_inputs_give_a_valid_result(tagger: LexiconTagger, text: str) -> None:
    result = tagger.tag(text)
    assert isinstance(result, TagResult)
    assert result.model_version == "lexicon"


def test_megabyte_answer(tagger: LexiconTagger, megabyte_text: str) -> None:
    result = tagger.tag(megabyte_text)
    assert {"pay", "workload"} <= set(result.reason_keys)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(codec=None)))
def test_any_string_never_raises(text: str) -> None:
    tagger = LexiconTagger()
    result = tagger.tag(text)
    assert 0.0 <= result.sentiment_confidence <= 1.0
    assert isinstance(tagger.certain(text), set)


def test_hidden_characters_do_not_hide_a_reason(tagger: LexiconTagger) -> None:
    assert "pay" in reasons(tagger, "工\u200b资\u202e太\u2066低")


# ---------------------------------------------------------------- lexicon file validation


def _shipped() -> dict:
    return YAML(typ="safe", pure=True).load(LEXICON_PATH.read_text(encoding="utf-8"))


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "lexicon.yaml"
    with path.open("w", encoding="utf-8") as handle:
        YAML(typ="safe", pure=True).dump(data, handle)
    return path


def test_shipped_lexicon_covers_every_codebook_key() -> None:
    codebook = load_codebook()
    data = _shipped()
    assert set(data["reasons"]) == set(codebook.reason_keys)
    assert set(data["flags"]) == set(codebook.flag_keys)
    total = sum(len(v["strong"]) + len(v.get("weak") or []) for v in data["reasons"].values())
    assert total > 500


def test_unknown_key_is_refused(tmp_path: Path) -> None:
    data = _shipped()
    data["reasons"]["salary"] = {"strong": ["工资"]}
    with pytest.raises(LexiconError, match="salary"):
        load_lexicon(_write(tmp_path, data))


def test_missing_codebook_key_is_refused(tmp_path: Path) -> None:
    data = _shipped()
    del data["flags"]["safety"]
    with pytest.raises(LexiconError, match="safety"):
        load_lexicon(_write(tmp_path, data))


def test_invalid_regex_and_unquoted_number_are_refused(tmp_path: Path) -> None:
    data = _shipped()
    data["reasons"]["pay"]["strong"].append("re:(工资")
    with pytest.raises(LexiconError, match="invalid regex"):
        load_lexicon(_write(tmp_path, data))
    data = _shipped()
    data["reasons"]["workload"]["strong"].append(996)
    with pytest.raises(LexiconError, match="quote"):
        load_lexicon(_write(tmp_path, data))
