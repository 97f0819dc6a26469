"""Redactor: personal data disappears from verbatims, ordinary sentences stay as they are."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.nlp.redact import Redactor, id_card_valid, luhn_valid

VALID_ID = "11010519491231002X"
VALID_ID_2 = "44030419900307123X"
INVALID_ID = "110105194912310021"


def test_id_checksum() -> None:
    assert id_card_valid(VALID_ID)
    assert id_card_valid(VALID_ID.lower())
    assert not id_card_valid(INVALID_ID)


def test_valid_id_is_hidden_invalid_one_is_not(redactor: Redactor) -> None:
    out = redactor.redact(f"我的身份证是{VALID_ID}，之前填错成{INVALID_ID}")
    assert VALID_ID not in out and "〔身份证号〕" in out
    assert INVALID_ID in out


def test_luhn() -> None:
    assert luhn_valid("4111111111111111")
    assert not luhn_valid("4111111111111112")


def test_bank_cards_with_and_without_spaces(redactor: Redactor) -> None:
    out = redactor.redact("工资卡 6222 0202 0000 1234 562，备用卡4111111111111111")
    assert out == "工资卡 〔银行卡号〕，备用卡〔银行卡号〕"


def test_long_numbers_failing_luhn_stay(redactor: Redactor) -> None:
    assert redactor.redact("订单号4111111111111112") == "订单号4111111111111112"


@pytest.mark.parametrize(
    "phone", ["13912345678", "139-1234-5678", "139 1234 5678", "+86 13912345678", "021-87654321"]
)
def test_phones(redactor: Redactor, phone: str) -> None:
    assert redactor.redact(f"有事打我电话{phone}就行") == "有事打我电话〔电话〕就行"


def test_email(redactor: Redactor) -> None:
    assert redactor.redact("发到 li.na+hr@mail.example.cn 吧") == "发到 〔邮箱〕 吧"


def test_employee_numbers_configured_and_by_context(redactor: Redactor) -> None:
    assert redactor.redact("我的编号是HX004211") == "我的编号是〔工号〕"
    assert redactor.redact("工号：A-3391，在二车间") == "工号：〔工号〕，在二车间"


def test_company_names_longest_first(redactor: Redactor) -> None:
    assert redactor.redact("海星科技有限公司的海星项目") == "〔公司〕的〔公司〕项目"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我叫王小明，在这干了三年", "我叫〔姓名〕，在这干了三年"),
        ("这事你可以找王小明问问", "这事你可以找〔姓名〕问问"),
        ("张经理和刘主管都知道", "〔姓名〕经理和〔姓名〕主管都知道"),
        ("欧阳总监人不错", "〔姓名〕总监人不错"),
        ("我姓陈", "我姓〔姓名〕"),
        ("带我的是李娟", "带我的是〔姓名〕"),
        ("王工说要加班", "〔姓名〕工说要加班"),
    ],
)
def test_names(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "工资太低，加班太多，领导也不管",
        "我们部门经理和项目经理经常开会",
        "历史老师和语文老师都是好人",
        "我是高工资岗位，但是很累",
        "高总价的项目都给了别人",
        "周末还要加班，一年只有5天年假",
        "那年公司营收2023万元",
        "跟同事关系还行，和大家相处挺好",
    ],
)
def test_ordinary_sentences_are_untouched(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text) == text


def test_invalid_employee_pattern_fails_at_construction() -> None:
    with pytest.raises(Exception):  # noqa: B017 - re.error, raised early on purpose
        Redactor(employee_number_pattern="(")


@given(st.text(st.characters(codec=None)))
def test_never_raises(text: str) -> None:
    assert isinstance(Redactor(r"E\d+", ["公司"]).redact(text), str)
