"""The report as Markdown: headings, paragraphs and pipe tables (charts become tables)."""

from __future__ import annotations

import re

from assistant.report.model import Report, Section, Table


def render_markdown(report: Report) -> str:
    """One Markdown document."""
    lines = [f"# {report.title}", "", *(f"> {note}" for note in report.notes), ""]
    for section in report.sections:
        lines += _section(section)
    return "\n".join(lines).rstrip() + "\n"


def _section(section: Section) -> list[str]:
    lines = [f"## {section.title}", ""]
    for paragraph in section.paragraphs:
        lines += [_escape(paragraph), ""]
    for table in section.tables:
        lines += [*_table(table), ""]
    return lines


_TAG = re.compile(r"<(?=[A-Za-z/!?])")  # the start of an HTML tag, not the "<5" mark


def _escape(text: str) -> str:
    # Table cells and paragraphs come from data (department names): keep Markdown inert.
    text = text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")
    return _TAG.sub("&lt;", text)


def _table(table: Table) -> list[str]:
    lines = [f"**{_escape(table.title)}**", ""] if table.title else []
    headers = [_escape(h) or " " for h in table.headers]
    lines.append("| " + " | ".join(headers) + " |")
    lines.append("|" + "---|" * len(headers))
    lines += ["| " + " | ".join(_escape(c) for c in row) + " |" for row in table.rows]
    return lines
