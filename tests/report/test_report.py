"""Period reports: HTML self-contained with SVG, Markdown, terminal; suppression visible."""

from __future__ import annotations

import re
from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console

from assistant.export.rows import Scope, stream_rows
from assistant.report.actions import load_actions, unknown_keys
from assistant.report.aggregate import aggregate, trend_scope
from assistant.report.content import build_report
from assistant.report.cost import load_cost_model
from assistant.report.html import render_html
from assistant.report.markdown import render_markdown
from assistant.report.model import BarChart
from assistant.report.period import parse_period
from assistant.report.suppression import MARK
from assistant.report.terminal import bar_lines, pad, render_terminal
from tests.export.conftest import run_cli


def _report(store, codebook, label="2026Q3", by_department=True):
    period = parse_period(label)
    start, end = trend_scope(period)
    rows = stream_rows(store.db, Scope(start, end), codebook)
    agg = aggregate(rows, period, codebook, load_cost_model())
    return agg, build_report(agg, codebook, load_actions(), by_department=by_department)


def test_html_is_one_self_contained_file(store, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    argv = ["report", "--period", "2026Q3", "--by", "department", "--format", "html"]
    assert run_cli(*argv, "--out", str(out), "--db", str(store.db)) == 0
    html = out.read_text(encoding="utf-8")
    assert html.count("<svg") >= 3 and "<polyline" in html
    assert not re.search(r"""(src|href)\s*=|<script|<link|@import|url\(""", html)
    for title in (
        "离职原因",
        "趋势",
        "各部门主要原因",
        "满意度",
        "挽留可能性",
        "建议措施",
        "流失成本",
    ):
        assert title in html


def test_html_escapes_data(make_store, plan_factory, tmp_path: Path, codebook) -> None:
    evil = "<script>alert(1)</script>"
    profile = {"department": evil, "exit_type": "voluntary", "tenure_band": "1-3年"}
    store = make_store([plan_factory(consent="coded", profile=profile) for _ in range(6)])
    _, report = _report(store, codebook)
    html = render_html(report)
    assert evil not in html and "&lt;script&gt;" in html


def test_markdown_report(store, codebook) -> None:
    agg, report = _report(store, codebook)
    text = render_markdown(report)
    assert text.startswith("# 离职面谈分析报告 · 2026Q3")
    assert "| 原因 | 人数 | 占比 |" in text
    assert f"{agg.total.n} 次面谈" in text
    assert "补救措施" in text and "战略措施" in text


def test_terminal_report_draws_bars(store, codebook) -> None:
    _, report = _report(store, codebook)
    buffer = StringIO()
    render_terminal(report, Console(file=buffer, width=120, color_system=None))
    text = buffer.getvalue()
    assert "█" in text and "流失成本" in text


def test_bars_align_with_cjk_labels() -> None:
    text = bar_lines(BarChart([("薪酬福利", 50.0), ("ab", 25.0), ("上级与管理", None)])).plain
    starts = {line.index("█") for line in text.splitlines() if "█" in line}
    assert len(starts) == 2  # "薪酬福利" is 8 cells, "ab" 2: padded by cells, not characters
    assert pad("研发", 6) == "研发  "


def test_small_departments_are_suppressed(make_store, plan_factory, codebook) -> None:
    big = {"department": "销售部", "exit_type": "voluntary", "tenure_band": "1-3年"}
    small = big | {"department": "财务部"}
    plans = [plan_factory(consent="coded", profile=big, reasons=("pay",)) for _ in range(12)]
    plans += [plan_factory(consent="coded", profile=small, reasons=("pay",)) for _ in range(2)]
    store = make_store(plans)
    _, report = _report(store, codebook)
    text = render_markdown(report)
    finance = [line for line in text.splitlines() if line.startswith("| 财务部")]
    assert finance and all(MARK in line and " 2 " not in line for line in finance)
    # The sales figure would reveal finance by subtraction from the total: hidden too.
    exits = next(s for s in report.sections if s.title.startswith("非自愿"))
    sales = next(r for r in exits.tables[0].rows if r[0] == "销售部")
    assert MARK in sales


def test_reason_shares_use_voluntary_base(store, codebook) -> None:
    agg, report = _report(store, codebook, by_department=False)
    rows = report.sections[0].tables[0].rows
    top = rows[0]
    key = next(k for k in agg.reason_keys if codebook.label(k) == top[0])
    assert top[2] == f"{100 * agg.total.reasons[key] / agg.total.voluntary:.0f}%"


def test_actions_cover_every_reason(codebook) -> None:
    book = load_actions()
    assert unknown_keys(book, codebook) == set()
    assert set(book.actions) == set(codebook.reason_keys)


def test_report_is_audited(store, tmp_path: Path) -> None:
    from assistant.storage import audit
    from assistant.storage.db import open_db

    argv = ["report", "--period", "2026H1", "--format", "md", "--out", str(tmp_path / "r.md")]
    assert run_cli(*argv, "--db", str(store.db)) == 0
    last = audit.entries(open_db(store.db))[-1]
    assert last["action"] == "report" and "2026H1" in last["detail_json"]


@pytest.mark.parametrize(
    "text,label",
    [("2026", "2026"), ("2026h2", "2026H2"), ("2026Q3", "2026Q3"), ("2026-7", "2026-07")],
)
def test_periods(text: str, label: str) -> None:
    assert parse_period(text).label == label


def test_trend_spans_previous_periods() -> None:
    assert [p.label for p in parse_period("2026Q1").trend()] == [
        "2025Q2",
        "2025Q3",
        "2025Q4",
        "2026Q1",
    ]
    assert parse_period("2026H2").start == "2026-07" and parse_period("2026H2").end == "2026-12"
