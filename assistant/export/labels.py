"""Column types, Chinese variable labels and value labels of the coded row."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from assistant.coding.codebook import Codebook
from assistant.coding.coder import STANDARD_ITEMS, wide_columns
from assistant.core.bank import ChoiceNode, ScaleNode
from assistant.i18n import t

Kind = Literal["str", "int", "float"]

# String columns that SPSS/Stata get as labelled numbers (analysts expect coded categories there).
CATEGORIES: dict[str, tuple[str, ...]] = {
    "mode": ("kiosk", "interviewer", "rehearsal"),
    "consent_level": ("none", "coded", "full"),
    "exit_type": ("voluntary", "involuntary"),
}
_CATEGORY_KEYS = {"mode": "mode", "consent_level": "consent", "exit_type": "exit"}
STRING_COLUMNS: frozenset[str] = frozenset(
    {"interview_id", "month", "bank_id", "bank_version", "codebook_version", "model_version"}
    | {"department", "tenure_band", *CATEGORIES}
)


@dataclass(frozen=True)
class Column:
    """One variable of the coded row."""

    name: str
    kind: Kind
    label: str
    values: dict[int, str] = field(default_factory=dict)


def category_codes(name: str) -> dict[str, int]:
    """String value → numeric code for a categorical column (1-based, 0 for consent none)."""
    start = 0 if name == "consent_level" else 1
    return {value: start + i for i, value in enumerate(CATEGORIES[name])}


def category_labels(name: str) -> dict[int, str]:
    """Numeric code → Chinese label for a categorical column."""
    prefix = f"export.value.{_CATEGORY_KEYS[name]}"
    return {code: t(f"{prefix}.{value}") for value, code in category_codes(name).items()}


def yes_no() -> dict[int, str]:
    """The 0/1 value labels of reasons, flags and yes/no columns."""
    return {0: t("export.value.no"), 1: t("export.value.yes")}


@cache
def _bank_items() -> dict[str, tuple[str, dict[int, str]]]:
    """Question text and value labels of the standard closed items, from the shipped bank."""
    from assistant.core.validation import load_bank
    from assistant.paths import default_bank_path

    found: dict[str, tuple[str, dict[int, str]]] = {}
    for node in load_bank(default_bank_path()).nodes:
        if isinstance(node, ScaleNode) and node.variable:
            found[str(node.variable)] = (
                node.text,
                dict(zip(node.points, node.labels, strict=True)),
            )
        elif isinstance(node, ChoiceNode) and node.variable:
            found[str(node.variable)] = (node.text, {o.code: o.label for o in node.options})
    return found


def columns(codebook: Codebook) -> list[Column]:
    """Every wide column with its type and labels, in export order."""
    return [_column(name, codebook) for name in wide_columns(codebook)]


def _column(name: str, codebook: Codebook) -> Column:
    if name in STRING_COLUMNS:
        return Column(name, "str", t(f"export.var.{name}"))
    if name.startswith("reason_"):
        label = t("export.var.reason", label=codebook.label(name.removeprefix("reason_")))
        return Column(name, "int", label, yes_no())
    if name.startswith("flag_"):
        label = t("export.var.flag", label=codebook.label(name.removeprefix("flag_")))
        return Column(name, "int", label, yes_no())
    return _other_column(name, codebook)


def _other_column(name: str, codebook: Codebook) -> Column:
    if name in STANDARD_ITEMS:
        text, values = _bank_items().get(name, (name, {}))
        return Column(name, "int", text, values)
    if name == "primary_reason":
        values = {e.code: e.label for e in codebook.reasons}
        return Column(name, "int", t("export.var.primary_reason"), values)
    if name == "sentiment":
        values = {e.code: e.label for e in codebook.sentiments}
        return Column(name, "int", t("export.var.sentiment"), values)
    if name in ("completed", "forwarded"):
        return Column(name, "int", t(f"export.var.{name}"), yes_no())
    return Column(name, "int", t(f"export.var.{name}"))


_LONG_KINDS: dict[str, Kind] = {
    "seq": "int",
    "code": "int",
    "confidence": "float",
    "confirmed": "int",
}


def long_columns() -> list[Column]:
    """Columns of the long format: one row per answer and code."""
    from assistant.export.rows import LONG_COLUMNS

    return [
        Column(name, _LONG_KINDS.get(name, "str"), t(f"export.var.{name}"), _long_values(name))
        for name in LONG_COLUMNS
    ]


def _long_values(name: str) -> dict[int, str]:
    return yes_no() if name == "confirmed" else {}
