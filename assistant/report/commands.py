"""`exit-interview report` and `exit-interview quotes`: period reports and the 真话墙."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from assistant.config import add_common_arguments, load_config
from assistant.errors import UserError
from assistant.i18n import t

FORMATS: tuple[str, ...] = ("terminal", "md", "html")
BY: tuple[str, ...] = ("department",)
PASSPHRASE_ENV = "EXIT_INTERVIEW_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `report` and `quotes`."""
    report = subparsers.add_parser("report", help="按时间段生成离职原因、满意度与流失成本报告")
    _common(report)
    report.add_argument("--by", help="分组：department（按部门）")
    report.add_argument("--cost", type=Path, help="成本参数文件（默认 question_banks/cost.yaml）")
    # Old scripts may still pass --workers; rows are read from the store now, not coded here.
    report.add_argument("--workers", type=int, help=argparse.SUPPRESS)
    report.set_defaults(handler=run_report)

    quotes = subparsers.add_parser("quotes", help="真话墙：脱敏后的原话（每组至少 10 人）")
    _common(quotes)
    quotes.add_argument("--identity", type=Path, help="HR 私钥文件（口令取自环境变量或提示输入）")
    quotes.set_defaults(handler=run_quotes)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--period", required=True, help="时间段：2026、2026H2、2026Q3 或 2026-07")
    parser.add_argument("--format", default="terminal", help="terminal（默认）、md 或 html")
    parser.add_argument("--out", type=Path, help="输出文件（默认打印到屏幕）")
    parser.add_argument("--department", help="只看一个部门")
    add_common_arguments(parser)


def _check_format(name: str) -> str:
    fmt = name.lower().strip()
    if fmt not in FORMATS:
        raise UserError(t("report.unknown_format", name=name, known="、".join(FORMATS)))
    return fmt


def _check_by(name: str | None) -> bool:
    if name is None:
        return False
    if name.strip().lower() not in BY:
        raise UserError(t("report.bad_by", name=name))
    return True


def run_report(args: argparse.Namespace) -> int:
    """One pass over the trend span: aggregate, suppress, render, audit."""
    from assistant.coding.codebook import load_codebook
    from assistant.export.commands import audit, store_path
    from assistant.export.rows import Scope, stream_rows
    from assistant.report.actions import load_actions
    from assistant.report.aggregate import aggregate, trend_scope
    from assistant.report.content import build_report
    from assistant.report.cost import load_cost_model
    from assistant.report.period import parse_period

    period = parse_period(args.period)
    fmt, by_department = _check_format(args.format), _check_by(args.by)
    model, actions = load_cost_model(args.cost), load_actions()
    db_path = store_path(args)
    codebook = load_codebook()
    start, end = trend_scope(period)
    rows = stream_rows(db_path, Scope(start, end, args.department), codebook)
    agg = aggregate(rows, period, codebook, model)
    report = build_report(agg, codebook, actions, by_department=by_department)
    emit(report, fmt, args.out)
    detail = {
        "period": period.label,
        "format": fmt,
        "interviews": agg.total.n,
        "by": "department" if by_department else None,
        "department": args.department,
    }
    audit(db_path, "report", detail)
    return 0


def emit(report: Any, fmt: str, out: Path | None) -> None:
    """Render and print, or write atomically to `out`."""
    from assistant.export.safe_write import atomic_file

    if fmt == "terminal" and out is None:
        from assistant.report.terminal import render_terminal

        render_terminal(report)
        return
    text = _render_text(report, fmt)
    if out is None:
        sys.stdout.write(text)
        return
    with atomic_file(out) as temp:
        temp.write_text(text, encoding="utf-8")
    print(t("report.written", path=out))


def _render_text(report: Any, fmt: str) -> str:
    if fmt == "html":
        from assistant.report.html import render_html

        return render_html(report)
    if fmt == "md":
        from assistant.report.markdown import render_markdown

        return render_markdown(report)
    from io import StringIO

    from rich.console import Console

    from assistant.report.terminal import render_terminal

    buffer = StringIO()
    render_terminal(report, Console(file=buffer, width=120, color_system=None))
    return buffer.getvalue()


def run_quotes(args: argparse.Namespace) -> int:
    """Decrypt, redact and group quotes; only groups of MIN_GROUP people or more are shown."""
    from assistant.coding.codebook import load_codebook
    from assistant.export.commands import audit, store_path
    from assistant.export.rows import Scope
    from assistant.report.period import parse_period
    from assistant.report.quotes import (
        allowed_reasons,
        build_wall,
        full_consent_reasons,
        group_ciphers,
        wall_report,
    )
    from assistant.storage.db import open_db
    from assistant.storage.repository import Repository

    period = parse_period(args.period)
    fmt = _check_format(args.format)
    decrypt = _decryptor(args.identity)
    config = load_config(args)
    db_path = store_path(args)
    codebook = load_codebook()
    scope = Scope(period.start, period.end, args.department)
    reasons = full_consent_reasons(db_path, scope)
    db = open_db(db_path)
    try:
        verbatims = Repository(db).iter_verbatims(scope.start, scope.end, scope.department)
        groups = group_ciphers(verbatims, reasons, allowed_reasons(codebook))
    finally:
        db.conn.close()
    wall = build_wall(groups, codebook, decrypt, _redactor(config))
    emit(wall_report(wall, period.label), fmt, args.out)
    audit(
        db_path,
        "quotes",
        {"period": period.label, "groups": len(wall), "quotes": sum(len(g.quotes) for g in wall)},
    )
    return 0


def _decryptor(identity: Path | None) -> Any:
    from assistant.storage import crypto

    if identity is None:
        raise UserError(t("report.quotes.no_identity"))
    try:
        key = crypto.unlock(identity.read_bytes(), _passphrase())
    except (OSError, crypto.CryptoError):
        raise UserError(t("report.quotes.bad_key")) from None

    def decrypt(cipher: bytes) -> str:
        return crypto.decrypt_with(key, cipher).decode("utf-8", "replace")

    return decrypt


def _passphrase() -> str:
    found = os.environ.get(PASSPHRASE_ENV)
    if found:
        return found
    import getpass

    return getpass.getpass("HR 私钥口令：")


def _redactor(config: Any) -> Any:
    from assistant.nlp.redact import Redactor

    redactor = Redactor(config.employee_number_pattern, tuple(config.company_names))
    return redactor.redact
