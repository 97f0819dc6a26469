"""Redact personal data from answer text: names, phones, ID and bank cards, e-mails, employers."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.i18n import t

# Common single surnames. Left out on purpose: characters that often end a word right before
# a title (文 in 语文老师, 乐 in 音乐老师, 理 in 物理老师, 班 in 班长, 区 in 大区经理, 司 in 公司).
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
    "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎"
    "贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧"
    "耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍"
)
_COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "东方",
    "慕容",
    "夏侯",
    "皇甫",
    "尉迟",
    "长孙",
)
_SURNAME = "(?:" + "|".join(_COMPOUND_SURNAMES) + f"|[{_SURNAMES}])"
# Single-character titles (王工, 李总, 张姐) only count when the phrase ends there, so 高工资
# and 高总价 stay untouched.
_TITLES = (
    "总经理|副总|经理|主管|总监|主任|组长|队长|老师|师傅|老板|科长|处长|部长|院长|校长|厂长|"
    "店长|医生|护士长|律师|助理|专员|秘书|"
    r"(?:工|总|姐|哥)(?=$|[^\u4e00-\u9fff]|说|让|叫|要|把|给|对|跟|和|也|都|就|还|的|在|又|经常|"
    "老是|一直|天天|从来|他|她|人)"
)
# Characters common in given names; used where the context alone is weak (是/找/跟).
_GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞辉建国斌宇浩凯健俊帆帅旭龙"
    "林欣佳婷雪琳晨颖倩晶慧梅莉兰凤云海波峰鑫亮成东志忠兵毅博然睿轩梓涵怡思雨嘉子晓小大春"
    "燕丹玲琴彬鹏翔悦文武斌坤鸿振宏岩冰雯薇蕾璐瑶琪露娇莹晴清宁安杨阳光勋彤妍昊哲诚立新"
    "三四五"
)
# Bigrams that end in a surname but are ordinary words before a title (历史老师, 音乐老师).
_NOT_NAME_BEFORE_TITLE = {"历史", "管理", "主管", "部门", "项目", "客户", "区域", "大区"}

_STRONG_CUE = r"(?:我叫|名叫|叫做|名字是|名字叫|姓名是|姓名[:：]|签名[:：])"
_WEAK_CUE = r"(?:叫|是|找|跟|和|与|给|同事|经理|主管|组长|领导|老师|师傅)"

_NAME_AFTER_STRONG_CUE = re.compile(
    rf"(?P<cue>{_STRONG_CUE}\s*)(?P<name>{_SURNAME}[\u4e00-\u9fff](?![的了是在和说跟与也都就还把被给让对向从])"
    rf"[\u4e00-\u9fff]?)"
)
_NAME_AFTER_WEAK_CUE = re.compile(
    rf"(?P<cue>{_WEAK_CUE})(?P<name>{_SURNAME}[{_GIVEN}]{{1,2}})(?![\u4e00-\u9fff]{{0}}[{_GIVEN}])"
)
_NAME_BEFORE_TITLE = re.compile(rf"(?P<name>{_SURNAME})(?=(?:{_TITLES}))")
_SURNAME_AFTER_XING = re.compile(rf"(?P<cue>(?:我|他|她|您|你)姓)(?P<name>{_SURNAME})")

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)
_ID_CARD = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_CARD = re.compile(
    r"(?<![\d-])(?:\d{4}[ -]){2,3}\d{4}(?:[ -]?\d{1,3})?(?![\d-])|(?<!\d)\d{13,19}(?!\d)"
)
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)")
_LANDLINE = re.compile(
    r"(?<!\d)(?:\(0\d{2,3}\)|0\d{2,3})[- ]?\d{7,8}(?:-\d{1,5})?(?!\d)"
    r"|(?<!\d)[48]00[- ]?\d{3}[- ]?\d{4}(?!\d)"
)
_EMPLOYEE_CUE = re.compile(
    r"(?P<cue>(?:工号|员工号|员工编号|工牌号)\s*[:：是为]?\s*)(?P<name>[A-Za-z0-9-]{3,20})"
)

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_card_valid(number: str) -> bool:
    """Whether an 18-character resident ID passes the GB 11643-1999 checksum."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == number[17].upper()


