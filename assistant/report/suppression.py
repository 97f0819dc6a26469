"""Small-cell suppression: primary (1–4 people) plus complementary cells, so no hidden cell
can be worked out from the published totals by subtraction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

K = 5  # the smallest group a published figure may describe
MARK = "<5"
_TOL = 1e-9

Cell = tuple[int, int]  # (row, column) in the extended grid; totals sit in the last row/column


@dataclass(frozen=True)
class Grid:
    """A table with optional published totals, as an extended grid of values and equations."""

    values: list[list[int]]  # extended: interior plus total column / total row when published
    equations: list[list[tuple[Cell, int]]]  # each: sum(coef * cell) == 0
    rows: int
    cols: int
    row_totals: bool = False
    col_totals: bool = False


def build_grid(values: Sequence[Sequence[int]], *, row_totals: bool, col_totals: bool) -> Grid:
    """Extend `values` with the totals that are published and the sums that tie them."""
    rows, cols = len(values), len(values[0]) if values else 0
    grid = [list(map(int, r)) + ([sum(r)] if row_totals else []) for r in values]
    if col_totals:
        width = cols + (1 if row_totals else 0)
        grid.append([sum(grid[i][j] for i in range(rows)) for j in range(width)])
    equations = _equations(rows, cols, row_totals, col_totals)
    return Grid(grid, equations, rows, cols, row_totals, col_totals)


def _equations(rows: int, cols: int, row_totals: bool, col_totals: bool) -> list:
    found: list[list[tuple[Cell, int]]] = []
    height = rows + (1 if col_totals else 0)
    width = cols + (1 if row_totals else 0)
    if row_totals:  # every row of the extended grid, the total row included
        for i in range(height):
            found.append([((i, j), 1) for j in range(cols)] + [((i, cols), -1)])
    if col_totals:
        for j in range(width):
            found.append([((i, j), 1) for i in range(rows)] + [((rows, j), -1)])
    return found


@dataclass(frozen=True)
class Suppressed:
    """Which cells of the extended grid are hidden."""

    grid: Grid
    hidden: frozenset[Cell]

    def cell(self, i: int, j: int) -> bool:
        """Whether interior cell (i, j) is hidden."""
        return (i, j) in self.hidden

    def row_total(self, i: int) -> bool:
        """Whether the total of row i is hidden (only meaningful when row totals are published)."""
        return (i, self.grid.cols) in self.hidden

    def col_total(self, j: int) -> bool:
        """Whether the total of column j is hidden."""
        return (self.grid.rows, j) in self.hidden


def suppress(
    values: Sequence[Sequence[int]],
    *,
    row_totals: bool = False,
    col_totals: bool = False,
    k: int = K,
    primary: set[Cell] | None = None,
) -> Suppressed:
    """Hide cells of 1..k-1 people (or `primary`), then add complements until none is determined."""
    grid = build_grid(values, row_totals=row_totals, col_totals=col_totals)
    hidden = set(primary) if primary is not None else _primary(grid, k)
    while True:
        determined = determined_cells(grid, hidden)
        if not determined:
            return Suppressed(grid, frozenset(hidden))
        partners = _rectangle(grid, hidden, determined[0]) or _complement(
            grid, hidden, determined[0]
        )
        if not partners:  # nothing left to hide; cannot happen with a consistent grid
            return Suppressed(grid, frozenset(hidden))
        hidden |= partners


def _primary(grid: Grid, k: int) -> set[Cell]:
    return {(i, j) for i, row in enumerate(grid.values) for j, v in enumerate(row) if 0 < v < k}


def determined_cells(grid: Grid, hidden: set[Cell]) -> list[Cell]:
    """Hidden cells whose value the published cells and totals pin down exactly."""
    order = sorted(hidden)
    if not order or not grid.equations:
        return []
    index = {cell: n for n, cell in enumerate(order)}
    matrix = np.zeros((len(grid.equations), len(order)))
    for row, equation in enumerate(grid.equations):
        for cell, coef in equation:
            if cell in index:
                matrix[row, index[cell]] = coef
    # A hidden cell is free iff some solution of the homogeneous system moves it.
    _, singular, vh = np.linalg.svd(matrix)
    rank = int((singular > _TOL).sum())
    null = vh[rank:]
    return [cell for cell in order if null.size == 0 or np.abs(null[:, index[cell]]).max() < _TOL]


def _rectangle(grid: Grid, hidden: set[Cell], target: Cell) -> set[Cell]:
    """Hypercube method: the cheapest partner cells that put `target` on a cycle of hidden cells.

    With row and column totals that is a rectangle (three more corners); with totals on
    one side only, one more cell in the same column (or row).
    """
    i, j = target
    height, width = len(grid.values), len(grid.values[0])
    if grid.row_totals and grid.col_totals:
        options = [
            {(i, b), (a, j), (a, b)}
            for a in range(height)
            for b in range(width)
            if a != i and b != j
        ]
    elif grid.col_totals:
        options = [{(a, j)} for a in range(height) if a != i]
    else:
        options = [{(i, b)} for b in range(width) if b != j]
    fresh = [option - hidden for option in options if option - hidden]
    return min(fresh, key=lambda option: _price(grid, option), default=set())


def _price(grid: Grid, cells: set[Cell]) -> tuple[int, int, int, int]:
    """Fewest new cells, then fewest totals, then fewest zeros, then least information lost."""
    values = [grid.values[a][b] for a, b in cells]
    totals = sum(a >= grid.rows or b >= grid.cols for a, b in cells)
    return (len(cells), totals, values.count(0), sum(values))


def _complement(grid: Grid, hidden: set[Cell], target: Cell) -> set[Cell]:
    """Fallback: any one visible cell sharing an equation with `target`."""
    near = {c for eq in grid.equations if any(c == target for c, _ in eq) for c, _ in eq}
    pool = sorted(c for c in near if c not in hidden) or _visible_in_equations(grid, hidden)
    return set(pool[:1])


def _visible_in_equations(grid: Grid, hidden: set[Cell]) -> list[Cell]:
    return sorted({c for eq in grid.equations for c, _ in eq if c not in hidden})
