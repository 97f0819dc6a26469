"""Labelled data, metrics (per-key P/R/F1, macro-F1, flag recall, sentiment), thresholds."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.errors import UserError
from assistant.i18n import t

# Thresholds are tuned on the project's dev split inside these bounds, so that a rare key with
# a handful of dev examples cannot be pushed to an extreme that only fits those examples.
REASON_BOUNDS = (0.2, 0.9)
FLAG_BOUNDS = (0.05, 0.6)
MIN_SUPPORT = 5  # fewer dev positives than this: keep the default threshold
REASON_DEFAULT, FLAG_DEFAULT = 0.5, 0.3
FLAG_BETA = 3.0  # flags are recall first: a person always confirms them

SUMMARY_MESSAGES = {
    "reasons_macro_f1": "model.eval_reasons_macro",
    "flag_recall": "model.eval_flag_recall",
    "flag_precision": "model.eval_flag_precision",
    "sentiment_accuracy": "model.eval_sentiment_acc",
}


@dataclass(frozen=True)
class Labelled:
    """One labelled answer from a corpus or evaluation file."""

    id: str
    text: str
    reasons: frozenset[str]
    flags: frozenset[str]
    sentiment: str


def load_labelled(path: Path, codebook: object) -> list[Labelled]:
    """Read a labelled JSONL file, checking every key against the codebook."""
    path = Path(path)
    if not path.is_file():
        raise UserError(t("model.corpus_missing", path=path))
    known = set(codebook.all_keys) | set(codebook.sentiment_keys)  # type: ignore[attr-defined]
    items = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                items.append(_parse_line(line, number, path, known))
    return items


def _parse_line(line: str, number: int, path: Path, known: set[str]) -> Labelled:
    try:
        data = json.loads(line)
        item = Labelled(
            id=str(data.get("id", number)),
            text=str(data["text"]),
            reasons=frozenset(data.get("reasons") or ()),
            flags=frozenset(data.get("flags") or ()),
            sentiment=str(data.get("sentiment") or "neutral"),
        )
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise UserError(
            t("model.bad_jsonl", path=path, line=number, detail=type(error).__name__)
        ) from None
    unknown = (item.reasons | item.flags | {item.sentiment}) - known
    if unknown:
        raise UserError(t("model.unknown_key", path=path, line=number, keys=", ".join(unknown)))
    return item


def key_scores(
    gold: Sequence[Iterable[str]], pred: Sequence[Iterable[str]], keys: Sequence[str]
) -> dict[str, dict[str, float]]:
    """Precision, recall, F1, support and predicted count of every key."""
    scores = {}
    for key in keys:
        g = np.array([key in set(x) for x in gold], dtype=bool)
        p = np.array([key in set(x) for x in pred], dtype=bool)
        scores[key] = _prf(int((g & p).sum()), int(p.sum()), int(g.sum()))
    return scores


def _prf(tp: int, predicted: int, support: int, beta: float = 1.0) -> dict[str, float]:
    precision = tp / predicted if predicted else 0.0
    recall = tp / support if support else 0.0
    b2 = beta * beta
    denom = b2 * precision + recall
    f = (1 + b2) * precision * recall / denom if denom else 0.0
    return {
        "tp": tp,
        "precision": precision,
        "recall": recall,
        "f1": f,
        "support": support,
        "predicted": predicted,
    }


def f_score(tp: int, predicted: int, support: int, beta: float = 1.0) -> float:
    """F-beta of one key from its counts."""
    return _prf(tp, predicted, support, beta)["f1"]


def macro_f1(scores: dict[str, dict[str, float]]) -> float:
    """Mean F1 over keys that occur in the gold labels or in the predictions."""
    used = [s["f1"] for s in scores.values() if s["support"] or s["predicted"]]
    return float(np.mean(used)) if used else 0.0


def pooled(scores: dict[str, dict[str, float]]) -> dict[str, float]:
    """Micro-averaged precision and recall over all keys of a group."""
    total = {f: int(sum(s[f] for s in scores.values())) for f in ("tp", "predicted", "support")}
    return _prf(total["tp"], total["predicted"], total["support"])


def score_system(
    gold: Sequence[Labelled], predictions: Sequence[object], codebook: object
) -> dict[str, object]:
    """All figures for one system's TagResults against the gold labels."""
    reasons = key_scores(
        [g.reasons for g in gold],
        [p.reason_keys for p in predictions],  # type: ignore[attr-defined]
        codebook.reason_keys,  # type: ignore[attr-defined]
    )
    flags = key_scores(
        [g.flags for g in gold],
        [p.flag_keys for p in predictions],  # type: ignore[attr-defined]
        codebook.flag_keys,  # type: ignore[attr-defined]
    )
    hits = sum(g.sentiment == p.sentiment for g, p in zip(gold, predictions, strict=True))  # type: ignore[attr-defined]
    flag_all = pooled(flags)
    return {
        "reasons_macro_f1": macro_f1(reasons),
        "reasons_micro_f1": pooled(reasons)["f1"],
        "flag_recall": flag_all["recall"],
        "flag_precision": flag_all["precision"],
        "sentiment_accuracy": hits / len(gold) if gold else 0.0,
        "reasons": reasons,
        "flags": flags,
    }


