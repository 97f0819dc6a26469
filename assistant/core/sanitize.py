"""The documented rule for answer text: what is kept exactly and what is cleaned before storage.

Rule (applied once, when the engine receives an answer):
- lone surrogates (not encodable as UTF-8) become U+FFFD;
- ANSI escape sequences and C0/C1 control characters are removed, except tab and newline;
  CRLF and CR become LF;
- bidirectional embedding/override/isolate controls (U+202A–U+202E, U+2066–U+2069) are removed,
  so stored text cannot reorder what an analyst later reads;
- everything else (emoji, ZWJ sequences, any script) is kept exactly;
- leading/trailing whitespace is trimmed; text longer than MAX_ANSWER_CHARS is cut there and the
  answer is marked `capped`, which the host shows as a notice.
"""

from __future__ import annotations

import re

MAX_ANSWER_CHARS = 10_000

_SURROGATE = re.compile(r"[\ud800-\udfff]")
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """Apply the storage rule above (without the length cap)."""
    text = _SURROGATE.sub("\ufffd", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ANSI.sub("", text)
    return _CONTROL.sub("", text).strip()


def clean_answer(text: str, limit: int = MAX_ANSWER_CHARS) -> tuple[str, bool]:
    """Clean an answer and cap its length; return the text and whether it was capped."""
    cleaned = clean_text(text[: limit * 4])  # bound the work on multi-megabyte pastes
    if len(cleaned) > limit:
        return cleaned[:limit], True
    return cleaned, len(text) > limit * 4
