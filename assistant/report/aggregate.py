"""One streaming pass over coded rows: counts per reason, department and period, plus cost."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from assistant.coding.codebook import Codebook
from assistant.report.cost import UNKNOWN_DEPARTMENT, CostCounter, CostModel
from assistant.report.period import Period

SAT_ITEMS: tuple[str, ...] = ("sat_pay", "sat_manager", "sat_workload", "sat_career", "sat_culture")
STAY_YES: frozenset[int] = frozenset({1, 2})  # 会、可能会


def is_involuntary(row: dict[str, Any]) -> bool:
    """Involuntary by the roster's exit type, or by a confirmed 非自愿离职 reason."""
    return row.get("exit_type") == "involuntary" or row.get("reason_involuntary") == 1


@dataclass
class Tally:
    """Counts for one group of interviews (a period, a department or everything)."""

    n: int = 0
    involuntary: int = 0
    reasons: Counter = field(default_factory=Counter)  # voluntary leavers only
    sat_sum: Counter = field(default_factory=Counter)
    sat_n: Counter = field(default_factory=Counter)
    stay_yes: int = 0
    stay_n: int = 0

    @property
    def voluntary(self) -> int:
        """Voluntary leavers: the base of reason shares."""
        return self.n - self.involuntary

    def add(self, row: dict[str, Any], reason_keys: tuple[str, ...]) -> None:
        """Count one coded row."""
        self.n += 1
        if is_involuntary(row):
            self.involuntary += 1
        else:
            for key, column in _reason_columns(reason_keys):
                if row.get(column) == 1:
                    self.reasons[key] += 1
        for item in SAT_ITEMS:
            value = row.get(item)
            if isinstance(value, int):
                self.sat_sum[item] += value
                self.sat_n[item] += 1
        stay = row.get("would_stay")
        if isinstance(stay, int):
            self.stay_n += 1
            self.stay_yes += stay in STAY_YES

    def mean(self, item: str) -> float | None:
        """Mean score of one satisfaction item, or None when nobody answered."""
        return self.sat_sum[item] / self.sat_n[item] if self.sat_n[item] else None


@cache
def _reason_columns(reason_keys: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    # Built once per key set: formatting column names per row was a third of a report's time.
    return tuple((k, f"reason_{k}") for k in reason_keys)


@dataclass
class Aggregates:
    """Everything a report needs, computed in one pass."""

    period: Period
    reason_keys: tuple[str, ...]
    total: Tally = field(default_factory=Tally)
    departments: dict[str, Tally] = field(default_factory=dict)
    trend: dict[Period, Tally] = field(default_factory=dict)
    cost: CostCounter | None = None


def trend_scope(period: Period) -> tuple[str, str]:
    """The months one pass must read: from the first trend period to the end of this one."""
    return period.trend()[0].start, period.end


def aggregate(
    rows: Iterable[dict[str, Any]], period: Period, codebook: Codebook, model: CostModel
) -> Aggregates:
    """Fold rows (of the trend span) into totals, departments, trend points and cost."""
    keys = tuple(k for k in codebook.reason_keys if k != "involuntary")
    codes = {e.code: e.key for e in codebook.reasons}
    result = Aggregates(period, keys, cost=CostCounter(model, codebook.reason_keys, codes))
    points = period.trend()
    result.trend = {p: Tally() for p in points}
    spans: dict[str | None, tuple[list[Tally], bool]] = {}
    for row in rows:
        month = row.get("month")
        span = spans.get(month)
        if span is None:  # a few distinct months: decide each one's periods only once
            span = spans[month] = _span(result, points, month)
        _add(result, row, *span)
    return result


def _span(result: Aggregates, points: list[Period], month: str | None) -> tuple[list[Tally], bool]:
    """The trend tallies a month counts in, and whether it is inside the reported period."""
    tallies = [result.trend[point] for point in points if point.contains(month)]
    return tallies, result.period.contains(month)


def _add(result: Aggregates, row: dict[str, Any], tallies: list[Tally], inside: bool) -> None:
    for tally in tallies:
        tally.add(row, result.reason_keys)
    if not inside:
        return
    result.total.add(row, result.reason_keys)
    department = row.get("department") or UNKNOWN_DEPARTMENT
    result.departments.setdefault(department, Tally()).add(row, result.reason_keys)
    if result.cost is not None:
        result.cost.add(row)