def tune_thresholds(
    probs: np.ndarray,
    gold: np.ndarray,
    forced: np.ndarray,
    keys: Sequence[str],
    flag_keys: Iterable[str],
) -> dict[str, float]:
    """Per-key thresholds on dev: F1 for reasons, F2 for flags, within bounds; forced = lexicon."""
    flag_set = set(flag_keys)
    return {
        key: _tune_one(probs[:, j], gold[:, j], forced[:, j], key in flag_set)
        for j, key in enumerate(keys)
    }


def _tune_one(probs: np.ndarray, gold: np.ndarray, forced: np.ndarray, is_flag: bool) -> float:
    low, high = FLAG_BOUNDS if is_flag else REASON_BOUNDS
    default = FLAG_DEFAULT if is_flag else REASON_DEFAULT
    if int(gold.sum()) < MIN_SUPPORT:
        return default
    grid = np.round(np.arange(low, high + 1e-9, 0.025), 3)
    # Visit candidates nearest the default first, so ties keep the least extreme value.
    best, best_score = default, -1.0
    for value in sorted(grid, key=lambda v: (abs(v - default), v)):
        pred = (probs >= value) | forced
        tp = int((pred & gold).sum())
        score = _prf(tp, int(pred.sum()), int(gold.sum()), FLAG_BETA if is_flag else 1.0)["f1"]
        if score > best_score + 1e-9:
            best, best_score = float(value), score
    return best


def format_report(title: str, systems: dict[str, dict[str, object]], codebook: object) -> str:
    """A readable side-by-side table (Chinese and English headings) of two systems."""
    names = list(systems)
    head = _pad(t("model.eval_key"), 24) + "".join(f"{n:>26}" for n in names)
    columns = f"{'':<24}" + "".join(f"{'P':>8}{'R':>6}{'F1':>6}{'n':>6}" for _ in names)
    lines = [title, "", head, columns]
    for group, keys in (("reasons", codebook.reason_keys), ("flags", codebook.flag_keys)):  # type: ignore[attr-defined]
        for key in keys:
            label = f"{key} {codebook.label(key)}"  # type: ignore[attr-defined]
            cells = "".join(_cells(systems[n][group][key]) for n in names)  # type: ignore[index]
            lines.append(f"{_pad(label, 24)}{cells}")
        lines.append("")
    for key, message in SUMMARY_MESSAGES.items():
        values = "".join(f"{systems[n][key]:>26.3f}" for n in names)
        lines.append(t(message))
        lines.append(f"{'':<24}{values}")
    return "\n".join(lines)


def _pad(text: str, width: int) -> str:
    """Left-align by terminal width: CJK characters take two columns."""
    import unicodedata

    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(1, width - used)


def _cells(score: dict[str, float]) -> str:
    return (
        f"{score['precision']:>8.2f}{score['recall']:>6.2f}{score['f1']:>6.2f}"
        f"{int(score['support']):>6d}"
    )
