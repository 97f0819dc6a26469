"""Aggregates → report content, with small-cell suppression applied before anything is shown."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.coding.codebook import Codebook
from assistant.i18n import t
from assistant.report.actions import ActionBook, actions_for
from assistant.report.aggregate import SAT_ITEMS, Aggregates, Tally
from assistant.report.cost import UNSPECIFIED, CostTally, yuan
from assistant.report.model import BarChart, LineChart, Report, Section, Table
from assistant.report.suppression import MARK, K, suppress

TOP = 3  # reasons per department, and reasons with recommended actions
TREND_LINES = 5


def pct(count: int, base: int) -> str:
    """A share as a whole-number percentage."""
    return f"{100 * count / base:.0f}%" if base else "—"


def build_report(
    agg: Aggregates, codebook: Codebook, actions: ActionBook, *, by_department: bool
) -> Report:
    """Every section of the period report, suppressed."""
    total = agg.total
    exits = _exit_cells(agg, by_department)
    voluntary, involuntary = exits.foot
    notes = [
        t("report.generated", n=_count(total.n), voluntary=voluntary, involuntary=involuntary),
        t("report.suppressed_note", k=K, mark=MARK),
    ]
    if total.n == 0:
        notes.insert(0, t("report.empty", period=agg.period.label))
    hidden = _reason_mask(agg, by_department)
    sections = [
        _reasons(agg, codebook, hidden),
        _involuntary(agg, exits, by_department),
        _trend(agg, codebook, hidden),
    ]
    if by_department:
        sections.append(_departments(agg, codebook, hidden, exits))
    sections += [_satisfaction(agg, by_department), _would_stay(agg, by_department)]
    sections += [_actions(agg, codebook, actions, hidden)]
    if agg.cost is not None:
        sections.append(_cost(agg.cost.tally, codebook))
    return Report(t("report.title", period=agg.period.label), notes, sections)


def _count(n: int) -> str:
    return MARK if 0 < n < K else str(n)


# -- Reasons --------------------------------------------------------------------------------


def _departments_of(agg: Aggregates) -> list[str]:
    return sorted(agg.departments)


def _reason_mask(agg: Aggregates, by_department: bool) -> dict[tuple[str, str], bool]:
    """Hidden (department or "*", reason) cells; departments tie to the totals by addition."""
    keys = agg.reason_keys
    hidden: dict[tuple[str, str], bool] = {}
    if not by_department or not agg.departments:
        for key in keys:
            count = agg.total.reasons[key]
            hidden[("*", key)] = 0 < count < K or agg.total.voluntary < K
        return hidden
    departments = _departments_of(agg)
    values = [[agg.departments[d].reasons[k] for k in keys] for d in departments]
    primary = {
        (i, j)
        for i, d in enumerate(departments)
        for j, k in enumerate(keys)
        if 0 < values[i][j] < K or (agg.departments[d].voluntary < K and values[i][j])
    }
    primary |= {(len(departments), j) for j, k in enumerate(keys) if 0 < agg.total.reasons[k] < K}
    mask = suppress(values, col_totals=True, primary=primary)
    for i, d in enumerate(departments):
        for j, k in enumerate(keys):
            hidden[(d, k)] = mask.cell(i, j) or agg.departments[d].voluntary < K
    for j, k in enumerate(keys):
        hidden[("*", k)] = mask.col_total(j) or agg.total.voluntary < K
    return hidden


def _ranked(agg: Aggregates, tally: Tally, group: str, hidden: dict) -> list[str]:
    """Reason keys by count (visible first), for one group."""
    return sorted(agg.reason_keys, key=lambda k: (hidden[(group, k)], -tally.reasons[k]))


def _reasons(agg: Aggregates, codebook: Codebook, hidden: dict) -> Section:
    base = agg.total.voluntary
    rows, bars = [], []
    for key in _ranked(agg, agg.total, "*", hidden):
        count = agg.total.reasons[key]
        shown = not hidden[("*", key)]
        rows.append(
            [
                codebook.label(key),
                str(count) if shown else MARK,
                pct(count, base) if shown else MARK,
            ]
        )
        bars.append((codebook.label(key), 100 * count / base if shown and base else None))
    head = [t("report.col.reason"), t("report.col.count"), t("report.col.share")]
    return Section(t("report.section.reasons"), tables=[Table(head, rows)], charts=[BarChart(bars)])


@dataclass(frozen=True)
class TwoWay:
    """A groups × two-category table, suppressed with row, column and grand totals."""

    rows: list[list[str]]  # per group: two cells and the row total, as display strings
    foot: list[str]  # the two column totals
    grand: str


def _two_way(cells: list[list[int]]) -> TwoWay:
    mask = suppress(cells, row_totals=True, col_totals=True)
    rows = []
    for i, row in enumerate(cells):
        shown = [MARK if mask.cell(i, j) else str(v) for j, v in enumerate(row)]
        rows.append([*shown, MARK if mask.row_total(i) else str(sum(row))])
    totals = [sum(r[j] for r in cells) for j in range(2)]
    foot = [MARK if mask.col_total(j) else str(v) for j, v in enumerate(totals)]
    grand = MARK if (len(cells), 2) in mask.hidden else str(sum(totals))
    return TwoWay(rows, foot, grand)


def _exit_cells(agg: Aggregates, by_department: bool) -> TwoWay:
    """Voluntary/involuntary counts; one suppression serves the notes and every section."""
    if by_department and agg.departments:
        tallies = [agg.departments[d] for d in _departments_of(agg)]
    else:
        tallies = [agg.total]
    return _two_way([[x.voluntary, x.involuntary] for x in tallies])


def _involuntary(agg: Aggregates, exits: TwoWay, by_department: bool) -> Section:
    line = t("report.involuntary_line", n=exits.foot[1])
    section = Section(t("report.section.involuntary"), paragraphs=[line])
    if by_department and agg.departments:
        body = [[d, *r] for d, r in zip(_departments_of(agg), exits.rows, strict=True)]
        body.append([t("report.col.total"), *exits.foot, exits.grand])
        head = [
            t("report.col.department"),
            t("report.col.voluntary"),
            t("report.col.involuntary"),
            t("report.col.total"),
        ]
        section.tables.append(Table(head, body))
    return section


# -- Trend ----------------------------------------------------------------------------------


def _trend(agg: Aggregates, codebook: Codebook, hidden: dict) -> Section:
    keys = _ranked(agg, agg.total, "*", hidden)[:TREND_LINES]
    points = list(agg.trend)
    series: dict[str, list[float | None]] = {}
    for key in keys:
        series[codebook.label(key)] = [_trend_share(agg, p, key, hidden) for p in points]
    head = [t("report.col.period"), t("report.col.n"), *series]
    rows = []
    for index, point in enumerate(points):
        tally = agg.trend[point]
        shares = [_fmt_share(series[name][index], tally.voluntary) for name in series]
        rows.append([point.label, _count(tally.n), *shares])
    chart = LineChart([p.label for p in points], series)
    return Section(t("report.section.trend"), tables=[Table(head, rows)], charts=[chart])


def _trend_share(agg: Aggregates, point: object, key: str, hidden: dict) -> float | None:
    tally = agg.trend[point]  # type: ignore[index]
    count, base = tally.reasons[key], tally.voluntary
    if point == agg.period:  # the reported period: exactly the reasons table's suppression
        return None if hidden[("*", key)] or not base else 100 * count / base
    if base < K or 0 < count < K:
        return None
    return 100 * count / base


def _fmt_share(value: float | None, base: int) -> str:
    if not base:
        return "—"  # nobody in that period: nothing to hide
    return MARK if value is None else f"{value:.0f}%"


# -- Departments ----------------------------------------------------------------------------


def _departments(agg: Aggregates, codebook: Codebook, hidden: dict, exits: TwoWay) -> Section:
    rows = []
    for index, department in enumerate(_departments_of(agg)):
        tally = agg.departments[department]
        if tally.voluntary < K or exits.rows[index][0] == MARK:
            rows.append([department, MARK if tally.voluntary else "0", MARK])
            continue
        visible = [
            k
            for k in _ranked(agg, tally, department, hidden)
            if not hidden[(department, k)] and tally.reasons[k]
        ][:TOP]
        top = "、".join(
            f"{codebook.label(k)} {pct(tally.reasons[k], tally.voluntary)}" for k in visible
        )
        rows.append([department, str(tally.voluntary), top or "—"])
    head = [t("report.col.department"), t("report.col.n"), t("report.col.top")]
    return Section(t("report.section.departments"), tables=[Table(head, rows)])


# -- Satisfaction and would-stay --------------------------------------------------------------


def _satisfaction(agg: Aggregates, by_department: bool) -> Section:
    labels = [t(f"report.sat.{item}") for item in SAT_ITEMS]
    overall = [_mean(agg.total, item, hidden=False) for item in SAT_ITEMS]
    head = [t("report.col.department"), *labels]
    rows = [[t("report.col.total"), *overall]]
    if by_department and agg.departments:
        rows = _sat_by_department(agg) + rows
    bars = [
        (label, agg.total.mean(item) if agg.total.sat_n[item] >= K else None)
        for label, item in zip(labels, SAT_ITEMS, strict=True)
    ]
    return Section(
        t("report.section.satisfaction"),
        tables=[Table(head, rows)],
        charts=[BarChart(bars, unit="分", top=5.0)],
    )


def _sat_by_department(agg: Aggregates) -> list[list[str]]:
    departments = _departments_of(agg)
    counts = [[agg.departments[d].sat_n[i] for i in SAT_ITEMS] for d in departments]
    # A mean times its n is a sum, and department sums add up to the total: suppress on n.
    mask = suppress(counts, col_totals=True)
    return [
        [d, *(_mean(agg.departments[d], item, mask.cell(i, j)) for j, item in enumerate(SAT_ITEMS))]
        for i, d in enumerate(departments)
    ]


def _mean(tally: Tally, item: str, hidden: bool) -> str:
    value = tally.mean(item)
    if hidden or value is None or tally.sat_n[item] < K:
        return MARK if tally.sat_n[item] else "—"
    return f"{value:.2f}"


def _would_stay(agg: Aggregates, by_department: bool) -> Section:
    departments = _departments_of(agg) if by_department else []
    tallies = [agg.departments[d] for d in departments] + [agg.total]
    cells = [[x.stay_yes, x.stay_n - x.stay_yes] for x in tallies[:-1]]
    rows = []
    if cells:
        body = _two_way(cells).rows
        for d, tally, row in zip(departments, tallies, body, strict=False):
            rows.append([d, _stay_share(tally, MARK in row)])
    total = agg.total
    hidden_total = 0 < total.stay_yes < K or 0 < total.stay_n - total.stay_yes < K
    rows.append([t("report.col.total"), _stay_share(total, hidden_total)])
    head = [t("report.col.department"), t("report.col.would_stay")]
    return Section(t("report.section.would_stay"), tables=[Table(head, rows)])


def _stay_share(tally: Tally, hidden: bool) -> str:
    if tally.stay_n == 0:
        return "—"
    return MARK if hidden else f"{pct(tally.stay_yes, tally.stay_n)}（{tally.stay_n}）"


# -- Actions --------------------------------------------------------------------------------


def _actions(agg: Aggregates, codebook: Codebook, book: ActionBook, hidden: dict) -> Section:
    top = [
        k
        for k in _ranked(agg, agg.total, "*", hidden)
        if not hidden[("*", k)] and agg.total.reasons[k]
    ][:TOP]
    head = [t("report.col.reason"), t("report.col.remedial"), t("report.col.strategic")]
    rows = []
    for key in top:
        found = actions_for(book, key)
        remedial = "；".join(found.remedial) if found else t("report.no_actions")
        strategic = "；".join(found.strategic) if found else t("report.no_actions")
        rows.append([codebook.label(key), remedial, strategic])
    return Section(t("report.section.actions"), tables=[Table(head, rows)])


# -- Cost -----------------------------------------------------------------------------------


def _cost(tally: CostTally, codebook: Codebook) -> Section:
    per = yuan(tally.total // tally.departures) if tally.departures else "0"
    hide_all = 0 < tally.departures < K
    line = t(
        "report.cost.total",
        total=MARK if hide_all else yuan(tally.total),
        n=_count(tally.departures),
        per=MARK if hide_all else per,
    )
    by_reason = _money_table(
        tally, tally.by_reason, tally.reason_departures, lambda k: _reason_label(codebook, k)
    )
    by_department = _money_table(tally, tally.by_department, tally.department_departures, str)
    by_reason.title, by_department.title = (
        t("report.cost.by_reason"),
        t("report.cost.by_department"),
    )
    bars = [(row[0], _num(row[1])) for row in by_reason.rows[:-1]]
    return Section(
        t("report.section.cost"),
        paragraphs=[line],
        tables=[by_reason, by_department],
        charts=[BarChart(bars, unit="元")],
    )


def _reason_label(codebook: Codebook, key: str) -> str:
    return t("report.cost.unspecified") if key == UNSPECIFIED else codebook.label(key)


def _money_table(tally: CostTally, money: dict, counts: dict, label: object) -> Table:
    """Groups ranked by money; groups of 1–4 departures hidden with a complement (sums add up)."""
    hide_all = 0 < tally.departures < K
    keys = sorted(money, key=lambda k: -money[k])
    mask = suppress([[counts[k]] for k in keys], col_totals=True) if keys else None
    rows = []
    for i, key in enumerate(keys):
        hidden = hide_all or (mask is not None and mask.cell(i, 0))
        rows.append(
            [
                label(key),
                MARK if hidden else yuan(money[key]),  # type: ignore[operator]
                MARK if hidden else str(counts[key]),
            ]
        )
    rows.append(
        [
            t("report.col.total"),
            MARK if hide_all else yuan(tally.total),
            MARK if hide_all else str(tally.departures),
        ]
    )
    head = ["", t("report.col.cost"), t("report.col.departures")]
    return Table(head, rows)


def _num(text: str) -> float | None:
    return None if text == MARK else float(text.replace(",", ""))
