"""CSV for Excel: UTF-8 with BOM (or GB18030 on request), formula cells neutralised."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from assistant.errors import UserError
from assistant.export.labels import Column
from assistant.export.neutralise import neutralise
from assistant.export.registry import WriteOptions
from assistant.export.safe_write import atomic_file
from assistant.i18n import t

ENCODINGS: dict[str, str] = {
    "utf-8-sig": "utf-8-sig",
    "utf-8": "utf-8-sig",  # Excel needs the BOM to read UTF-8; plain utf-8 gets it too
    "utf8": "utf-8-sig",
    "gb18030": "gb18030",
}


def resolve_encoding(name: str) -> str:
    """The Python codec for a user-given encoding name."""
    codec = ENCODINGS.get(name.lower().replace("_", "-"))
    if codec is None:
        raise UserError(t("export.bad_encoding", name=name))
    return codec


def write_csv(
    rows: Iterable[dict[str, Any]], columns: list[Column], path: Path, options: WriteOptions
) -> int:
    """Stream rows to CSV atomically; return how many rows were written."""
    names = [c.name for c in columns]
    text = [c.kind == "str" for c in columns]
    encoding = resolve_encoding(options.encoding)
    count = 0
    with atomic_file(path) as temp, open(temp, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(names)
        for row in rows:
            values = [row.get(name) for name in names]
            writer.writerow([_cell(v) if t else v for v, t in zip(values, text, strict=True)])
            count += 1
    return count


def _cell(value: Any) -> Any:
    """A text cell: None as empty, formulas neutralised (numbers need neither)."""
    if value is None:
        return ""
    return neutralise(value)
