"""JSON Lines: one coded row per line, UTF-8, Chinese kept as is."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from assistant.export.labels import Column
from assistant.export.registry import WriteOptions
from assistant.export.safe_write import atomic_file


def write_jsonl(
    rows: Iterable[dict[str, Any]], columns: list[Column], path: Path, options: WriteOptions
) -> int:
    """Stream rows as JSON objects with keys in column order; return the count."""
    names = [c.name for c in columns]
    count = 0
    with atomic_file(path) as temp, open(temp, "w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            record = {name: row.get(name) for name in names}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count
