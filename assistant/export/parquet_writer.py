"""Parquet, Hive-partitioned by year and month, streamed batch by batch into a temp folder."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from assistant.export.labels import Column
from assistant.export.registry import WriteOptions
from assistant.export.rows import batched
from assistant.export.safe_write import atomic_dir

# `month` keeps its "2026-07" value as the partition value, so every format agrees on it.
PARTITION_KEYS: tuple[str, ...] = ("year", "month")
UNKNOWN_MONTH = "unknown"


def arrow_schema(columns: list[Column]) -> Any:
    """The Arrow schema of the rows plus the derived `year` partition column."""
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int32(), "float": pa.float64()}
    fields = [pa.field(c.name, types[c.kind]) for c in columns]
    return pa.schema([*fields, pa.field("year", pa.string())])


def write_parquet(
    rows: Iterable[dict[str, Any]], columns: list[Column], path: Path, options: WriteOptions
) -> int:
    """Write a dataset folder `path/year=YYYY/month=YYYY-MM/part-N.parquet`; return the count."""
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    schema = arrow_schema(columns)
    counter = [0]
    with atomic_dir(path) as temp:
        batches = _record_batches(rows, schema, counter)
        first = next(batches, None)
        if first is None:  # an empty period still gives a readable file with the full schema
            pq.write_table(schema.empty_table(), temp / "part-0.parquet")
            return 0
        ds.write_dataset(
            _chain(first, batches),
            temp,
            schema=schema,
            format="parquet",
            partitioning=ds.partitioning(schema=_partition_schema(), flavor="hive"),
            basename_template="part-{i}.parquet",
            existing_data_behavior="overwrite_or_ignore",
            max_rows_per_group=64 * 1024,
        )
    return counter[0]


def _partition_schema() -> Any:
    import pyarrow as pa

    return pa.schema([pa.field("year", pa.string()), pa.field("month", pa.string())])


def _record_batches(
    rows: Iterable[dict[str, Any]], schema: Any, counter: list[int]
) -> Iterator[Any]:
    import pyarrow as pa

    names = schema.names
    for batch in batched(rows):
        for row in batch:
            row["month"] = row.get("month") or UNKNOWN_MONTH
            row["year"] = row["month"][:4] if row["month"] != UNKNOWN_MONTH else UNKNOWN_MONTH
        arrays = [pa.array([row.get(n) for row in batch], type=schema.field(n).type) for n in names]
        counter[0] += len(batch)
        yield pa.RecordBatch.from_arrays(arrays, schema=schema)


def _chain(first: Any, rest: Iterator[Any]) -> Iterator[Any]:
    yield first
    yield from rest
