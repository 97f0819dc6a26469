"""Export formats by name: each maps to a writer; an unknown name is a Chinese UserError."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import UserError
from assistant.export.labels import Column
from assistant.i18n import t


@dataclass(frozen=True)
class WriteOptions:
    """Per-run choices a writer may use."""

    encoding: str = "utf-8-sig"
    file_label: str = ""


Writer = Callable[[Iterable[dict[str, Any]], list[Column], Path, WriteOptions], int]

# name → "module:function"; imported on use so pyarrow/pandas load only when needed.
FORMATS: dict[str, str] = {
    "csv": "assistant.export.csv_writer:write_csv",
    "jsonl": "assistant.export.jsonl_writer:write_jsonl",
    "parquet": "assistant.export.parquet_writer:write_parquet",
    "sav": "assistant.export.spss_writer:write_sav",
    "dta": "assistant.export.spss_writer:write_dta",
}


def writer_for(name: str) -> Writer:
    """The writer of a format, or a UserError listing the known formats."""
    target = FORMATS.get(name.lower().strip())
    if target is None:
        raise UserError(t("export.unknown_format", name=name, known="、".join(FORMATS)))
    module, function = target.split(":")
    return getattr(importlib.import_module(module), function)
