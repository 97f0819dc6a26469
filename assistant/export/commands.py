"""`exit-interview export` and `exit-interview codebook`: coded data out, audited."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from assistant.config import add_common_arguments, load_config
from assistant.errors import UserError
from assistant.i18n import t


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `export` and `codebook`."""
    export = subparsers.add_parser("export", help="导出编码后的面谈数据（每次面谈一行）")
    export.add_argument("--format", required=True, help="csv、jsonl、parquet、sav 或 dta")
    export.add_argument("--out", required=True, type=Path, help="输出文件（parquet 为目录）")
    export.add_argument("--from", dest="start", help="起始时间段（如 2026Q1、2026-01）")
    export.add_argument("--to", dest="end", help="结束时间段（含）")
    export.add_argument("--department", help="只导出一个部门")
    export.add_argument("--encoding", default="utf-8-sig", help="CSV 编码：utf-8-sig 或 gb18030")
    export.add_argument("--long", action="store_true", help="长格式：每个回答、每个编码一行")
    # Old scripts may still pass --workers; rows are read from the store now, not coded here.
    export.add_argument("--workers", type=int, help=argparse.SUPPRESS)
    add_common_arguments(export)
    export.set_defaults(handler=run_export)

    codebook = subparsers.add_parser("codebook", help="导出编码表（原因、标记、变量与取值标签）")
    codebook.add_argument("--format", default="md", help="json、md 或 csv")
    codebook.add_argument("--out", type=Path, help="输出文件（默认打印到屏幕）")
    add_common_arguments(codebook)
    codebook.set_defaults(handler=run_codebook)


def scope_from_args(args: argparse.Namespace) -> Any:
    """The --from/--to/--department filter as a `Scope`; bad periods are a Chinese UserError."""
    from assistant.export.rows import Scope
    from assistant.report.period import parse_period

    start = parse_period(args.start).start if args.start is not None else None
    end = parse_period(args.end).end if args.end is not None else None
    if start and end and start > end:
        raise UserError(t("export.from_after_to", start=args.start, end=args.end))
    if args.department is not None and not args.department.strip():
        raise UserError(t("export.bad_department"))
    return Scope(start, end, args.department)


def store_path(args: argparse.Namespace) -> Path:
    """The configured database, which must already exist (an export never creates one)."""
    path = load_config(args).db_path
    if not path.is_file():
        raise UserError(t("export.no_store", path=path))
    return path


def run_export(args: argparse.Namespace) -> int:
    """Stream coded rows from the store into one format; audit counts, never content."""
    from assistant.coding.codebook import load_codebook
    from assistant.export.csv_writer import resolve_encoding
    from assistant.export.labels import columns, long_columns
    from assistant.export.registry import WriteOptions, writer_for
    from assistant.export.rows import stream_rows
    from assistant.export.safe_write import check_target

    writer = writer_for(args.format)
    scope = scope_from_args(args)
    encoding = resolve_encoding(args.encoding)
    db_path = store_path(args)
    check_target(args.out)
    codebook = load_codebook()
    shape = "long" if args.long else "wide"
    cols = long_columns() if args.long else columns(codebook)
    rows = stream_rows(db_path, scope, codebook, shape=shape)
    label = t("export.codebook.title", version=codebook.version)
    options = WriteOptions(encoding=encoding, file_label=label)
    try:
        count = writer(rows, cols, args.out, options)
    except OSError as error:  # disk full, permissions, a vanished folder: nothing was replaced
        reason = error.strerror or type(error).__name__
        raise UserError(t("export.not_writable", path=args.out, reason=reason)) from None
    detail = {"format": args.format, "shape": shape, "rows": count, "columns": len(cols)}
    audit(db_path, "export", detail | scope.as_dict() | {"encoding": encoding})
    _report_done(args, count, shape)
    return 0


def _report_done(args: argparse.Namespace, count: int, shape: str) -> None:
    if count == 0:
        print(t("export.empty", path=args.out), file=sys.stderr)
    key = "export.long_done" if shape == "long" else "export.done"
    print(t(key, count=count, format=args.format, path=args.out))


def run_codebook(args: argparse.Namespace) -> int:
    """Print or write the codebook; an export to a file is audited when a store exists."""
    from assistant.coding.codebook import load_codebook
    from assistant.export.codebook_export import render_codebook
    from assistant.export.safe_write import atomic_file

    codebook = load_codebook()
    text = render_codebook(codebook, args.format)
    if args.out is None:
        sys.stdout.write(text)
        return 0
    encoding = "utf-8-sig" if args.format.lower().strip() == "csv" else "utf-8"
    with atomic_file(args.out) as temp:
        temp.write_text(text, encoding=encoding, newline="")
    path = load_config(args).db_path
    if path.is_file():
        audit(path, "export_codebook", {"format": args.format, "version": codebook.version})
    print(t("export.codebook_done", path=args.out))
    return 0


def actor() -> str:
    """Who ran the command, as the audit log records it (the OS account; no PIN here)."""
    import getpass

    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no passwd entry (containers): still say it was the CLI
        return "cli"


def audit(db_path: Path, action: str, detail: dict[str, Any]) -> None:
    """One hash-chained audit entry: what an export contained (counts, filter, format)."""
    from assistant.storage import audit as audit_log
    from assistant.storage.db import open_db

    db = open_db(db_path)
    try:
        audit_log.append(db, actor(), action, detail=detail)
    finally:
        db.conn.close()