def luhn_valid(digits: str) -> bool:
    """Whether a digit string passes the Luhn check used by bank cards."""
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _digits(text: str) -> str:
    """The digits of a number written with spaces or hyphens."""
    return re.sub(r"[ -]", "", text)


def _keep_cue(placeholder: str) -> Callable[[re.Match[str]], str]:
    """Replacement that keeps the context word ("我叫") and hides only the name part."""

    def replace(m: re.Match[str]) -> str:
        cue = m.groupdict().get("cue") or ""
        return cue + placeholder

    return replace


class Redactor:
    """Replaces personal data with placeholders such as 〔姓名〕 and 〔电话〕; never raises."""

    def __init__(
        self, employee_number_pattern: str | None = None, company_names: Sequence[str] = ()
    ) -> None:
        # An invalid pattern is a configuration error: fail loudly here, not while redacting.
        self._employee = re.compile(employee_number_pattern) if employee_number_pattern else None
        names = sorted({n.strip() for n in company_names if n and n.strip()}, key=len, reverse=True)
        self._companies = (
            re.compile("|".join(re.escape(n) for n in names), re.IGNORECASE) if names else None
        )

    def redact(self, text: str) -> str:
        """Return the text with every recognised piece of personal data replaced."""
        if not isinstance(text, str) or not text:
            return ""
        for step in (self._contacts, self._numbers, self._organisations, self._names):
            text = step(text)
        return text

    def _contacts(self, text: str) -> str:
        """E-mails and employee numbers (before digits are looked at)."""
        text = _EMAIL.sub(t("nlp.placeholder.email"), text)
        if self._employee is not None:
            text = self._employee.sub(t("nlp.placeholder.employee_number"), text)
        return _EMPLOYEE_CUE.sub(_keep_cue(t("nlp.placeholder.employee_number")), text)

    def _numbers(self, text: str) -> str:
        """ID cards (checksum), bank cards (Luhn), then phone numbers."""
        text = _ID_CARD.sub(self._id_or_card, text)
        text = _CARD.sub(self._card, text)
        text = _MOBILE.sub(t("nlp.placeholder.phone"), text)
        return _LANDLINE.sub(t("nlp.placeholder.phone"), text)

    @staticmethod
    def _id_or_card(m: re.Match[str]) -> str:
        """A valid ID becomes 〔身份证号〕; an invalid one may still be a bank card."""
        number = m.group()
        if id_card_valid(number):
            return t("nlp.placeholder.id_card")
        return t("nlp.placeholder.bank_card") if luhn_valid(number) else number

    @staticmethod
    def _card(m: re.Match[str]) -> str:
        """Luhn-valid 13–19 digit numbers are bank cards; others stay (order numbers, amounts)."""
        digits = _digits(m.group())
        if 13 <= len(digits) <= 19 and luhn_valid(digits):
            return t("nlp.placeholder.bank_card")
        return m.group()

    def _organisations(self, text: str) -> str:
        """Configured company names."""
        return self._companies.sub(t("nlp.placeholder.company"), text) if self._companies else text

    @staticmethod
    def _names(text: str) -> str:
        """Person names in the contexts where they are likely: 我叫…, 张经理, 找王小明."""
        placeholder = t("nlp.placeholder.name")
        text = _NAME_AFTER_STRONG_CUE.sub(_keep_cue(placeholder), text)
        text = _SURNAME_AFTER_XING.sub(_keep_cue(placeholder), text)
        text = _NAME_BEFORE_TITLE.sub(_title_name(placeholder), text)
        return _NAME_AFTER_WEAK_CUE.sub(_keep_cue(placeholder), text)


def _title_name(placeholder: str) -> Callable[[re.Match[str]], str]:
    """Replace a surname before a title unless it ends an ordinary word (历史老师)."""

    def replace(m: re.Match[str]) -> str:
        before = m.string[m.start() - 1 : m.start() + 1] if m.start() else ""
        if before in _NOT_NAME_BEFORE_TITLE or _after_han_word(m):
            return m.group()
        return placeholder

    return replace


def _after_han_word(m: re.Match[str]) -> bool:
    """A single surname glued to a preceding Han character is usually part of a word (高工资)."""
    if m.start() == 0 or len(m.group()) > 1:
        return False
    prev = m.string[m.start() - 1]
    return "\u4e00" <= prev <= "\u9fff" and prev not in "找叫是跟和与给被让对向的个位跟了说问"
