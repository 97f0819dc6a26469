"""SPSS .sav and Stata .dta through pyreadstat, with Chinese variable and value labels."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from assistant.export.labels import CATEGORIES, Column, category_codes, category_labels
from assistant.export.registry import WriteOptions
from assistant.export.safe_write import atomic_file

# pyreadstat writes from a DataFrame, so these two formats hold the selection in memory
# (about 0.5 KB per interview); CSV, JSON Lines and Parquet stream instead.


def write_sav(
    rows: Iterable[dict[str, Any]], columns: list[Column], path: Path, options: WriteOptions
) -> int:
    """Write an SPSS system file; return the row count."""
    import pyreadstat

    frame, labels, values = _frame(rows, columns)
    with atomic_file(path) as temp:
        pyreadstat.write_sav(
            frame,
            temp,
            file_label=options.file_label,
            column_labels=labels,
            variable_value_labels=values,
            compress=True,
        )
    return len(frame)


def write_dta(
    rows: Iterable[dict[str, Any]], columns: list[Column], path: Path, options: WriteOptions
) -> int:
    """Write a Stata 15 (format 118, UTF-8) file; return the row count."""
    import pyreadstat

    frame, labels, values = _frame(rows, columns)
    with atomic_file(path) as temp:
        pyreadstat.write_dta(
            frame,
            temp,
            file_label=options.file_label[:80],
            column_labels={k: v[:80] for k, v in labels.items()},
            variable_value_labels=values,
            version=15,
        )
    return len(frame)


def _frame(
    rows: Iterable[dict[str, Any]], columns: list[Column]
) -> tuple[Any, dict[str, str], dict[str, dict[float, str]]]:
    import pandas as pd

    data: dict[str, list[Any]] = {c.name: [] for c in columns}
    for row in rows:
        for column in columns:
            data[column.name].append(_value(column, row.get(column.name)))
    frame = pd.DataFrame({c.name: _series(c, data[c.name]) for c in columns})
    labels = {c.name: c.label for c in columns}
    return frame, labels, _value_labels(columns)


def _value(column: Column, value: Any) -> Any:
    if column.name in CATEGORIES:
        return category_codes(column.name).get(value)
    return value


def _series(column: Column, values: list[Any]) -> Any:
    import pandas as pd

    if column.kind == "str" and column.name not in CATEGORIES:
        return pd.Series([v if v is not None else "" for v in values], dtype=object)
    # Missing values must be NaN in a float column: both formats store system-missing that way.
    return pd.Series([float("nan") if v is None else float(v) for v in values], dtype="float64")


def _value_labels(columns: list[Column]) -> dict[str, dict[float, str]]:
    found: dict[str, dict[float, str]] = {}
    for column in columns:
        values = category_labels(column.name) if column.name in CATEGORIES else column.values
        if values:
            found[column.name] = {float(k): v for k, v in values.items()}
    return found
