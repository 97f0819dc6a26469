"""Messages of the text-processing layer: redaction placeholders and lexicon errors."""

MESSAGES: dict[str, str] = {
    "nlp.placeholder.name": "〔姓名〕",
    "nlp.placeholder.phone": "〔电话〕",
    "nlp.placeholder.id_card": "〔身份证号〕",
    "nlp.placeholder.bank_card": "〔银行卡号〕",
    "nlp.placeholder.email": "〔邮箱〕",
    "nlp.placeholder.employee_number": "〔工号〕",
    "nlp.placeholder.company": "〔公司〕",
}
