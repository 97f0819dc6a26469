"""Speed and memory of the classifier and the baseline, side by side in one run (prints figures)."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    """Resident memory of this process in MB (VmRSS; psutil is not a dependency)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def texts_from(path: Path, limit: int) -> list[str]:
    """Answer texts from a labelled JSONL file (the project's own dev split by default)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()][:limit]


def latencies_ms(tag: Callable[[str], object], texts: Sequence[str]) -> list[float]:
    """Wall time of one call per answer, in milliseconds."""
    times = []
    for text in texts:
        start = time.perf_counter()
        tag(text)
        times.append((time.perf_counter() - start) * 1000)
    return times


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def throughput(tag_batch: Callable[[Sequence[str]], object], texts: Sequence[str]) -> float:
    """Answers per second when tagging all texts as one batch job."""
    start = time.perf_counter()
    tag_batch(texts)
    return len(texts) / (time.perf_counter() - start)


def measure(name: str, tagger: object, texts: Sequence[str], batch_texts: Sequence[str]) -> dict:
    """Single-answer latency and batch throughput of one tagger."""
    tagger.tag(texts[0])  # type: ignore[attr-defined]
    single = latencies_ms(tagger.tag, texts)  # type: ignore[attr-defined]
    return {
        "system": name,
        "p50_ms": statistics.median(single),
        "p95_ms": percentile(single, 95),
        "batch_per_s": throughput(tagger.tag_batch, batch_texts),  # type: ignore[attr-defined]
    }


def bench_classifier(texts: list[str], batch: list[str], model: Path | None) -> dict:
    """Load (timed), warm up, measure; RSS added is counted from before the imports."""
    before = rss_mb()
    start = time.perf_counter()
    from assistant.nlp.classifier import load_classifier

    tagger = load_classifier(model, strict=True)
    load_s = time.perf_counter() - start
    tagger.warm_up()  # jieba's prefix dictionary, as the kiosk's loading worker does
    tagger.tag("工资太低，天天加班。")
    ready_s = time.perf_counter() - start
    result = measure("classifier", tagger, texts, batch)
    result.update(load_s=load_s, ready_s=ready_s, rss_added_mb=rss_mb() - before)
    return result


def bench_baseline(texts: list[str], batch: list[str], corpus: Path) -> dict:
    """Fit the baseline on the corpus (timed) and measure it the same way."""
    from assistant.coding.codebook import load_codebook
    from assistant.nlp.baseline import Baseline
    from assistant.nlp.evaluate import load_labelled

    before = rss_mb()
    start = time.perf_counter()
    codebook = load_codebook()
    train = load_labelled(corpus / "train.jsonl", codebook)
    dev = load_labelled(corpus / "dev.jsonl", codebook)
    baseline = Baseline(codebook).fit(train, dev)
    fit_s = time.perf_counter() - start
    result = measure("baseline", baseline, texts, batch)
    result.update(load_s=fit_s, ready_s=fit_s, rss_added_mb=rss_mb() - before)
    return result


def report(rows: list[dict]) -> str:
    """Figures as a small table."""
    names = ("p50 ms", "p95 ms", "batch/s", "load s", "ready s", "RSS+ MB")
    head = f"{'system':<12}" + "".join(f"{n:>10}" for n in names)
    lines = [head]
    for r in rows:
        lines.append(
            f"{r['system']:<12}{r['p50_ms']:>10.2f}{r['p95_ms']:>10.2f}{r['batch_per_s']:>10.0f}"
            f"{r['load_s']:>10.2f}{r['ready_s']:>10.2f}{r['rss_added_mb']:>10.0f}"
        )
    return "\n".join(lines)


def main() -> int:
    """Run both benchmarks on the project's dev split and print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT / "models/corpus/dev.jsonl")
    parser.add_argument("--corpus", type=Path, default=ROOT / "models/corpus")
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--n", type=int, default=600, help="answers timed one by one")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    texts = texts_from(args.data, args.n)
    batch = (texts * (2000 // max(1, len(texts)) + 1))[:2000]
    rows = [bench_classifier(texts, batch, args.model)]
    rows.append(bench_baseline(texts, batch, args.corpus))
    print(json.dumps(rows, indent=2) if args.json else report(rows))
    print(
        "\nclassifier: normalise + jieba + lexicon + ONNX model + combine, 2 intra-op threads;"
        "\nload s = model + lexicon files; ready s = load + jieba dictionary + first answer."
        "\nbaseline: load s = fitting TF-IDF + logistic regression on the corpus;"
        " its RSS+ comes after the classifier (jieba already loaded).",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
