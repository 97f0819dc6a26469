"""Turnover cost (activity-based costing): documented model, exact apportionment, sums agree."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from assistant.export.rows import Scope, stream_rows
from assistant.report.aggregate import aggregate
from assistant.report.cost import UNSPECIFIED, CostCounter, apportion, load_cost_model
from assistant.report.period import parse_period


def test_shipped_model_is_valid_and_chinese() -> None:
    model = load_cost_model()
    keys = [a.key for a in model.activities]
    assert keys == ["exit_handling", "vacancy", "recruiting", "onboarding", "training", "ramp_up"]
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in a.label) for a in model.activities)
    assert model.role_levels["manager"].multiplier > model.role_levels["staff"].multiplier


def test_cost_adds_up_by_reason_department_and_activity(store, codebook) -> None:
    period = parse_period("2026")
    rows = stream_rows(store.db, Scope(period.start, period.end), codebook)
    tally = aggregate(rows, period, codebook, load_cost_model()).cost.tally
    assert tally.departures == len(store.kept)
    assert sum(tally.by_reason.values()) == tally.total
    assert sum(tally.by_department.values()) == tally.total
    assert sum(tally.by_activity.values()) == tally.total
    assert sum(tally.department_departures.values()) == tally.departures


def test_role_level_multiplies_scaled_activities(codebook) -> None:
    model = load_cost_model()
    counter = CostCounter(model, codebook.reason_keys, {})
    staff = {"department": "销售部", "reason_pay": 1}
    counter.add(staff)
    counter.add(staff | {"role_level": "manager"})
    by_activity = counter.tally.by_activity
    exit_cost = model.activity_fen(model.activities[0], "staff")
    assert by_activity["exit_handling"] == 2 * exit_cost  # paperwork does not scale
    vacancy = model.activities[1]
    assert model.activity_fen(vacancy, "manager") > model.activity_fen(vacancy, "staff")


def test_no_confirmed_reason_goes_to_unspecified(codebook) -> None:
    counter = CostCounter(load_cost_model(), codebook.reason_keys, {})
    counter.add({"department": "销售部"})
    assert set(counter.tally.by_reason) == {UNSPECIFIED}


def test_primary_weighting(codebook) -> None:
    model = load_cost_model().model_copy(update={"apportion": "primary", "primary_weight": 0.5})
    codes = {e.code: e.key for e in codebook.reasons}
    counter = CostCounter(model, codebook.reason_keys, codes)
    row = {"reason_pay": 1, "reason_career": 1, "reason_manager": 1, "primary_reason": 2}
    shares = counter.shares(row, 1000)
    assert shares == {"career": 500, "pay": 250, "manager": 250}


@given(st.integers(0, 10**9), st.lists(st.floats(0.01, 10), min_size=1, max_size=16))
def test_apportion_is_exact(total, weights) -> None:
    keys = [f"k{i}" for i in range(len(weights))]
    parts = apportion(total, keys, weights)
    assert sum(parts.values()) == total
    assert all(v >= 0 for v in parts.values())
