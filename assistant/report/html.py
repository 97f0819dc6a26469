"""The report as one self-contained HTML file: inline CSS and SVG charts, no external assets."""

from __future__ import annotations

from html import escape

from assistant.report.model import BarChart, LineChart, Report, Section, Table
from assistant.report.suppression import MARK

CSS = """
body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2em auto;
max-width:960px;color:#222;line-height:1.6;padding:0 1em}
h1{font-size:1.6em;border-bottom:2px solid #3a6ea5}h2{font-size:1.25em;color:#3a6ea5;margin-top:2em}
table{border-collapse:collapse;margin:.8em 0;width:100%}
th,td{border:1px solid #ccd;padding:.3em .6em;text-align:left;vertical-align:top}
th{background:#eef2f8}.note{color:#555;font-size:.9em}svg{display:block;margin:.6em 0}
"""
PALETTE = ("#3a6ea5", "#e07b39", "#4e9a57", "#b5445b", "#7d62a8", "#8c8c8c")


def render_html(report: Report) -> str:
    """One HTML document with everything inline."""
    body = [f"<h1>{escape(report.title)}</h1>"]
    body += [f'<p class="note">{escape(note)}</p>' for note in report.notes]
    body += [_section(s) for s in report.sections]
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{escape(report.title)}</title><style>{CSS}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )


def _section(section: Section) -> str:
    parts = [f"<section><h2>{escape(section.title)}</h2>"]
    parts += [f"<p>{escape(p)}</p>" for p in section.paragraphs]
    parts += [_chart(c) for c in section.charts]
    parts += [_table(t) for t in section.tables]
    return "".join(parts) + "</section>"


def _table(table: Table) -> str:
    title = f"<h3>{escape(table.title)}</h3>" if table.title else ""
    head = "".join(f"<th>{escape(h)}</th>" for h in table.headers)
    rows = "".join(
        "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in table.rows
    )
    return f"{title}<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _chart(chart: BarChart | LineChart) -> str:
    return _bars(chart) if isinstance(chart, BarChart) else _lines(chart)


def _bars(chart: BarChart) -> str:
    """Horizontal bars scaled to the largest value; a suppressed bar shows the mark."""
    row, label_w, bar_w = 24, 130, 560
    top = chart.top or max((v for _, v in chart.items if v), default=1.0)
    height = row * len(chart.items) + 10
    parts = [_svg_open(label_w + bar_w + 120, height)]
    for index, (label, value) in enumerate(chart.items):
        y = 5 + index * row
        parts.append(_text(label_w - 6, y + 16, label, anchor="end"))
        if value is None:
            parts.append(_text(label_w + 4, y + 16, MARK, fill="#888"))
            continue
        width = max(1.0, bar_w * value / top)
        parts.append(
            f'<rect x="{label_w}" y="{y + 3}" width="{width:.1f}" height="{row - 8}" '
            f'fill="{PALETTE[0]}"/>'
        )
        parts.append(_text(label_w + width + 6, y + 16, _value(value, chart.unit)))
    return "".join(parts) + "</svg>"


def _lines(chart: LineChart) -> str:
    """One polyline per series over the x labels; gaps where a value is suppressed."""
    width, height, left, bottom = 720, 260, 50, 40
    plot_w, plot_h = width - left - 150, height - bottom - 20
    top = max((v for s in chart.series.values() for v in s if v is not None), default=1.0) or 1.0
    step = plot_w / max(1, len(chart.x) - 1)
    parts = [_svg_open(width, height), _axes(chart, left, plot_h, step, top)]
    for index, (name, values) in enumerate(chart.series.items()):
        color = PALETTE[index % len(PALETTE)]
        points = [
            (left + i * step, 20 + plot_h * (1 - v / top))
            for i, v in enumerate(values)
            if v is not None
        ]
        for run in _runs(values, left, step, plot_h, top):
            coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in run)
            parts.append(
                f'<polyline points="{coords}" fill="none" stroke="{color}" stroke-width="2"/>'
            )
        parts += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{color}"/>' for x, y in points]
        parts.append(_text(width - 140, 30 + index * 18, name, fill=color))
    return "".join(parts) + "</svg>"


def _runs(values: list[float | None], left: float, step: float, plot_h: float, top: float):
    run: list[tuple[float, float]] = []
    for i, value in enumerate(values):
        if value is None:
            if len(run) > 1:
                yield run
            run = []
            continue
        run.append((left + i * step, 20 + plot_h * (1 - value / top)))
    if len(run) > 1:
        yield run


def _axes(chart: LineChart, left: float, plot_h: float, step: float, top: float) -> str:
    base = 20 + plot_h
    parts = [
        f'<line x1="{left}" y1="20" x2="{left}" y2="{base}" stroke="#999"/>',
        f'<line x1="{left}" y1="{base}" x2="{left + step * (len(chart.x) - 1)}" '
        f'y2="{base}" stroke="#999"/>',
        _text(left - 6, 26, _value(top, chart.unit), anchor="end"),
    ]
    parts += [_text(left + i * step, base + 18, x, anchor="middle") for i, x in enumerate(chart.x)]
    return "".join(parts)


def _svg_open(width: float, height: float) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img">'
    )


def _text(x: float, y: float, text: str, *, anchor: str = "start", fill: str = "#222") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="12" text-anchor="{anchor}" '
        f'fill="{fill}">{escape(text)}</text>'
    )


def _value(value: float, unit: str) -> str:
    if unit == "%":
        return f"{value:.0f}%"
    if unit == "元":
        return f"{value:,.0f} 元"
    return f"{value:.2f} {unit}"
