"""The report in the console: rich tables and bar charts measured in terminal cells (CJK-safe)."""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.table import Table as RichTable
from rich.text import Text

from assistant.report.model import BarChart, LineChart, Report, Section, Table
from assistant.report.suppression import MARK

BAR = "█"
BAR_WIDTH = 40


def render_terminal(report: Report, console: Console | None = None) -> None:
    """Print the report to `console` (the terminal by default)."""
    console = console or Console()
    console.print(Text(report.title, style="bold underline"))
    for note in report.notes:
        console.print(Text(note, style="dim"))
    for section in report.sections:
        console.print()
        console.print(_section(section))


def _section(section: Section) -> RenderableType:
    parts: list[RenderableType] = [Text(section.title, style="bold cyan")]
    parts += [Text(p) for p in section.paragraphs]
    parts += [bar_lines(c) if isinstance(c, BarChart) else trend_lines(c) for c in section.charts]
    parts += [_table(t) for t in section.tables]
    return Group(*parts)


def _table(table: Table) -> RichTable:
    rich = RichTable(title=table.title or None, show_lines=False)
    for header in table.headers:
        rich.add_column(header)
    for row in table.rows:
        rich.add_row(*row)
    return rich


def pad(text: str, width: int) -> str:
    """Left-align text to `width` terminal cells (a CJK character takes two)."""
    return text + " " * max(0, width - cell_len(text))


def bar_lines(chart: BarChart, width: int = BAR_WIDTH) -> Text:
    """One bar per item, labels padded by cell width so bars start in one column."""
    label_w = max((cell_len(label) for label, _ in chart.items), default=0)
    top = chart.top or max((v for _, v in chart.items if v), default=1.0)
    out = Text()
    for label, value in chart.items:
        out.append(pad(label, label_w) + " ")
        if value is None:
            out.append(MARK + "\n", style="dim")
            continue
        out.append(BAR * max(1, round(width * value / top)), style="blue")
        out.append(f" {_value(value, chart.unit)}\n")
    return out


def trend_lines(chart: LineChart) -> Text:
    """Each series as a row of small bars per period (a console line chart)."""
    blocks = " ▁▂▃▄▅▆▇█"
    top = max((v for s in chart.series.values() for v in s if v is not None), default=1.0) or 1.0
    label_w = max((cell_len(name) for name in chart.series), default=0)
    out = Text(pad("", label_w) + " " + " ".join(chart.x) + "\n", style="dim")
    for name, values in chart.series.items():
        cells = [MARK if v is None else blocks[round(8 * v / top)] for v in values]
        spaced = [pad(c, cell_len(x)) for c, x in zip(cells, chart.x, strict=True)]
        out.append(pad(name, label_w) + " " + " ".join(spaced) + "\n")
    return out


def _value(value: float, unit: str) -> str:
    if unit == "%":
        return f"{value:.0f}%"
    if unit == "元":
        return f"{value:,.0f} 元"
    return f"{value:.2f}"
