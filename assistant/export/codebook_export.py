"""The codebook as JSON, Markdown or CSV: taxonomy plus every export variable with its labels."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from assistant.coding.codebook import Codebook, CodeEntry
from assistant.errors import UserError
from assistant.export.labels import CATEGORIES, Column, category_labels, columns
from assistant.i18n import t

FORMATS: tuple[str, ...] = ("json", "md", "csv")


def render_codebook(codebook: Codebook, fmt: str) -> str:
    """The codebook in one format, as text (CSV without BOM; the writer adds it)."""
    renderers = {"json": _json, "md": _markdown, "csv": _csv}
    renderer = renderers.get(fmt.lower().strip())
    if renderer is None:
        raise UserError(t("export.unknown_format", name=fmt, known="、".join(FORMATS)))
    return renderer(codebook)


def _entry(entry: CodeEntry) -> dict[str, Any]:
    return entry.model_dump(exclude={"probe"})


def _variables(codebook: Codebook) -> list[dict[str, Any]]:
    return [
        {"name": c.name, "type": c.kind, "label": c.label, "values": _values(c)}
        for c in columns(codebook)
    ]


def _values(column: Column) -> dict[str, str]:
    """Value labels keyed as text: numeric codes, or for categories the SPSS/Stata coding."""
    values = category_labels(column.name) if column.name in CATEGORIES else column.values
    return {str(k): v for k, v in values.items()}


def _json(codebook: Codebook) -> str:
    data = {
        "version": codebook.version,
        "reasons": [_entry(e) for e in codebook.reasons],
        "flags": [_entry(e) for e in codebook.flags],
        "sentiments": [_entry(e) for e in codebook.sentiments],
        "variables": _variables(codebook),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _markdown(codebook: Codebook) -> str:
    lines = [f"# {t('export.codebook.title', version=codebook.version)}", ""]
    for title, entries in (
        ("export.codebook.reasons", codebook.reasons),
        ("export.codebook.flags", codebook.flags),
        ("export.codebook.sentiments", codebook.sentiments),
    ):
        lines += [f"## {t(title)}", "", *_entry_table(entries), ""]
    lines += [f"## {t('export.codebook.variables')}", "", *_variable_table(codebook)]
    return "\n".join(lines) + "\n"


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _entry_table(entries: tuple[CodeEntry, ...]) -> list[str]:
    head = [t(f"export.codebook.col_{k}") for k in ("key", "code", "label", "definition")]
    rows = [[e.key, e.code, e.label, e.definition] for e in entries]
    return _md_rows(head, rows)


def _variable_table(codebook: Codebook) -> list[str]:
    head = [t(f"export.codebook.col_{k}") for k in ("variable", "type", "label", "values")]
    rows = [
        [v["name"], v["type"], v["label"], "；".join(f"{k}={x}" for k, x in v["values"].items())]
        for v in _variables(codebook)
    ]
    return _md_rows(head, rows)


def _md_rows(head: list[str], rows: list[list[Any]]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return out + ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]


def _csv(codebook: Codebook) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["variable", "type", "label", "value", "value_label"])
    for variable in _variables(codebook):
        pairs = list(variable["values"].items()) or [("", "")]
        for value, label in pairs:
            writer.writerow([variable["name"], variable["type"], variable["label"], value, label])
    return buffer.getvalue()
