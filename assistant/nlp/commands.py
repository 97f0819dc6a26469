"""`exit-interview train | classify | evaluate`: classifier commands (heavy imports inside)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from assistant.errors import UserError
from assistant.i18n import t

CHUNK = 64  # answers per progress-bar step in batch commands


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add train, classify and evaluate to the CLI."""
    _register_train(subparsers)
    _register_classify(subparsers)
    _register_evaluate(subparsers)


def _register_train(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("train", help="从语料重新训练分类模型（可复现）")
    parser.add_argument(
        "--corpus", help="语料目录（含 train.jsonl 与 dev.jsonl；默认 models/corpus）"
    )
    parser.add_argument("--out", help="模型输出目录（默认 models/classifier）")
    parser.add_argument("--base", help="本地预训练中文 BERT 模型目录（Hugging Face 格式）")
    parser.add_argument(
        "--extra-jsonl",
        action="append",
        default=[],
        metavar="PATH",
        help="额外的已确认标注（JSONL，可多次给出），例如从数据库导出的人工确认标签",
    )
    parser.add_argument("--seed", type=int, help="随机种子")
    parser.add_argument("--epochs", type=int, help="最多训练轮数")
    parser.add_argument("--no-quantize", action="store_true", help="不做 int8 量化")
    parser.set_defaults(handler=run_train)


def _register_classify(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("classify", help="批量标注 JSONL 或 CSV 中的回答")
    parser.add_argument("input", metavar="IN", help="输入文件（.jsonl 或 .csv，含 text 字段）")
    parser.add_argument(
        "output", metavar="OUT", nargs="?", help="输出文件（.jsonl 或 .csv；默认标准输出）"
    )
    parser.add_argument("--model", help="模型目录（默认 models/classifier）")
    parser.set_defaults(handler=run_classify)


def _register_evaluate(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("evaluate", help="在标注数据上评估分类器，并与基线对比")
    parser.add_argument("data", metavar="DATA.jsonl", help="标注数据（JSONL）")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出")
    parser.add_argument("--model", help="模型目录（默认 models/classifier）")
    parser.add_argument("--corpus", help="基线训练语料目录（默认 models/corpus）")
    parser.set_defaults(handler=run_evaluate)


# --- train ---------------------------------------------------------------------------------


def run_train(args: argparse.Namespace) -> int:
    """Rebuild the shipped model from the corpus."""
    from assistant.coding.codebook import load_codebook
    from assistant.paths import models_dir

    try:
        from assistant.nlp import train
    except ImportError:
        raise UserError(t("model.no_torch")) from None
    corpus = Path(args.corpus) if args.corpus else models_dir() / "corpus"
    config = _train_config(args, corpus, train, models_dir())
    metrics = train.train_model(config, load_codebook(), train.Progress(enabled=True))
    size = (config.out_dir / "model.onnx").stat().st_size / 2**20
    print(_train_summary(metrics, config.out_dir, size))
    if size > 30:
        print(t("model.train_too_big", size=size), file=sys.stderr)
    return 0


def _train_config(args: argparse.Namespace, corpus: Path, train: object, root: Path) -> object:
    base = Path(args.base) if args.base else None
    if base is not None and not base.is_dir():
        raise UserError(t("model.base_missing", path=base))
    for path in [corpus / "train.jsonl", corpus / "dev.jsonl", *map(Path, args.extra_jsonl)]:
        if not path.is_file():
            raise UserError(t("model.corpus_missing", path=path))
    config = train.TrainConfig(  # type: ignore[attr-defined]
        train_path=corpus / "train.jsonl",
        dev_path=corpus / "dev.jsonl",
        out_dir=Path(args.out) if args.out else root / "classifier",
        base=base,
        extra=[Path(p) for p in args.extra_jsonl],
        quantize=not args.no_quantize,
    )
    if args.seed is not None:
        config.seed = args.seed
    if args.epochs is not None:
        config.epochs = args.epochs
    return config


def _train_summary(metrics: dict[str, object], out: Path, size: float) -> str:
    return t(
        "model.train_done",
        f1=metrics["reasons_macro_f1"],
        flag_recall=metrics["flag_recall"],
        acc=metrics["sentiment_accuracy"],
        path=out,
        size=size,
        minutes=metrics["train_minutes"],
    )


# --- classify --------------------------------------------------------------------------------


def run_classify(args: argparse.Namespace) -> int:
    """Tag every text of a JSONL or CSV file; results as JSONL (or CSV for a .csv OUT)."""
    from assistant.nlp.classifier import load_classifier

    records = read_records(Path(args.input))
    tagger = load_classifier(args.model)
    if tagger.warning:  # type: ignore[attr-defined]
        print(tagger.warning, file=sys.stderr)  # type: ignore[attr-defined]
    results = tag_with_progress(tagger, [r["text"] for r in records], t("model.classify_progress"))
    rows = [_row(r["id"], result) for r, result in zip(records, results, strict=True)]
    out = Path(args.output) if args.output else None
    write_rows(rows, out)
    print(t("model.classify_done", count=len(rows), out=out or "stdout"), file=sys.stderr)
    return 0


def read_records(path: Path) -> list[dict[str, str]]:
    """id and text of every record of a .jsonl or .csv file."""
    if not path.is_file():
        raise UserError(t("model.input_missing", path=path))
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".json", ".ndjson"}:
        return list(_jsonl_records(path))
    if suffix == ".csv":
        return _csv_records(path)
    raise UserError(t("model.input_format", path=path))


def _jsonl_records(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8-sig", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except ValueError:
                raise UserError(
                    t("model.bad_jsonl", path=path, line=number, detail="JSON")
                ) from None
            if isinstance(data, str):
                data = {"text": data}
            if not isinstance(data, dict) or "text" not in data:
                raise UserError(t("model.input_no_text", path=path))
            yield {"id": str(data.get("id", number)), "text": str(data["text"] or "")}


def _csv_records(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        reader = csv.DictReader(handle)
        column = next(
            (c for c in ("text", "文本", "answer", "回答") if c in (reader.fieldnames or [])), None
        )
        if column is None:
            raise UserError(t("model.input_no_text", path=path))
        return [
            {"id": str(row.get("id") or n), "text": row.get(column) or ""}
            for n, row in enumerate(reader, 1)
        ]


def tag_with_progress(tagger: object, texts: Sequence[str], label: str) -> list[object]:
    """Tag texts in chunks behind a progress bar on stderr."""
    from rich.console import Console
    from rich.progress import Progress

    results: list[object] = []
    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=len(texts))
        for start in range(0, len(texts), CHUNK):
            chunk = texts[start : start + CHUNK]
            results.extend(tagger.tag_batch(chunk))  # type: ignore[attr-defined]
            bar.advance(task, len(chunk))
    return results


def _row(record_id: str, result: object) -> dict[str, object]:
    def tags(items: Sequence[object]) -> list[dict[str, object]]:
        return [
            {
                "key": x.key,
                "confidence": round(x.confidence, 4),
                "evidence": list(x.evidence),
                "source": x.source,
            }  # type: ignore[attr-defined]
            for x in items
        ]

    return {
        "id": record_id,
        "reasons": tags(result.reasons),  # type: ignore[attr-defined]
        "flags": tags(result.flags),  # type: ignore[attr-defined]
        "sentiment": result.sentiment,  # type: ignore[attr-defined]
        "sentiment_confidence": round(result.sentiment_confidence, 4),  # type: ignore[attr-defined]
        "model_version": result.model_version,  # type: ignore[attr-defined]
    }


def write_rows(rows: list[dict[str, object]], out: Path | None) -> None:
    """JSONL to a file or stdout; a .csv OUT gets one flat row per answer (UTF-8 with BOM)."""
    if out is not None and out.suffix.lower() == ".csv":
        with out.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id", "reasons", "flags", "sentiment", "model_version"])
            for row in rows:
                writer.writerow(
                    [
                        row["id"],
                        _keys(row["reasons"]),
                        _keys(row["flags"]),
                        row["sentiment"],
                        row["model_version"],
                    ]
                )
        return
    lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if out is None:
        sys.stdout.write(lines)
    else:
        out.write_text(lines, encoding="utf-8")


def _keys(tags: object) -> str:
    return ";".join(str(tag["key"]) for tag in tags)  # type: ignore[index, union-attr]


# --- evaluate --------------------------------------------------------------------------------


def run_evaluate(args: argparse.Namespace) -> int:
    """Score the classifier and the baseline on labelled data, in the same run."""
    from assistant.coding.codebook import load_codebook
    from assistant.nlp.baseline import Baseline
    from assistant.nlp.classifier import load_classifier
    from assistant.nlp.evaluate import format_report, load_labelled, score_system
    from assistant.nlp.onnx_runtime import ModelLoadError
    from assistant.paths import models_dir

    codebook = load_codebook()
    gold = load_labelled(Path(args.data), codebook)
    try:
        tagger = load_classifier(args.model, codebook=codebook, strict=True)
    except ModelLoadError as error:
        raise UserError(error.message) from None
    corpus = Path(args.corpus) if args.corpus else models_dir() / "corpus"
    train_items = load_labelled(corpus / "train.jsonl", codebook)
    dev_items = load_labelled(corpus / "dev.jsonl", codebook)
    baseline = Baseline(codebook).fit(train_items, dev_items)
    texts = [g.text for g in gold]
    label = t("model.evaluate_progress")
    systems = {
        "classifier": score_system(gold, tag_with_progress(tagger, texts, label), codebook),
        "baseline": score_system(gold, tag_with_progress(baseline, texts, label), codebook),
    }
    delta = systems["classifier"]["reasons_macro_f1"] - systems["baseline"]["reasons_macro_f1"]  # type: ignore[operator]
    if args.json:
        print(
            json.dumps(
                _json_report(args.data, gold, codebook, tagger, systems, delta),
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        title = t("model.eval_title", path=args.data, count=len(gold))
        print(format_report(title, systems, codebook))
        print(f"{t('model.eval_delta')}: {delta:+.3f}")
        print(t("model.eval_baseline_corpus", path=corpus / "train.jsonl"))
    return 0


def _json_report(
    data: str,
    gold: Sequence[object],
    codebook: object,
    tagger: object,
    systems: dict[str, dict[str, object]],
    delta: float,
) -> dict[str, object]:
    return {
        "data": str(data),
        "n": len(gold),
        "codebook_version": codebook.version,  # type: ignore[attr-defined]
        "model_version": tagger.model_version,  # type: ignore[attr-defined]
        "systems": systems,
        "delta_reasons_macro_f1": delta,
    }
