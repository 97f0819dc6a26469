"""The report as plain data (sections, tables, charts), rendered to HTML, Markdown or terminal."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars; a None value is a suppressed bar (drawn as a gap with the mark)."""

    items: list[tuple[str, float | None]]
    unit: str = "%"
    top: float | None = None  # the value of a full bar (the largest item when None)


@dataclass(frozen=True)
class LineChart:
    """Lines over ordered x labels; None breaks a line (suppressed or no data)."""

    x: list[str]
    series: dict[str, list[float | None]]
    unit: str = "%"


@dataclass
class Table:
    """A table of display strings; suppressed cells already hold the mark."""

    headers: list[str]
    rows: list[list[str]]
    title: str = ""


@dataclass
class Section:
    """One titled part of the report."""

    title: str
    paragraphs: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    charts: list[BarChart | LineChart] = field(default_factory=list)


@dataclass
class Report:
    """The whole report."""

    title: str
    notes: list[str]
    sections: list[Section]
