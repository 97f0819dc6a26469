"""Keyword lexicon tagger: codebook keys from HR vocabulary with negation, contrast and praise."""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from assistant.coding.codebook import Codebook, load_codebook
from assistant.core.tags import Sentiment, Tag, TagResult
from assistant.nlp.normalize import CLASSIFY_MAX_CHARS, normalize

LEXICON_PATH = Path(__file__).with_name("lexicon.yaml")
MODEL_VERSION = "lexicon"

STRONG_CONFIDENCE = 0.95
WEAK_CONFIDENCE = 0.6
# Several different weak words for one key are more telling than one.
WEAK_SEVERAL_CONFIDENCE = 0.7
# A lone weak word somewhere in a long, rambling answer says little.
WEAK_LONG_TEXT_CONFIDENCE = 0.5
LONG_TEXT_CHARS = 500
MAX_EVIDENCE = 3
# Sentiment weight of one complaint key found with a strong pattern (weak: half).
COMPLAINT_WEIGHT = 0.75

# Clause breaks: negation and praise never reach across these.
_CLAUSE_BREAK = re.compile(r"[，,。!！?？;；:：、\n…~～()（）\[\]【】\"“”]")
# Sentence breaks: the contrast rule ("A，但是 B") works within one sentence.
_SENTENCE_BREAK = re.compile(r"[。!！?？;；\n]")
_ASCII_ALNUM = re.compile(r"[0-9a-z]")

log = logging.getLogger(__name__)


class LexiconError(ValueError):
    """The lexicon file does not match the codebook or holds an invalid pattern."""


@dataclass(frozen=True)
class KeyPatterns:
    """Compiled strong and weak patterns of one reason or flag key."""

    key: str
    is_flag: bool
    strong: re.Pattern[str] | None
    weak: re.Pattern[str] | None


@dataclass(frozen=True)
class Lexicon:
    """The compiled lexicon: per-key patterns plus the cue lists of the linguistic rules."""

    version: str
    keys: tuple[KeyPatterns, ...]
    negative: re.Pattern[str] | None
    positive: re.Pattern[str] | None
    complaint_keys: frozenset[str]
    negators: re.Pattern[str] | None
    exempt: re.Pattern[str] | None
    dismissals: re.Pattern[str] | None
    praise: re.Pattern[str] | None
    contrast: re.Pattern[str] | None
    window: int


@dataclass(frozen=True)
class Match:
    """One pattern hit in the normalised text."""

    key: str
    is_flag: bool
    strong: bool
    start: int
    end: int
    surface: str


# --------------------------------------------------------------------------- loading


def _literal_regex(literal: str) -> str:
    """Escape a literal; Latin/digit edges get boundaries so 'hr' does not match 'three'."""
    body = re.escape(literal)
    if _ASCII_ALNUM.match(literal[0]):
        body = "(?<![0-9a-z])" + body
    if _ASCII_ALNUM.match(literal[-1]):
        body += "(?![0-9a-z])"
    return body


def _compile(patterns: Sequence[str], where: str) -> re.Pattern[str] | None:
    """One alternation for a list: regexes first, then literals longest first."""
    regexes, literals = [], []
    for raw in patterns:
        if not isinstance(raw, str) or not raw.strip():
            raise LexiconError(
                f"{where}: pattern {raw!r} must be a non-empty string (quote numbers)"
            )
        if raw.startswith("re:"):
            try:
                re.compile(raw[3:])
            except re.error as exc:
                raise LexiconError(f"{where}: invalid regex {raw!r}: {exc}") from exc
            regexes.append(f"(?:{raw[3:]})")
        else:
            literals.append(normalize(raw))
    literals = sorted(set(literals), key=lambda s: (-len(s), s))
    parts = regexes + [_literal_regex(lit) for lit in literals if lit]
    return re.compile("|".join(parts)) if parts else None


def _compile_overlapping(patterns: Sequence[str], where: str) -> re.Pattern[str] | None:
    """Like _compile, but wrapped in a lookahead so finditer reports a hit at every start."""
    plain = _compile(patterns, where)
    return re.compile(f"(?=({plain.pattern}))") if plain else None


