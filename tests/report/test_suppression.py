"""Suppression: no small cell shown, and no hidden cell recoverable from totals by subtraction."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.report.suppression import K, build_grid, suppress


def recoverable(grid, hidden) -> list:
    """Hidden cells pinned down by the published equations (rank test, independent of SVD)."""
    order = sorted(hidden)
    index = {c: i for i, c in enumerate(order)}
    rows = []
    for equation in grid.equations:
        row = np.zeros(len(order))
        for cell, coef in equation:
            if cell in index:
                row[index[cell]] = coef
        rows.append(row)
    matrix = np.array(rows) if rows else np.zeros((0, len(order)))
    rank = np.linalg.matrix_rank(matrix) if rows else 0
    pinned = []
    for cell in order:
        unit = np.zeros(len(order))
        unit[index[cell]] = 1
        stacked = np.vstack([matrix, unit]) if rows else unit[None, :]
        if np.linalg.matrix_rank(stacked) == rank:  # e_cell lies in the row space
            pinned.append(cell)
    return pinned


tables = st.integers(1, 6).flatmap(
    lambda rows: st.integers(1, 6).flatmap(
        lambda cols: st.lists(
            st.lists(st.integers(0, 30), min_size=cols, max_size=cols),
            min_size=rows,
            max_size=rows,
        )
    )
)


@settings(max_examples=300, deadline=None)
@given(tables, st.booleans(), st.booleans())
def test_no_hidden_cell_is_recoverable(values, row_totals, col_totals) -> None:
    result = suppress(values, row_totals=row_totals, col_totals=col_totals)
    grid = build_grid(values, row_totals=row_totals, col_totals=col_totals)
    assert recoverable(grid, set(result.hidden)) == []
    for i, row in enumerate(grid.values):
        for j, value in enumerate(row):
            if 0 < value < K:
                assert (i, j) in result.hidden, "a small cell is visible"


@settings(max_examples=100, deadline=None)
@given(tables)
def test_nothing_hidden_without_small_cells(values) -> None:
    big = [[v + K for v in row] for row in values]
    assert suppress(big, row_totals=True, col_totals=True).hidden == frozenset()


def test_single_small_cell_gets_a_rectangle() -> None:
    result = suppress([[3, 10, 12], [20, 30, 40], [8, 9, 50]], row_totals=True, col_totals=True)
    assert result.hidden == {(0, 0), (0, 1), (2, 0), (2, 1)}


def test_one_column_with_total_hides_a_sibling() -> None:
    result = suppress([[3], [10], [12]], col_totals=True)
    assert result.hidden == {(0, 0), (1, 0)}
