"""Character vocabulary and `tokenizers` tokenizer for the project's own Chinese model."""

from __future__ import annotations

import string
from collections.abc import Iterable
from pathlib import Path

from tokenizers import Regex, Tokenizer, models, normalizers, pre_tokenizers, processors

PAD, UNK, CLS, SEP, MASK = "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"
SPECIAL_TOKENS: tuple[str, ...] = (PAD, UNK, CLS, SEP, MASK)

# Full-width and CJK punctuation people type in answers (jieba's dict has almost none).
CJK_PUNCTUATION = "，。！？；：、“”‘’（）《》〈〉【】「」『』〔〕…—～·．－／％＋＝＜＞＃＆＊＠￥"


def jieba_dict_path() -> Path:
    """Path of jieba's built-in dict.txt (the package ships it; nothing is downloaded)."""
    import jieba

    return Path(jieba.__file__).resolve().parent / "dict.txt"


def jieba_chars(path: Path | None = None) -> set[str]:
    """Every character that occurs in a word of jieba's dictionary."""
    chars: set[str] = set()
    with (path or jieba_dict_path()).open(encoding="utf-8") as handle:
        for line in handle:
            chars.update(line.split(" ", 1)[0])
    return chars


def vocab_chars(extra: Iterable[str] = ()) -> list[str]:
    """Sorted vocabulary: jieba's characters, printable ASCII, CJK punctuation, extras."""
    chars = jieba_chars() | set(string.printable.strip()) | set(CJK_PUNCTUATION)
    for text in extra:
        chars.update(text)
    # Lower-case only: the tokenizer lower-cases, so upper-case entries would be dead weight.
    return sorted(c for c in chars if not c.isspace() and c == c.lower())


def build_char_tokenizer(chars: Iterable[str], max_len: int = 128) -> Tokenizer:
    """A WordLevel tokenizer that splits text into single characters, with [CLS]/[SEP]."""
    vocab = {token: i for i, token in enumerate(SPECIAL_TOKENS)}
    for char in chars:
        vocab.setdefault(char, len(vocab))
    tokenizer = Tokenizer(models.WordLevel(vocab=vocab, unk_token=UNK))
    tokenizer.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Lowercase()])
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence(
        [pre_tokenizers.WhitespaceSplit(), pre_tokenizers.Split(Regex("."), "isolated")]
    )
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{CLS} $A {SEP}",
        special_tokens=[(CLS, vocab[CLS]), (SEP, vocab[SEP])],
    )
    configure_tokenizer(tokenizer, max_len)
    return tokenizer


def configure_tokenizer(tokenizer: Tokenizer, max_len: int) -> Tokenizer:
    """Truncate to the model's length and pad batches to their longest member."""
    tokenizer.enable_truncation(max_length=max_len)
    pad_id = tokenizer.token_to_id(PAD)
    tokenizer.enable_padding(pad_id=0 if pad_id is None else pad_id, pad_token=PAD)
    return tokenizer
