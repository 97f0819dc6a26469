"""Plain-text helpers for the interviewer console: literal Text and cell-width clipping."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text

ELLIPSIS = "..."  # ASCII on purpose: "…" is ambiguous-width and misaligns CJK terminals


def clip(text: str, width: int) -> str:
    """Cut `text` to at most `width` terminal cells (CJK counts two), marking the cut."""
    if cell_len(text) <= width:
        return text
    budget = max(width - len(ELLIPSIS), 0)
    kept: list[str] = []
    used = 0
    for char in text:
        used += cell_len(char)
        if used > budget:
            break
        kept.append(char)
    return "".join(kept) + ELLIPSIS


def one_line(text: str) -> str:
    """Collapse newlines so a label stays on one row."""
    return " ".join(text.split())


def literal(*parts: tuple[str, str] | str) -> Text:
    """Text from (text, style) parts; never parsed as markup, so employee words show as typed."""
    return Text.assemble(*parts)


def pad(text: str, width: int) -> str:
    """Left-align `text` in `width` terminal cells (CJK counts two)."""
    return text + " " * max(width - cell_len(text), 0)
