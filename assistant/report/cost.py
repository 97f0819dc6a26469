"""Turnover cost by activity-based costing: activities × resource rates × drivers, per departure."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from assistant.errors import UserError
from assistant.i18n import t
from assistant.paths import banks_dir

UNSPECIFIED = "unspecified"  # a departure with no confirmed reason
UNKNOWN_DEPARTMENT = "未填写"


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RoleLevel(_Strict):
    """A role level and its multiplier on level-scaled activities."""

    label: str
    multiplier: float = Field(gt=0)


class Resource(_Strict):
    """A resource consumed by activities, at a rate in 元 per unit."""

    label: str
    unit: str
    rate: float = Field(ge=0)


class Driver(_Strict):
    """How many units of a resource one departure consumes in an activity."""

    resource: str
    quantity: float = Field(ge=0)


class Activity(_Strict):
    """One activity a departure sets off."""

    key: str
    label: str
    scales_with_level: bool = False
    drivers: tuple[Driver, ...]


class CostModel(_Strict):
    """The whole cost.yaml."""

    version: str
    currency: str = "元"
    apportion: Literal["equal", "primary"] = "equal"
    primary_weight: float = Field(default=0.5, ge=0, le=1)
    default_level: str
    role_levels: dict[str, RoleLevel]
    department_levels: dict[str, str] = Field(default_factory=dict)
    resources: dict[str, Resource]
    activities: tuple[Activity, ...]

    @model_validator(mode="after")
    def _references(self) -> CostModel:
        levels = {self.default_level, *self.department_levels.values()}
        if levels - set(self.role_levels):
            raise ValueError(f"unknown role level: {sorted(levels - set(self.role_levels))}")
        used = {d.resource for a in self.activities for d in a.drivers}
        if used - set(self.resources):
            raise ValueError(f"unknown resource: {sorted(used - set(self.resources))}")
        return self

    def level_of(self, row: dict[str, Any]) -> str:
        """Role level: the row's own, else the department's typical one, else the default."""
        level = row.get("role_level") or self.department_levels.get(row.get("department") or "")
        return level if level in self.role_levels else self.default_level

    def activity_fen(self, activity: Activity, level: str) -> int:
        """Cost of one activity for one departure, in 分 (integer, so sums stay exact)."""
        amount = sum(d.quantity * self.resources[d.resource].rate for d in activity.drivers)
        if activity.scales_with_level:
            amount *= self.role_levels[level].multiplier
        return round(amount * 100)


def default_cost_path() -> Path:
    """The shipped cost parameters."""
    return banks_dir() / "cost.yaml"


@cache
def load_cost_model(path: Path | None = None) -> CostModel:
    """Load and validate cost.yaml; a broken file is a Chinese UserError."""
    from ruamel.yaml import YAML

    source = Path(path) if path else default_cost_path()
    try:
        data = YAML(typ="safe", pure=True).load(source.read_text(encoding="utf-8"))
        return CostModel.model_validate(data)
    except (OSError, ValidationError, ValueError) as error:
        raise UserError(t("report.cost_file_error", detail=_brief(error))) from None


def _brief(error: Exception) -> str:
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        return f"{'.'.join(map(str, first['loc']))}: {first['msg']}"
    return type(error).__name__


def apportion(total: int, keys: list[str], weights: list[float]) -> dict[str, int]:
    """Split `total` 分 over keys by weight, by largest remainder: the parts add up exactly."""
    scale = sum(weights)
    raw = [total * w / scale for w in weights]
    parts = [int(r) for r in raw]
    order = sorted(range(len(keys)), key=lambda i: raw[i] - parts[i], reverse=True)
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return dict(zip(keys, parts, strict=True))


@dataclass
class CostTally:
    """Costs summed over departures, in 分: by reason, department and activity."""

    total: int = 0
    departures: int = 0
    by_reason: Counter = field(default_factory=Counter)
    reason_departures: Counter = field(default_factory=Counter)
    by_department: Counter = field(default_factory=Counter)
    department_departures: Counter = field(default_factory=Counter)
    by_activity: Counter = field(default_factory=Counter)


class CostCounter:
    """Adds departures one coded row at a time (streaming)."""

    def __init__(self, model: CostModel, reason_keys: tuple[str, ...], codes: dict[int, str]):
        self.model = model
        self.reason_keys = reason_keys
        self.codes = codes  # primary_reason numeric code → key
        self.tally = CostTally()
        self._parts: dict[str, dict[str, int]] = {}  # level → cost per activity, in 分
        self._columns = [(k, f"reason_{k}") for k in reason_keys]

    def add(self, row: dict[str, Any]) -> None:
        """Cost one departure and apportion it to its confirmed reasons."""
        parts = self._parts_for(self.model.level_of(row))
        cost = sum(parts.values())
        tally = self.tally
        tally.total += cost
        tally.departures += 1
        tally.by_activity.update(parts)
        department = row.get("department") or UNKNOWN_DEPARTMENT
        tally.by_department[department] += cost
        tally.department_departures[department] += 1
        shares = self.shares(row, cost)
        tally.by_reason.update(shares)
        tally.reason_departures.update(shares.keys())

    def _parts_for(self, level: str) -> dict[str, int]:
        # The same for every departure at a level: computed once, not once per row.
        parts = self._parts.get(level)
        if parts is None:
            model = self.model
            parts = {a.key: model.activity_fen(a, level) for a in model.activities}
            self._parts[level] = parts
        return parts

    def shares(self, row: dict[str, Any], cost: int) -> dict[str, int]:
        """This departure's cost per confirmed reason."""
        keys = [k for k, column in self._columns if row.get(column) == 1]
        if not keys:
            return {UNSPECIFIED: cost}
        primary = self.codes.get(row.get("primary_reason") or 0)
        if self.model.apportion == "primary" and primary in keys and len(keys) > 1:
            rest = (1 - self.model.primary_weight) / (len(keys) - 1)
            weights = [self.model.primary_weight if k == primary else rest for k in keys]
        else:
            weights = [1.0] * len(keys)
        return apportion(cost, keys, weights)


def yuan(fen: int) -> str:
    """分 as a 元 amount with thousands separators, no decimals."""
    return f"{round(fen / 100):,}"