def _section(data: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    """A mapping section of the file, or an error naming it."""
    value = data.get(name)
    if not isinstance(value, Mapping):
        raise LexiconError(f"lexicon: section '{name}' must be a mapping")
    return value


def _check_keys(found: Iterable[str], expected: Sequence[str], section: str) -> None:
    """Every key in a section must be a codebook key, and every codebook key must appear."""
    found_set, expected_set = set(found), set(expected)
    unknown = sorted(found_set - expected_set)
    missing = [k for k in expected if k not in found_set]
    if unknown:
        raise LexiconError(f"lexicon {section}: keys not in the codebook: {', '.join(unknown)}")
    if missing:
        raise LexiconError(
            f"lexicon {section}: codebook keys without entries: {', '.join(missing)}"
        )


def _key_patterns(key: str, entry: Any, is_flag: bool) -> KeyPatterns:
    """Compile one key's entry; it needs at least one strong pattern."""
    if not isinstance(entry, Mapping) or not entry.get("strong"):
        raise LexiconError(f"lexicon key '{key}': needs a non-empty 'strong' list")
    strong = _compile_overlapping(list(entry["strong"]), f"{key}.strong")
    weak = _compile_overlapping(list(entry.get("weak") or []), f"{key}.weak")
    return KeyPatterns(key, is_flag, strong, weak)


def parse_lexicon(data: Any, codebook: Codebook) -> Lexicon:
    """Validate loaded YAML against the codebook and compile it."""
    if not isinstance(data, Mapping):
        raise LexiconError("lexicon: the top level must be a mapping")
    reasons, flags = _section(data, "reasons"), _section(data, "flags")
    _check_keys(reasons, codebook.reason_keys, "reasons")
    _check_keys(flags, codebook.flag_keys, "flags")
    keys = [_key_patterns(k, reasons[k], False) for k in codebook.reason_keys]
    keys += [_key_patterns(k, flags[k], True) for k in codebook.flag_keys]
    sentiment, negation = _section(data, "sentiment"), _section(data, "negation")
    complaint = frozenset(sentiment.get("complaint_keys") or ())
    _check_keys(complaint | set(codebook.reason_keys), codebook.reason_keys, "complaint_keys")
    return Lexicon(
        version=str(data.get("version", "")),
        keys=tuple(keys),
        negative=_compile(list(sentiment.get("negative") or []), "sentiment.negative"),
        positive=_compile(list(sentiment.get("positive") or []), "sentiment.positive"),
        complaint_keys=complaint,
        negators=_compile(list(negation.get("pre") or []), "negation.pre"),
        exempt=_compile(list(negation.get("exempt") or []), "negation.exempt"),
        dismissals=_compile(list(negation.get("post") or []), "negation.post"),
        praise=_compile(list(data.get("praise") or []), "praise"),
        contrast=_compile(list(data.get("contrast") or []), "contrast"),
        window=int(negation.get("window", 5)),
    )


def load_lexicon(path: Path | None = None, codebook: Codebook | None = None) -> Lexicon:
    """Load, validate and compile a lexicon file (the shipped one is cached)."""
    if path is None and codebook is None:
        return _default_lexicon()
    return _load(Path(path) if path else LEXICON_PATH, codebook or load_codebook())


@cache
def _default_lexicon() -> Lexicon:
    """The shipped lexicon against the shipped codebook, loaded once."""
    return _load(LEXICON_PATH, load_codebook())


def _load(path: Path, codebook: Codebook) -> Lexicon:
    """Read YAML from disk and parse it, naming the file in errors."""
    from ruamel.yaml import YAML, YAMLError

    try:
        data = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    except (OSError, YAMLError) as exc:
        raise LexiconError(f"{path}: cannot read lexicon: {exc}") from exc
    try:
        return parse_lexicon(data, codebook)
    except LexiconError as exc:
        raise LexiconError(f"{path}: {exc}") from exc


# --------------------------------------------------------------------------- analysis


def _spans(pattern: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    """All (start, end) spans of a pattern."""
    return [m.span() for m in pattern.finditer(text)] if pattern else []


class _Text:
    """The normalised answer with its clause and sentence structure and cue positions."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        contrast = _spans(lex.contrast, text)
        self.contrast_starts = [s for s, _ in contrast]
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text)]
        self.clause_starts = sorted({0, *breaks, *self.contrast_starts})
        self.sentence_starts = [0, *(m.end() for m in _SENTENCE_BREAK.finditer(text))]
        self.negators = _spans(lex.negators, text)
        self.negator_starts = [s for s, _ in self.negators]
        self.exempt = _spans(lex.exempt, text)
        self.matches: list[Match] = []

    def clause(self, pos: int) -> int:
        """Index of the clause holding a position."""
        return bisect.bisect_right(self.clause_starts, pos) - 1

    def clause_end(self, pos: int) -> int:
        """End offset of the clause holding a position."""
        i = self.clause(pos) + 1
        return self.clause_starts[i] if i < len(self.clause_starts) else len(self.text)

    def sentence(self, pos: int) -> int:
        """Index of the sentence holding a position."""
        return bisect.bisect_right(self.sentence_starts, pos) - 1

    def _void_negator(self, start: int, end: int, before: int) -> bool:
        """A negator inside an exempt word (不仅, 受不了) or an earlier match negates nothing.

        The exempt word must end before the target: in "不满意" the word 不满 overlaps 满意,
        so its 不 still negates 满意.
        """
        exempt = self.exempt
        if any(s <= start and end <= e and e - s > end - start and e <= before for s, e in exempt):
            return True
        return any(m.start <= start and end <= m.end <= before for m in self.matches)

    def negated(self, start: int, end: int) -> bool:
        """Whether a span is cancelled by a negator shortly before it in the same clause."""
        clause = self.clause(start)
        # Negators never overlap each other, so their starts are sorted: skip the far ones.
        first = bisect.bisect_left(self.negator_starts, start - self.lex.window - 16)
        for n_start, n_end in self.negators[first:]:
            if n_end > start:
                break
            if start - n_end > self.lex.window or self.clause(n_start) != clause:
                continue
            if not self._void_negator(n_start, n_end, start):
                return True
        # "不合理" contains "合理": a negative word that begins before the span swallows it.
        return any(s < start < e and end <= e for s, e in self.exempt)

    def valid_cues(self, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
        """Spans of a cue list that are not negated."""
        return [(s, e) for s, e in _spans(pattern, self.text) if not self.negated(s, e)]


def _find_matches(doc: _Text) -> list[Match]:
    """Every strong and weak pattern hit of every key, in text order."""
    found: list[Match] = []
    for kp in doc.lex.keys:
        for strong, pattern in ((True, kp.strong), (False, kp.weak)):
            if pattern is None:
                continue
            for m in pattern.finditer(doc.text):
                s, e = m.span(1)
                found.append(Match(kp.key, kp.is_flag, strong, s, e, m.group(1)))
    found.sort(key=lambda m: (m.start, -m.end))
    longest = max((m.end - m.start for m in found), default=0)
    starts = [m.start for m in found]
    return [m for m in found if not _shadowed(m, found, starts, longest)]


def _shadowed(match: Match, found: Sequence[Match], starts: list[int], longest: int) -> bool:
    """A hit inside a longer hit of its own key, or a weak hit inside another key's strong one.

    "钱" inside "钱少" adds nothing; "钱" inside "扣钱" (appraisal) is not about pay.
    """
    for other in found[bisect.bisect_left(starts, match.start - longest) :]:
        if other.start > match.start:
            break
        if other is match or other.end < match.end or other.end - other.start <= len(match.surface):
            continue
        if other.key == match.key or (other.strong and not match.strong):
            return True
    return False


def _overlaps(match: Match, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether a match shares any character with one of the spans."""
    return any(s < match.end and match.start < e for s, e in spans)


def _in_praised_clause(doc: _Text, match: Match, praise: list[tuple[int, int]]) -> bool:
    """A reason word in a clause that praises ("同事关系很好") is not a complaint."""
    clause = doc.clause(match.start)
    return any(doc.clause(s) == clause and not _overlaps(match, [(s, e)]) for s, e in praise)


def _dismissed(doc: _Text, match: Match, dismissals: list[tuple[int, int]]) -> bool:
    """A later "没关系/不是问题/还好" in the same clause dismisses the topic ("钱倒是其次")."""
    end = doc.clause_end(match.start)
    return any(match.end <= s < end for s, _ in dismissals)


def _praised_before_contrast(doc: _Text, praise: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Ranges "A" of sentences shaped "A（praise），但是/就是 B"."""
    ranges = []
    for c in doc.contrast_starts:
        first = doc.sentence_starts[doc.sentence(c)]
        if any(first <= s < c for s, _ in praise):
            ranges.append((first, c))
    return ranges


def _keep(doc: _Text, match: Match, praise: list, dismissals: list, contrast_a: list) -> bool:
    """Apply negation, dismissal, praise and contrast to one match."""
    if doc.negated(match.start, match.end) or _dismissed(doc, match, dismissals):
        return False
    if match.is_flag:  # flags aim for recall: praise elsewhere does not cancel them
        return True
    if _in_praised_clause(doc, match, praise):
        return False
    return match.strong or not any(s <= match.start < e for s, e in contrast_a)


def analyse(text: str, lex: Lexicon) -> tuple[_Text, list[Match]]:
    """Normalise (capped at CLASSIFY_MAX_CHARS) and return the matches that survive the rules."""
    norm = normalize(text[: CLASSIFY_MAX_CHARS * 2])[:CLASSIFY_MAX_CHARS]
    doc = _Text(norm, lex)
    doc.matches = _find_matches(doc)
    praise = doc.valid_cues(lex.praise)
    dismissals = _spans(lex.dismissals, norm)
    contrast_a = _praised_before_contrast(doc, praise)
    return doc, [m for m in doc.matches if _keep(doc, m, praise, dismissals, contrast_a)]


# --------------------------------------------------------------------------- scoring


def _evidence(matches: Sequence[Match]) -> tuple[str, ...]:
    """Distinct surface spans, strong ones first, at most MAX_EVIDENCE."""
    ordered = sorted(matches, key=lambda m: (not m.strong, m.start))
    spans: list[str] = []
    for m in ordered:
        if m.surface not in spans:
            spans.append(m.surface)
    return tuple(spans[:MAX_EVIDENCE])


def _confidence(matches: Sequence[Match], text_len: int) -> float:
    """Strong evidence is certain; weak evidence is suggestive."""
    if any(m.strong for m in matches):
        return STRONG_CONFIDENCE
    if len({m.surface for m in matches}) >= 2:
        return WEAK_SEVERAL_CONFIDENCE
    return WEAK_LONG_TEXT_CONFIDENCE if text_len > LONG_TEXT_CHARS else WEAK_CONFIDENCE


def _tags(matches: Sequence[Match], is_flag: bool, text_len: int) -> tuple[Tag, ...]:
    """One Tag per key, strongest first, then by first mention."""
    by_key: dict[str, list[Match]] = {}
    for m in matches:
        if m.is_flag == is_flag:
            by_key.setdefault(m.key, []).append(m)
    tags = [
        (Tag(key=k, confidence=_confidence(ms, text_len), evidence=_evidence(ms)), ms[0].start)
        for k, ms in by_key.items()
    ]
    tags.sort(key=lambda pair: (-pair[0].confidence, pair[1]))
    return tuple(tag for tag, _ in tags)


def _cue_weight(doc: _Text, pos: int) -> float:
    """Cues after a contrast marker weigh more than the polite part before it."""
    sentence = doc.sentence(pos)
    later = [c for c in doc.contrast_starts if doc.sentence(c) == sentence]
    if not later:
        return 1.0
    return 1.5 if pos >= later[-1] else 0.5


def _sentiment_scores(doc: _Text, matches: Sequence[Match]) -> tuple[float, float]:
    """Negative and positive evidence: cue words (negation flips them), complaints, flags."""
    neg = pos = 0.0
    for pattern, is_negative in ((doc.lex.negative, True), (doc.lex.positive, False)):
        for s, e in _spans(pattern, doc.text):
            weight = _cue_weight(doc, s)
            if doc.negated(s, e):  # "不满意" is negative, "不累" mildly positive
                neg, pos = (neg, pos + 0.5 * weight) if is_negative else (neg + weight, pos)
            elif is_negative:
                neg += weight
            else:
                pos += weight
    return neg + _complaint_score(doc, matches), pos


def _complaint_score(doc: _Text, matches: Sequence[Match]) -> float:
    """Workplace complaints and flags lean negative even without an emotional word."""
    weights: dict[str, float] = {}
    for m in matches:
        if m.is_flag:
            weights[m.key] = 1.0
        elif m.key in doc.lex.complaint_keys:
            base = COMPLAINT_WEIGHT if m.strong else COMPLAINT_WEIGHT / 2
            weights[m.key] = max(weights.get(m.key, 0.0), base * _cue_weight(doc, m.start))
    return sum(weights.values())


def _sentiment(doc: _Text, matches: Sequence[Match]) -> tuple[Sentiment, float]:
    """Tone toward the employer with a confidence; neutral when the cues balance or are absent."""
    neg, pos = _sentiment_scores(doc, matches)
    diff = neg - pos
    if abs(diff) < 0.5:
        return "neutral", 0.5 if neg == pos == 0 else 0.4
    confidence = min(0.95, 0.55 + 0.1 * abs(diff))
    return ("negative" if diff > 0 else "positive"), round(confidence, 2)


class LexiconTagger:
    """Tags answers with codebook keys from the keyword lexicon (implements Tagger)."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def tag(self, text: str) -> TagResult:
        """Classify one answer; never raises on any string."""
        try:
            return self._tag(text if isinstance(text, str) else "")
        except Exception as exc:  # the Tagger contract: a bad answer must not break an interview
            log.warning("lexicon tagger failed: %s", type(exc).__name__)
            return TagResult(model_version=MODEL_VERSION)

    def _tag(self, text: str) -> TagResult:
        """The tagging itself."""
        doc, matches = analyse(text, self.lexicon)
        sentiment, confidence = _sentiment(doc, matches)
        return TagResult(
            reasons=_tags(matches, False, len(doc.text)),
            flags=_tags(matches, True, len(doc.text)),
            sentiment=sentiment,
            sentiment_confidence=confidence,
            model_version=MODEL_VERSION,
        )

    def certain(self, text: str) -> set[str]:
        """Reason and flag keys with a strong, non-negated match (for the model combiner)."""
        try:
            _, matches = analyse(text if isinstance(text, str) else "", self.lexicon)
        except Exception as exc:
            log.warning("lexicon tagger failed: %s", type(exc).__name__)
            return set()
        return {m.key for m in matches if m.strong}
