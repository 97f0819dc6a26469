"""Normalise answer text: width, script, invisible characters, whitespace and case."""

from __future__ import annotations

import re
import threading
from functools import cache
from importlib import resources

# Only the first T2S_PHRASE_CHARS characters get OpenCC's phrase-aware Traditional→Simplified
# conversion (about 5 ms per 1,000 characters in pure Python); the rest is converted character
# by character with a translate table, which is exact for almost all text and stays fast on
# megabyte inputs. Classifiers look at no more than CLASSIFY_MAX_CHARS anyway.
CLASSIFY_MAX_CHARS = 4_000
T2S_PHRASE_CHARS = CLASSIFY_MAX_CHARS

_SURROGATE = re.compile("[\ud800-\udfff]")
# CSI (ESC [ … final), OSC (ESC ] … BEL/ST), other two-byte escapes, and the 8-bit CSI.
_ANSI = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]"
)
# Control characters (newline and tab are handled before), bidi marks, overrides and isolates,
# zero-width characters, word joiners, the soft hyphen and the byte-order mark.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]"
)
_NEWLINE_RUN = re.compile(r"[^\S\n]*\n\s*")
# Runs of two or more non-newline spaces, or a single space that is not U+0020.
_SPACE_RUN = re.compile(r"[^\S\n]{2,}|[^\S\n ]")

# Full-width ASCII letters, digits and the few symbols that occur in "N＋1", e-mails and
# percentages; Chinese punctuation (，。！？：；（）) is deliberately kept.
_WIDTH_TABLE: dict[int, int] = {
    **{cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)},
    **{cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)},
    **{cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)},
    **{ord(c): ord(c) - 0xFEE0 for c in "＋－＠％＃＆＊／＝＿"},
    0x3000: 0x20,
}
_FULLWIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a＋－＠％＃＆＊／＝＿\u3000]")
# Line separators become newlines; other whitespace controls become spaces (str.replace is
# much faster than str.translate with a dict on megabyte inputs).
_LINE_BREAKS = ("\r\n", "\r", "\u2028", "\u2029", "\x85")
_SPACES = ("\t", "\x0b", "\x0c")

_lock = threading.Lock()


def _read_opencc_dict(name: str) -> list[tuple[str, str]]:
    """Read one OpenCC dictionary as (source, first target) pairs."""
    text = resources.files("opencc").joinpath("dictionary", name).read_text(encoding="utf-8")
    pairs = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and parts[0] and parts[1].split():
            pairs.append((parts[0], parts[1].split()[0]))
    return pairs


@cache
def _char_table() -> tuple[dict[int, str], frozenset[str]]:
    """Character-level t2s table and the set of characters that may need converting."""
    table = {ord(src): dst for src, dst in _read_opencc_dict("TSCharacters.txt") if src != dst}
    triggers = {chr(cp) for cp in table}
    for src, dst in _read_opencc_dict("TSPhrases.txt"):
        # A phrase can change a character whose single-character mapping is itself.
        triggers.update(a for a, b in zip(src, dst, strict=False) if a != b)
    return table, frozenset(triggers)


@cache
def _opencc() -> object:
    """The phrase-aware converter, created once on first use."""
    from opencc import OpenCC

    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Convert Traditional Chinese to Simplified; a no-op (and fast) on Simplified text."""
    table, triggers = _char_table()
    head, tail = text[:T2S_PHRASE_CHARS], text[T2S_PHRASE_CHARS:]
    if not triggers.isdisjoint(head):
        with _lock:  # the pure-Python converter keeps no state, but be safe across threads
            head = _opencc().convert(head)  # type: ignore[attr-defined]
    if tail and not triggers.isdisjoint(tail):
        tail = tail.translate(table)
    return head + tail


def fix_surrogates(text: str) -> str:
    """Join valid surrogate pairs and replace lone surrogates with U+FFFD."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def strip_invisible(text: str) -> str:
    """Remove ANSI escapes, control, bidi and zero-width characters; unify line breaks."""
    for brk in _LINE_BREAKS:
        text = text.replace(brk, "\n")
    for space in _SPACES:
        text = text.replace(space, " ")
    if "\x1b" in text or "\x9b" in text:
        text = _ANSI.sub("", text)
    return _INVISIBLE.sub("", text)


def to_halfwidth(text: str) -> str:
    """Full-width ASCII letters, digits and common symbols to their half-width forms."""
    return text.translate(_WIDTH_TABLE) if _FULLWIDTH.search(text) else text


def collapse_whitespace(text: str) -> str:
    """Collapse whitespace runs and trim the ends."""
    text = _NEWLINE_RUN.sub("\n", text)
    return _SPACE_RUN.sub(" ", text).strip()


def normalize(text: str) -> str:
    """Canonical form of an answer for matching and display; never raises on any str."""
    if not isinstance(text, str) or not text:
        return ""
    text = fix_surrogates(text)
    text = to_halfwidth(strip_invisible(text))
    text = collapse_whitespace(text).lower()
    return to_simplified(text)
