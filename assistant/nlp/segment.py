"""jieba word segmentation with the HR/workplace user dictionary, initialised once."""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from pathlib import Path

import jieba

HR_DICT_PATH = Path(__file__).with_name("hr_dict.txt")

_lock = threading.Lock()
_tokenizer: jieba.Tokenizer | None = None


def _writable_cache_dir() -> str | None:
    """A folder jieba can write its prefix-dict cache to, or None on a read-only system."""
    for candidate in (os.environ.get("JIEBA_CACHE_DIR"), tempfile.gettempdir()):
        if candidate and os.path.isdir(candidate) and os.access(candidate, os.W_OK):
            return candidate
    return None


def _build() -> jieba.Tokenizer:
    """Create the tokenizer with the built-in dictionary plus the HR words."""
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    cache_dir = _writable_cache_dir()
    logger = logging.getLogger("jieba")
    previous = logger.level
    if cache_dir is None:
        # Nowhere to dump the cache: jieba logs the failed dump at ERROR; it still works.
        logger.setLevel(logging.CRITICAL)
    else:
        tokenizer.tmp_dir = cache_dir
    try:
        tokenizer.initialize()
        # load_userdict/add_word keep the default dictionary's frequencies.
        tokenizer.load_userdict(str(HR_DICT_PATH))
    finally:
        logger.setLevel(previous)
    return tokenizer


def tokenizer() -> jieba.Tokenizer:
    """The shared tokenizer, built on first use (thread-safe)."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                _tokenizer = _build()
    return _tokenizer


def segment(text: str) -> list[str]:
    """Split text into words; HR terms such as 大小周, 五险一金 and N+1 stay whole."""
    if not isinstance(text, str) or not text.strip():
        return []
    return [word for word in tokenizer().lcut(text) if word.strip()]
